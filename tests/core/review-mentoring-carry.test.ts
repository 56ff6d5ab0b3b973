import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCompartment } from '../../src/main/core/compartments/compartment-file';
import { openEncryptedDatabase } from '../../src/main/core/db/connection';
import { CARRY_WORK_FOLDER } from '../../src/main/core/sync/carry-copy';
import { buildCarryFile, parseCarryFile } from '../../src/main/core/sync/carry-file';
import { officeDb } from '../support/cases';
import {
  MENTOR,
  OFFICER,
  carryOffice,
  carryTempDir,
  credentials,
  exportAs,
  importInput,
  openOffice,
} from '../support/carry';

/**
 * A mentor with their password (so their compartment key: the slot in the header unseals it)
 * and a SQLite tool edits a carried file's compartment and rebuilds the header's MAC with the
 * compartment's own secret, which is inside those bytes. Whatever the file holds is hostile.
 */
let office: Awaited<ReturnType<typeof carryOffice>>;
let file: Buffer;

beforeAll(async () => {
  office = await carryOffice(carryTempDir());
  await office.ok('session.signOut');
  ({ bytes: file } = await exportAs(office, MENTOR));
  await office.ok('session.signIn', credentials(OFFICER));
}, 120_000);

afterAll(async () => {
  await office.core.close();
  rmSync(office.dir, { recursive: true, force: true });
});

async function compartmentKey(): Promise<Buffer> {
  const row = await officeDb(office)
    .selectFrom('mentor_compartments')
    .select('compartment_key')
    .where('user_id', '=', office.mentorId)
    .executeTakeFirstOrThrow();
  return Buffer.from(row.compartment_key);
}

/** The carried file with its compartment edited by `edit` (raw SQL), re-signed as the mentor can. */
export async function tampered(
  original: Buffer,
  edit: (sql: (statement: string, ...params: unknown[]) => void) => void,
): Promise<Buffer> {
  const { header, body } = parseCarryFile(original);
  const path = join(office.dir, `tamper-${Date.now()}.kaona`);
  writeFileSync(path, body);
  const key = await compartmentKey();
  let secret: Buffer;
  const db = openEncryptedDatabase(path, key);
  try {
    edit((statement, ...params) => db.prepare(statement).run(...params));
    secret = Buffer.from(
      (
        db.prepare('SELECT mac_key FROM compartment_secret WHERE id = 1').get() as {
          mac_key: Buffer;
        }
      ).mac_key,
    );
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('journal_mode=DELETE');
  } finally {
    db.close();
  }
  const edited = readFileSync(path);
  rmSync(path, { force: true });
  const { format, bodySha256, bodyLength, ...fields } = header;
  void format;
  void bodySha256;
  void bodyLength;
  return buildCarryFile({ ...fields, sequence: fields.sequence + nextBump++ }, edited, secret);
}
let nextBump = 1;

const insertEvent =
  'INSERT INTO events (at, actor_user_name, action, outcome, details, target_type, target_id) VALUES (?, ?, ?, ?, ?, ?, ?)';

describe('found in review: a carried file’s events entered the audit log unchecked', () => {
  it('only the kinds a mentor’s session writes, under the mentor, with flat details', async () => {
    const forged = await tampered(file, (sql) => {
      // An office action the mentor cannot perform, in the admin's name.
      sql(
        insertEvent,
        '2026-11-28T03:00:00.000Z',
        'admin',
        'account.created',
        'success',
        '{}',
        'user',
        '1',
      );
      // A kind the mentor may write, but with nested details holding personal data.
      sql(
        insertEvent,
        '2026-11-28T03:00:01.000Z',
        MENTOR.userName,
        'mentoring.case_viewed',
        'success',
        JSON.stringify({ nested: { nationalId: '1103700000017' }, caseId: 1 }),
        'case',
        String(office.caseId),
      );
      // An outcome and a date that are not ones.
      sql(
        insertEvent,
        'yesterday',
        MENTOR.userName,
        'mentoring.workspace_viewed',
        'maybe',
        null,
        null,
        null,
      );
    });
    const result = await office.call('sync.importCarry', importInput(office.mentorId, forged));
    expect(result).toMatchObject({ ok: true });
    const arrived = await officeDb(office)
      .selectFrom('audit_events')
      .selectAll()
      .where('details', 'like', '%"via":"carried_file"%')
      .execute();
    expect(arrived.map((row) => row.action)).toEqual(['mentoring.case_viewed']);
    expect(arrived[0]).toMatchObject({ actor_user_id: office.mentorId, actor_role: 'mentor' });
    expect(arrived[0]!.details).not.toContain('1103700000017');
  });
});

describe('found in review: a mentor’s events could carry another person’s user name', () => {
  it('a carried file’s event is recorded under the mentor’s own user name', async () => {
    const forged = await tampered(file, (sql) => {
      // After the events of the copy already taken in (the office counts a chain's events by seq).
      sql(
        'INSERT INTO events (seq, at, actor_user_name, action, outcome) VALUES (100, ?, ?, ?, ?)',
        '2026-11-28T04:00:00.000Z',
        'admin',
        'mentoring.workspace_viewed',
        'success',
      );
    });
    expect(
      await office.call('sync.importCarry', importInput(office.mentorId, forged)),
    ).toMatchObject({
      ok: true,
    });
    const rows = await officeDb(office)
      .selectFrom('audit_events')
      .select(['actor_user_name', 'actor_user_id'])
      .where('action', '=', 'mentoring.workspace_viewed')
      .where('details', 'like', '%"via":"carried_file"%')
      .execute();
    expect(rows).toEqual([{ actor_user_name: MENTOR.userName, actor_user_id: office.mentorId }]);
  });

  it('so is an event of the compartment on the office PC', async () => {
    const key = await compartmentKey();
    await office.ok('session.signOut');
    const opened = await openCompartment(office.dir, office.mentorId, key);
    try {
      await opened.db
        .insertInto('events')
        .values({
          at: '2026-11-28T05:00:00.000Z',
          actor_user_name: 'officer',
          action: 'mentoring.case_viewed',
          outcome: 'success',
          details: null,
          target_type: 'case',
          target_id: String(office.caseId),
        })
        .execute();
    } finally {
      await opened.db.destroy();
    }
    await office.ok('session.signIn', credentials(OFFICER));
    const rows = await officeDb(office)
      .selectFrom('audit_events')
      .select(['actor_user_name', 'actor_user_id'])
      .where('action', '=', 'mentoring.case_viewed')
      .where('details', 'like', '%"via":"compartment"%')
      .execute();
    expect(rows).toEqual([{ actor_user_name: MENTOR.userName, actor_user_id: office.mentorId }]);
  });
});

describe('found in review: a mentor’s event could bring any text, of any length, into the audit log', () => {
  it('keeps only code-like values (ids, codes, dates), a few of them, short', async () => {
    const key = await compartmentKey();
    await office.ok('session.signOut');
    const opened = await openCompartment(office.dir, office.mentorId, key);
    const many = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`k${i}`, i]));
    try {
      await opened.db
        .insertInto('events')
        .values({
          at: '2026-11-28T06:00:00.000Z',
          actor_user_name: MENTOR.userName,
          action: 'mentoring.milestone_recorded',
          outcome: 'success',
          details: JSON.stringify({
            kind: 'shop_opened',
            revision: 2,
            name: 'นางสมศรี ใจดี',
            blob: 'x'.repeat(100_000),
            list: ['ok-code', 'ชื่อคน'],
          }),
          target_type: 'case',
          target_id: 'ผู้รับบริการ '.repeat(1000),
        })
        .execute();
      await opened.db
        .insertInto('events')
        .values({
          at: '2026-11-28T06:00:01.000Z',
          actor_user_name: MENTOR.userName,
          action: 'mentoring.month_recorded',
          outcome: 'success',
          details: JSON.stringify(many),
          target_type: 'case',
          target_id: String(office.caseId),
        })
        .execute();
    } finally {
      await opened.db.destroy();
    }
    await office.ok('session.signIn', credentials(OFFICER));
    const [milestone] = await officeDb(office)
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'mentoring.milestone_recorded')
      .where('details', 'like', '%"via":"compartment"%')
      .execute();
    expect(JSON.parse(milestone!.details!)).toEqual({
      kind: 'shop_opened',
      revision: 2,
      via: 'compartment',
    });
    expect(milestone!.target_id).toBeNull();
    const [month] = await officeDb(office)
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'mentoring.month_recorded')
      .where('details', 'like', '%"via":"compartment"%')
      .execute();
    expect(Object.keys(JSON.parse(month!.details!)).length).toBeLessThanOrEqual(17);
  });
});

describe('found in review: a copy left in carry-work by a crash outlived what the mentor may see', () => {
  it('Kaona empties carry-work when it starts (no copy is being made then)', async () => {
    const dir = carryTempDir();
    try {
      // What a crash during an export or an import leaves: the compartment's bytes under its own
      // key — the mentor's password opens them, whatever the office has since taken away.
      mkdirSync(join(dir, CARRY_WORK_FOLDER), { recursive: true });
      for (const name of ['export-0123456789abcdef.kaona', 'import-fedcba9876543210.kaona-wal'])
        writeFileSync(join(dir, CARRY_WORK_FOLDER, name), 'left by a crash');
      const started = openOffice(dir);
      await started.core.close();
      expect(readdirSync(join(dir, CARRY_WORK_FOLDER))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
