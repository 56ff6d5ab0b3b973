import { sql } from 'kysely';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEncryptedDatabase } from '../../src/main/core/db/connection';
import { ADMIN, openOffice, setUpOffice, type TestOffice } from '../support/office';
import { useTempDirs } from '../support/temp-dir';

/** Someone with the database key and an SQLite shell: triggers dropped, rows edited directly. */
async function tamper(office: Pick<TestOffice, 'core'>, statements: string[]): Promise<void> {
  const { db } = office.core.sessions.unlocked();
  await sql`DROP TRIGGER audit_events_no_update`.execute(db);
  await sql`DROP TRIGGER audit_events_no_delete`.execute(db);
  for (const statement of statements) await sql.raw(statement).execute(db);
}

/**
 * A signed-in office whose log holds a setup, five locks and unlocks and a settings change. The
 * history is written once per file through the real calls (six Argon2id derivations), the office
 * signed out (which anchors its newest event) and closed; each test gets its own copy, signs in
 * and anchors again, as the history's last step did.
 */
let historyDir = '';
beforeAll(async () => {
  historyDir = mkdtempSync(join(tmpdir(), 'kaona-audit-history-'));
  const office = await setUpOffice(historyDir);
  for (let i = 0; i < 5; i++) {
    await office.ok('session.lock');
    await office.ok('session.unlock', { password: ADMIN.password });
  }
  await office.ok('settings.update', { idleLockMinutes: 10 });
  await office.ok('session.signOut');
  await office.core.close();
});
afterAll(() => rmSync(historyDir, { recursive: true, force: true }));

async function officeWithHistory(dir: string): Promise<Omit<TestOffice, 'recoveryCode'>> {
  cpSync(historyDir, dir, { recursive: true, errorOnExist: true });
  const office = openOffice(dir);
  await office.ok('session.signIn', { userName: ADMIN.userName, password: ADMIN.password });
  await office.core.sessions.unlocked().audit.flushAnchor();
  return office;
}

describe('the audit log is append-only and tamper-evident', () => {
  const tempDir = useTempDirs();

  it('verifies an untouched log', async () => {
    const office = await officeWithHistory(tempDir());
    const verdict = await office.ok('audit.verify');
    expect(verdict).toMatchObject({ ok: true, firstBroken: null });
    expect(verdict.checked).toBeGreaterThan(10);
    await office.core.close();
  });

  it('rejects UPDATE and DELETE through its triggers', async () => {
    const office = await officeWithHistory(tempDir());
    const { db } = office.core.sessions.unlocked();
    await expect(
      sql`UPDATE audit_events SET outcome = 'failure' WHERE seq = 1`.execute(db),
    ).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_events WHERE seq = 1`.execute(db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`UPDATE audit_secret SET mac_key = randomblob(32)`.execute(db)).rejects.toThrow(
      /immutable/,
    );
    await office.core.close();
  });

  it('detects a changed field', async () => {
    const office = await officeWithHistory(tempDir());
    await tamper(office, [
      `UPDATE audit_events SET actor_user_name = 'someone.else' WHERE seq = 4`,
    ]);
    expect(await office.ok('audit.verify')).toMatchObject({
      ok: false,
      firstBroken: { seq: 4, problem: 'mac_mismatch' },
    });
    await office.core.close();
  });

  it('detects a deleted row', async () => {
    const office = await officeWithHistory(tempDir());
    await tamper(office, [`DELETE FROM audit_events WHERE seq = 3`]);
    expect(await office.ok('audit.verify')).toMatchObject({
      ok: false,
      firstBroken: { seq: 3, problem: 'gap' },
    });
    await office.core.close();
  });

  it('detects two swapped rows', async () => {
    const office = await officeWithHistory(tempDir());
    const columns =
      'at, actor_user_id, actor_user_name, actor_role, action, target_type, target_id, outcome, machine, app_version, details, mac';
    await tamper(office, [
      `CREATE TEMP TABLE swap AS SELECT * FROM audit_events WHERE seq IN (5, 6)`,
      `UPDATE audit_events SET (${columns}) = (SELECT ${columns} FROM swap WHERE swap.seq = 6) WHERE seq = 5`,
      `UPDATE audit_events SET (${columns}) = (SELECT ${columns} FROM swap WHERE swap.seq = 5) WHERE seq = 6`,
    ]);
    expect(await office.ok('audit.verify')).toMatchObject({
      ok: false,
      firstBroken: { seq: 5, problem: 'mac_mismatch' },
    });
    await office.core.close();
  });

  it('detects a cut-off tail through the anchor outside the database', async () => {
    const office = await officeWithHistory(tempDir());
    const { db } = office.core.sessions.unlocked();
    const newest = await sql<{ seq: number }>`SELECT max(seq) AS seq FROM audit_events`.execute(db);
    const last = newest.rows[0]!.seq;
    // The chain that remains is internally consistent: only the anchor can tell.
    await tamper(office, [`DELETE FROM audit_events WHERE seq > ${last - 3}`]);
    expect(await office.ok('audit.verify')).toMatchObject({
      ok: false,
      firstBroken: { problem: 'tail_cut' },
    });
    await office.core.close();
  });

  it('notes at sign-in when the newest events no longer reach the anchor', async () => {
    const dir = tempDir();
    const office = await officeWithHistory(dir);
    const key = Buffer.from(office.core.sessions.unlocked().key);
    await office.ok('session.signOut'); // anchors the newest event

    // While nobody is signed in, someone with the key cuts off the newest events.
    const raw = openEncryptedDatabase(join(dir, 'kaona.db'), key);
    raw.exec('DROP TRIGGER audit_events_no_delete');
    raw.exec('DELETE FROM audit_events WHERE seq > (SELECT max(seq) - 2 FROM audit_events)');
    raw.close();

    await office.ok('session.signIn', { userName: ADMIN.userName, password: ADMIN.password });
    const { events } = await office.ok('audit.list', { action: 'audit.anchor_mismatch' });
    expect(events).toHaveLength(1);
    expect(events[0]?.details).toMatchObject({ problem: 'tail_cut' });
    await office.core.close();
  });
});
