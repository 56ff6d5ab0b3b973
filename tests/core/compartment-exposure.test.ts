import { cpSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openCompartment } from '../../src/main/core/compartments/compartment-file';
import { insertTestCase, officeDb } from '../support/cases';
import { officeForSync, withCompartment } from '../support/compartment-sync';
import { insertAssignment } from '../support/mentors';
import { MENTOR, OFFICER, useOffices } from '../support/office';
import { anyOpens, keysOf, slotsIn } from '../support/slot-tampering';
import { decryptDatabaseFile } from '../support/sqlcipher-pages';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const keep = useOffices();

/** Every file under a folder, with its path. */
function filesIn(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesIn(path) : [path];
  });
}

/** A 4-byte big-endian integer, as SQLite stores 123,456,789 in a record. */
function int32(value: number): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32BE(value);
  return bytes;
}

const INCOME_BASELINE = 123_456_789;
const HEALTH_NOTE = 'ความดันโลหิตสูงและเบาหวานระยะที่สอง';
const CAREGIVER = 'นายผู้ดูแล ลับเฉพาะ';
const ADDRESS_LINE = '99/7 หมู่ 12 ซอยลับ';

describe('the issue’s security test: what a mentor’s password opens after a sync', () => {
  it('reveals no national ID, disability detail, health note, income baseline or case outside the assignment', async () => {
    const dir = tempDir();
    const office = keep(await officeForSync(dir));
    const db = officeDb(office);

    // The mentor's case, with everything sensitive filled in.
    const mine = await insertTestCase(db, {
      firstName: 'มาลัย',
      lastName: 'ศรีสุข',
      granted: ['share_lazada'],
      disabilityTypes: ['hearing_communication', 'intellectual'],
      healthNotes: HEALTH_NOTE,
    });
    await db
      .updateTable('cases')
      .set({ monthly_income_satang: INCOME_BASELINE, caregiver_name: CAREGIVER })
      .where('id', '=', mine.caseId)
      .execute();
    await db
      .updateTable('beneficiaries')
      .set({ registered_line: ADDRESS_LINE, current_line: ADDRESS_LINE, birth_date: '1975-03-14' })
      .where('id', '=', mine.beneficiaryId)
      .execute();
    // Assigned, but no consent to share with Lazada.
    const noConsent = await insertTestCase(db, {
      firstName: 'บุษบา',
      lastName: 'ไม่ยินยอม',
      disabilityTypes: ['visual'],
    });
    // Not assigned to this mentor at all.
    const notAssigned = await insertTestCase(db, {
      firstName: 'ประยงค์',
      lastName: 'นอกเขตงาน',
      granted: ['share_lazada'],
      healthNotes: 'หอบหืดเรื้อรัง',
    });
    // Assigned and synced, then the consent is withdrawn: it must leave no trace behind.
    const withdrawn = await insertTestCase(db, {
      firstName: 'ดวงใจ',
      lastName: 'เคยได้รับ',
      granted: ['share_lazada'],
    });
    for (const { caseId } of [mine, noConsent, withdrawn])
      await insertAssignment(db, {
        caseId,
        mentorId: office.mentorId,
        startedBy: office.officerId,
      });

    // The office signs in (merge, then refresh), the consent is withdrawn, the office signs in
    // again; then the mentor works in their compartment.
    const signInOfficer = async () => {
      await office.ok('session.signOut');
      await office.ok('session.signIn', { userName: OFFICER.userName, password: OFFICER.password });
    };
    await signInOfficer();
    const before = await withCompartment(office, dir, office.mentorId, (compartment) =>
      compartment.selectFrom('mentee_cases').select('case_id').orderBy('case_id').execute(),
    );
    expect(before.map((row) => row.case_id)).toEqual([mine.caseId, withdrawn.caseId]);
    await office.ok('cases.changeConsent', {
      caseId: withdrawn.caseId,
      purpose: 'share_lazada',
      granted: false,
      noticeVersion: '2569-2',
      givenBy: 'self',
      guardianName: '',
      note: '',
    });
    await signInOfficer();
    const nationalIds = (
      await officeDb(office).selectFrom('beneficiaries').select('national_id').execute()
    ).flatMap((row) => (row.national_id ? [row.national_id] : []));
    const caseNumbers = [noConsent, notAssigned, withdrawn].map((c) => c.caseNumber);
    expect(nationalIds.length).toBeGreaterThanOrEqual(4);
    await office.ok('session.signOut');
    await office.ok('session.signIn', { userName: MENTOR.userName, password: MENTOR.password });
    await office.ok('session.signOut');

    // ── the attacker: a copy of the folder, the mentor's password, a SQLite tool ────────────
    const copy = tempDir();
    cpSync(dir, copy, { recursive: true });
    const slot = slotsIn(join(copy, 'kaona.keys')).find(
      (candidate) => candidate.userName === MENTOR.userName,
    )!;
    const keys = await keysOf(slot, MENTOR.password);
    expect(keys).toHaveLength(1);
    expect(anyOpens(copy, keys)).toBe(false);

    const never = [
      ...nationalIds,
      ...caseNumbers,
      'hearing_communication',
      'intellectual',
      'visual',
      HEALTH_NOTE,
      'หอบหืดเรื้อรัง',
      CAREGIVER,
      ADDRESS_LINE,
      '1975-03-14',
      String(INCOME_BASELINE),
      'บุษบา',
      'ไม่ยินยอม',
      'ประยงค์',
      'นอกเขตงาน',
      'ดวงใจ',
      'เคยได้รับ',
    ];

    // What the password opens, table by table.
    const compartment = await openCompartment(copy, office.mentorId, keys[0]!);
    let everything: string;
    let mentees: { case_id: number }[];
    try {
      const { rows: tables } = await sql<{ name: string }>`
        SELECT name FROM sqlite_master WHERE type = 'table'
      `.execute(compartment.db);
      const dump: unknown[] = [];
      for (const { name } of tables)
        dump.push(name, (await sql`SELECT * FROM ${sql.table(name)}`.execute(compartment.db)).rows);
      everything = JSON.stringify(dump, (_key, value: unknown) =>
        Buffer.isBuffer(value) || value instanceof Uint8Array ? '<bytes>' : value,
      );
      mentees = await compartment.db.selectFrom('mentee_cases').select('case_id').execute();
      const incomes = await sql<{ n: number }>`
        SELECT count(*) AS n FROM mentee_cases WHERE ${INCOME_BASELINE} IN (
          case_id, mentor_id, has_smartphone, has_internet, has_bank_account)
      `.execute(compartment.db);
      expect(incomes.rows[0]!.n).toBe(0);
    } finally {
      await compartment.db.destroy();
    }
    expect(mentees.map((row) => row.case_id)).toEqual([mine.caseId]);
    // The control: the mentee the mentor needs is there, by name and case number.
    expect(everything).toContain('นางมาลัย ศรีสุข');
    expect(everything).toContain(mine.caseNumber);
    for (const marker of never) expect(everything, marker).not.toContain(marker);

    // Every byte of every file in the folder: each file as it lies on disk, and every page
    // (free pages and log frames included) of each file the mentor's key decrypts.
    const decrypted: string[] = [];
    for (const path of filesIn(copy)) {
      const raw = readFileSync(path);
      for (const marker of never)
        expect(raw.includes(Buffer.from(marker, 'utf8')), `${marker} in ${path}`).toBe(false);
      if (path.endsWith('-wal') || path.endsWith('-shm')) continue;
      for (const key of keys) {
        const plain = decryptDatabaseFile(path, key);
        if (!plain) continue;
        decrypted.push(path);
        expect(plain.includes(Buffer.from('นางมาลัย ศรีสุข', 'utf8'))).toBe(true);
        for (const marker of never)
          expect(plain.includes(Buffer.from(marker, 'utf8')), `${marker} in ${path}`).toBe(false);
        expect(plain.includes(int32(INCOME_BASELINE)), `income in ${path}`).toBe(false);
      }
    }
    expect(decrypted).toEqual([join(copy, 'mentors', `mentor-${office.mentorId}.kaona`)]);
  });
});
