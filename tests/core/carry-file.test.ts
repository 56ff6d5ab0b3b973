import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { MentoringTables } from '../../src/main/core/db/mentoring-schema';
import { buildCarryFile, parseCarryFile, CARRY_MAGIC } from '../../src/main/core/sync/carry-file';
import { CARRY_WORK_FOLDER } from '../../src/main/core/sync/carry-copy';
import { auditEvents, officeDb } from '../support/cases';
import {
  MARKERS,
  MENTOR,
  MENTOR_B,
  ADMIN,
  OFFICER,
  carryOffice,
  credentials,
  carryTempDir,
  exportAs,
  importInput,
  writeSessionRow,
} from '../support/carry';

let office: Awaited<ReturnType<typeof carryOffice>>;
let fileA: Buffer;
let fileB: Buffer;

beforeAll(async () => {
  office = await carryOffice(carryTempDir());
  await office.ok('session.signOut');
  // Mentor A writes marker strings into their compartment, then exports.
  ({ bytes: fileA } = await exportAs(office, MENTOR, async () => {
    const db = office.core.sessions.mentorCall().db as Kysely<MentoringTables>;
    await writeSessionRow(db, {
      caseId: office.caseId,
      mentorId: office.mentorId,
      summary: MARKERS.join(' '),
      at: '2026-11-26T03:00:00.000Z',
    });
  }));
  ({ bytes: fileB } = await exportAs(office, MENTOR_B));
  await office.ok('session.signIn', credentials(OFFICER));
}, 120_000);

afterAll(async () => {
  await office.core.close();
  rmSync(office.dir, { recursive: true, force: true });
});

/** What a refused import must leave untouched in the office database. */
async function officeState() {
  const db = officeDb(office);
  const count = async (table: 'mentor_carry_imports' | 'mentor_merges' | 'advisory_sessions') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    imports: await count('mentor_carry_imports'),
    merges: await count('mentor_merges'),
    sessions: await count('advisory_sessions'),
    refreshDue: await db
      .selectFrom('mentor_compartments')
      .select(['user_id', 'refresh_due'])
      .orderBy('user_id')
      .execute(),
  };
}

async function expectRefused(mentorId: number, bytes: Buffer, reason: string): Promise<void> {
  const before = await officeState();
  const refusedBefore = (await auditEvents(office, 'mentor.carry_refused')).length;
  const result = await office.call('sync.importCarry', importInput(mentorId, bytes));
  expect(result).toMatchObject({ ok: false, error: { reason } });
  expect(await officeState()).toEqual(before);
  const refused = await auditEvents(office, 'mentor.carry_refused');
  expect(refused).toHaveLength(refusedBefore + 1);
  expect(JSON.parse(refused.at(-1)!.details!)).toEqual({ reason });
  expect(readdirSync(join(office.dir, CARRY_WORK_FOLDER))).toEqual([]);
}

describe('the carried file', () => {
  it('names its office, mentor, chain and copy, and carries the mentor’s slot', async () => {
    const { header, body } = parseCarryFile(fileA);
    const identity = await officeDb(office)
      .selectFrom('office_identity')
      .select('office_uuid')
      .executeTakeFirstOrThrow();
    expect(header).toMatchObject({
      officeUuid: identity.office_uuid,
      mentorId: office.mentorId,
      userName: MENTOR.userName,
      sequence: 1,
      slot: { opens: 'compartment', userId: office.mentorId, userName: MENTOR.userName },
    });
    expect(fileA.subarray(0, CARRY_MAGIC.length)).toEqual(CARRY_MAGIC);
    // SQLCipher's file has no plaintext "SQLite format 3" header.
    expect(body.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    expect(parseCarryFile(fileB).header.mentorId).toBe(office.mentorBId);
  });

  it('holds no marker string, no name in the clear, and leaves no work file behind', () => {
    for (const marker of [...MARKERS, MENTOR.fullName, 'SQLite format 3']) {
      expect(fileA.includes(Buffer.from(marker, 'utf8'))).toBe(false);
      expect(fileA.includes(Buffer.from(marker, 'utf16le'))).toBe(false);
    }
    expect(readdirSync(join(office.dir, CARRY_WORK_FOLDER))).toEqual([]);
  });

  it('is not for an office role: carry.export answers carry_export_not_here', async () => {
    expect(await office.call('carry.export')).toMatchObject({
      ok: false,
      error: { reason: 'carry_export_not_here' },
    });
  });

  it('starts a new chain with a higher sequence at each export from the office PC', async () => {
    await office.ok('session.signOut');
    const again = await exportAs(office, MENTOR);
    await office.ok('session.signIn', credentials(OFFICER));
    const first = parseCarryFile(fileA).header;
    const second = parseCarryFile(again.bytes).header;
    expect(second.sequence).toBe(first.sequence + 1);
    expect(second.carryId).not.toBe(first.carryId);
  });
});

describe('an import that must be refused changes nothing and says why', () => {
  it('a file that is not Kaona’s: carry_not_kaona', async () => {
    await expectRefused(office.mentorId, randomBytes(4096), 'carry_not_kaona');
  });

  it('a truncated file: carry_file_damaged', async () => {
    await expectRefused(
      office.mentorId,
      fileA.subarray(0, fileA.length - 1000),
      'carry_file_damaged',
    );
  });

  it('an edited header (its sequence raised, same length): carry_file_damaged', async () => {
    const { header } = parseCarryFile(fileA);
    const edited = Buffer.from(
      fileA.toString('latin1').replace(`"sequence":${header.sequence}`, '"sequence":9'),
      'latin1',
    );
    expect(parseCarryFile(edited).header.sequence).toBe(9);
    await expectRefused(office.mentorId, edited, 'carry_file_damaged');
  });

  it('another mentor’s bytes under this mentor’s header: carry_file_damaged', async () => {
    const { header } = parseCarryFile(fileA);
    const { body } = parseCarryFile(fileB);
    // Just swapped: the header's SHA-256 no longer matches.
    const swapped = Buffer.concat([
      fileA.subarray(0, fileA.length - parseCarryFile(fileA).body.length),
      body,
    ]);
    await expectRefused(office.mentorId, swapped, 'carry_file_damaged');
    // Swapped with a header rebuilt around the new bytes: the mentor's key does not open them.
    const { format, bodySha256, bodyLength, ...fields } = header;
    void format;
    void bodySha256;
    void bodyLength;
    await expectRefused(
      office.mentorId,
      buildCarryFile(fields, body, randomBytes(32)),
      'carry_file_damaged',
    );
  });

  it('another mentor’s file for this mentor: carry_other_mentor', async () => {
    await expectRefused(office.mentorId, fileB, 'carry_other_mentor');
  });

  it('a file from another office: carry_other_office', async () => {
    const db = officeDb(office);
    const { office_uuid } = await db
      .selectFrom('office_identity')
      .select('office_uuid')
      .executeTakeFirstOrThrow();
    await db
      .updateTable('office_identity')
      .set({ office_uuid: 'f'.repeat(32) })
      .execute();
    try {
      await expectRefused(office.mentorId, fileA, 'carry_other_office');
    } finally {
      await db.updateTable('office_identity').set({ office_uuid }).execute();
    }
  });

  it('a copy not newer than one taken in: carry_older_copy', async () => {
    // A copy of this chain already taken in (tests/core/carry-mentor-only.test.ts imports
    // the same file twice through the real merge).
    const { header } = parseCarryFile(fileA);
    const db = officeDb(office);
    await db
      .insertInto('mentor_carry_imports')
      .values({
        carry_id: header.carryId,
        sequence: header.sequence,
        mentor_id: office.mentorId,
        imported_at: '2026-11-26T04:00:00.000Z',
        file_sha256: '0'.repeat(64),
        events_through_seq: 0,
      })
      .execute();
    try {
      await expectRefused(office.mentorId, fileA, 'carry_older_copy');
    } finally {
      await db.deleteFrom('mentor_carry_imports').where('carry_id', '=', header.carryId).execute();
    }
  });

  it('a mentor who was removed: carry_mentor_removed', async () => {
    await office.ok('session.signOut');
    await office.ok('session.signIn', credentials(ADMIN));
    await office.ok('accounts.disable', { userId: office.mentorBId });
    await office.ok('session.signOut');
    await office.ok('session.signIn', credentials(OFFICER));
    expect(existsSync(join(office.dir, 'mentors', `mentor-${office.mentorBId}.kaona`))).toBe(false);
    await expectRefused(office.mentorBId, fileB, 'carry_mentor_removed');
  });
});
