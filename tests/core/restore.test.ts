import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAuditAnchor } from '../../src/main/core/audit/audit-anchor';
import type { ChooseFolder } from '../../src/main/core/files/choose-folder';
import type { JobProgress } from '../../src/shared/domain/jobs';
import { fileEntry, makeBackupFolder, readManifest, writeManifest } from '../support/backup-folder';
import {
  ADMIN,
  OFFICER,
  officeWithColleague,
  openOffice,
  setUpOffice,
  useOffices,
  type TestOffice,
} from '../support/office';
import { useTempDirs } from '../support/temp-dir';

/**
 * Restore from real encrypted backups: the source office has an admin and an officer (the
 * officer exists only in the backup, so signing in as them afterwards proves the swap).
 */
let root: string;
let backup: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'kaona-restore-'));
  const dir = join(root, 'source');
  const { office } = await officeWithColleague(dir, OFFICER, 'officer');
  await office.ok('session.signIn', { userName: ADMIN.userName, password: ADMIN.password });
  backup = makeBackupFolder(office, dir, join(root, 'backups'));
  await office.core.close();
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const temp = useTempDirs();
const keep = useOffices();

/** A copy of the good backup, to spoil in one test. */
function backupCopy(): string {
  const copy = join(temp(), 'kaona-backup-copy');
  cpSync(backup, copy, { recursive: true });
  return copy;
}

const login = (person: { userName: string; password: string }) => ({
  userName: person.userName,
  password: person.password,
});

const chooser =
  (folder: string): ChooseFolder =>
  async () =>
    folder;

function sha(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

async function signedInTarget(folder: string): Promise<{ office: TestOffice; dir: string }> {
  const dir = temp();
  const office = keep(await setUpOffice(dir, { host: { chooseFolder: chooser(folder) } }));
  return { office, dir };
}

describe('restore from a backup', () => {
  it('restores a good backup: checked, opened, swapped in, the old set kept, audited', async () => {
    const { office, dir } = await signedInTarget(backup);
    const before = sha(join(dir, 'kaona.db'));
    const keysBefore = sha(join(dir, 'kaona.keys'));
    expect(await office.ok('restore.choose')).toEqual({
      folderName: expect.stringMatching(/^kaona-backup-/),
    });
    const summary = await office.ok('restore.inspect');
    const manifest = readManifest(backup);
    expect(summary).toMatchObject({ counts: manifest.counts, files: 2 });

    const contents = await office.ok('restore.unlock', login(ADMIN));
    expect(contents).toMatchObject({
      integrity: 'ok',
      anchorMatches: true,
      sameOffice: true,
      counts: manifest.counts,
    });
    expect(contents.accounts).toEqual(
      expect.arrayContaining([
        { userName: ADMIN.userName, role: 'admin', active: true },
        { userName: OFFICER.userName, role: 'officer', active: true },
      ]),
    );
    // Nothing has moved yet.
    expect(sha(join(dir, 'kaona.db'))).toBe(before);

    const info = await office.ok('restore.apply', { token: contents.token });
    expect(info.status).toBe('signed-out');
    const replaced = readdirSync(dir).filter((name) => name.startsWith('replaced-'));
    expect(replaced).toHaveLength(1);
    // The replaced set is kept whole (its database got the sign-out event before it moved).
    expect(sha(join(dir, replaced[0]!, 'kaona.keys'))).toBe(keysBefore);
    expect(existsSync(join(dir, replaced[0]!, 'kaona.db'))).toBe(true);
    expect(existsSync(join(dir, replaced[0]!, 'audit.anchor'))).toBe(true);
    expect(sha(join(dir, 'kaona.db'))).not.toBe(sha(join(dir, replaced[0]!, 'kaona.db')));
    expect(existsSync(join(dir, 'restore-scratch'))).toBe(false);

    // The backup's officer exists only in the backup.
    await office.ok('session.signIn', { userName: OFFICER.userName, password: OFFICER.password });
    await office.ok('session.signOut');
    await office.ok('session.signIn', { userName: ADMIN.userName, password: ADMIN.password });
    const { db, sqlite } = office.core.sessions.unlocked();
    expect(sqlite.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    for (const [table, count] of Object.entries(manifest.counts)) {
      const row = sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number };
      expect(row.n, table).toBe(count);
    }
    const event = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'restore.applied')
      .executeTakeFirstOrThrow();
    expect(event.actor_user_name).toBe(ADMIN.userName);
    expect(JSON.parse(event.details ?? '{}')).toMatchObject({
      backupCreatedAt: manifest.createdAt,
      replacedFolder: replaced[0],
      count_users: manifest.counts.users,
    });
    // The backup it came from is the office's newest backup now: no "never backed up" reminder.
    expect(await office.ok('backup.status')).toMatchObject({ lastBackupAt: manifest.createdAt });
  });

  it('writes the anchor of the restored log', async () => {
    const dir = temp();
    const office = keep(openOffice(dir, { host: { chooseFolder: chooser(backup) } }));
    await office.ok('restore.choose');
    await office.ok('restore.inspect');
    const { token } = await office.ok('restore.unlock', login(ADMIN));
    await office.ok('restore.apply', { token });
    const anchor = readAuditAnchor(dir);
    expect(anchor.status).toBe('ok');
    // The anchor names the newest event of the restored log: restore.applied.
    await office.ok('session.signIn', { userName: ADMIN.userName, password: ADMIN.password });
    const { sqlite } = office.core.sessions.unlocked();
    const applied = sqlite
      .prepare(`SELECT seq, mac FROM audit_events WHERE action = 'restore.applied'`)
      .get() as { seq: number; mac: string };
    expect(anchor).toEqual({ status: 'ok', anchor: applied });
    // Signing in found the log matching its anchor (no anchor_mismatch event)…
    // Nor a false alarm about this PC's sign-in throttle file, which the copy had never seen.
    const alarms = sqlite
      .prepare(
        `SELECT count(*) AS n FROM audit_events
         WHERE action IN ('audit.anchor_mismatch', 'session.throttle_state_lost')`,
      )
      .get() as { n: number };
    expect(alarms.n).toBe(0);
  });
});

describe('a backup that is not what its manifest says is refused before any change', () => {
  async function refusedAtInspect(folder: string, reason: string): Promise<void> {
    const { office, dir } = await signedInTarget(folder);
    const before = sha(join(dir, 'kaona.db'));
    await office.ok('restore.choose');
    expect(await office.call('restore.inspect')).toMatchObject({ ok: false, error: { reason } });
    expect(sha(join(dir, 'kaona.db'))).toBe(before);
    expect(existsSync(join(dir, 'restore-scratch'))).toBe(false);
    expect(await office.call('restore.unlock', login(ADMIN))).toMatchObject({
      ok: false,
      error: { reason: 'restore_not_inspected' },
    });
  }

  it('one byte changed in the database', async () => {
    const folder = backupCopy();
    const file = join(folder, 'kaona.db');
    const bytes = readFileSync(file);
    bytes[5000] = bytes[5000]! ^ 0xff;
    writeFileSync(file, bytes);
    await refusedAtInspect(folder, 'backup_file_changed');
  });

  it('a manifest naming a file outside the folder', async () => {
    const folder = backupCopy();
    const manifest = readManifest(folder);
    writeManifest(folder, {
      ...manifest,
      files: [...manifest.files, { path: '../x', bytes: 1, sha256: '0'.repeat(64) }],
    });
    await refusedAtInspect(folder, 'backup_manifest_invalid');
  });

  it('a file the manifest does not list, or one missing', async () => {
    const extra = backupCopy();
    writeFileSync(join(extra, 'notes.txt'), 'x');
    await refusedAtInspect(extra, 'backup_file_extra');
    const missing = backupCopy();
    rmSync(join(missing, 'kaona.keys'));
    await refusedAtInspect(missing, 'backup_file_missing');
  });

  it('a backup from a newer schema', async () => {
    const folder = backupCopy();
    writeManifest(folder, { ...readManifest(folder), schemaVersion: 999 });
    await refusedAtInspect(folder, 'backup_newer');
  });
});

describe('only an admin of the backup can open it', () => {
  it('refuses a wrong password (nothing changed), then throttles', async () => {
    const { office, dir } = await signedInTarget(backup);
    const before = sha(join(dir, 'kaona.db'));
    await office.ok('restore.choose');
    await office.ok('restore.inspect');
    for (let attempt = 0; attempt < 3; attempt++) {
      expect(
        await office.call('restore.unlock', {
          userName: ADMIN.userName,
          password: 'Wrong-pass-2569',
        }),
      ).toMatchObject({ ok: false, error: { reason: 'bad_credentials' } });
    }
    expect(await office.call('restore.unlock', login(ADMIN))).toMatchObject({
      ok: false,
      error: { reason: 'throttled' },
    });
    expect(sha(join(dir, 'kaona.db'))).toBe(before);
    expect(readdirSync(dir).some((name) => name.startsWith('replaced-'))).toBe(false);
  });

  it("refuses the backup's officer, with the right password", async () => {
    const { office } = await signedInTarget(backup);
    await office.ok('restore.choose');
    await office.ok('restore.inspect');
    expect(await office.call('restore.unlock', login(OFFICER))).toMatchObject({
      ok: false,
      error: { reason: 'restore_admin_only' },
    });
  });

  it('refuses a database that fails integrity_check even though the manifest matches it', async () => {
    const folder = backupCopy();
    const file = join(folder, 'kaona.db');
    const bytes = readFileSync(file);
    // A page in the middle: the key still opens page 1, the damaged page fails its HMAC.
    const offset = Math.floor(bytes.length / 4096 / 2) * 4096 + 200;
    bytes[offset] = bytes[offset]! ^ 0xff;
    writeFileSync(file, bytes);
    const manifest = readManifest(folder);
    writeManifest(folder, {
      ...manifest,
      files: manifest.files.map((entry) =>
        entry.path === 'kaona.db' ? fileEntry(folder, 'kaona.db') : entry,
      ),
    });
    const { office, dir } = await signedInTarget(folder);
    const before = sha(join(dir, 'kaona.db'));
    await office.ok('restore.choose');
    await office.ok('restore.inspect');
    expect(await office.call('restore.unlock', login(ADMIN))).toMatchObject({
      ok: false,
      error: { reason: 'backup_damaged' },
    });
    expect(sha(join(dir, 'kaona.db'))).toBe(before);
  });

  it('forgets an opened backup when the session locks', async () => {
    const { office } = await signedInTarget(backup);
    await office.ok('restore.choose');
    await office.ok('restore.inspect');
    const { token } = await office.ok('restore.unlock', login(ADMIN));
    await office.ok('session.lock');
    await office.ok('session.unlock', { password: ADMIN.password });
    expect(await office.call('restore.apply', { token })).toMatchObject({
      ok: false,
      error: { reason: 'restore_not_opened' },
    });
  });

  it('applies only the copy that was opened', async () => {
    const { office } = await signedInTarget(backup);
    expect(
      await office.call('restore.apply', { token: '00000000-0000-4000-8000-000000000000' }),
    ).toMatchObject({ ok: false, error: { reason: 'restore_not_opened' } });
  });
});

describe('progress and cancel', () => {
  it('reports the check as job.progress before sign-in too (bytes, then done)', async () => {
    const dir = temp();
    const office = keep(openOffice(dir, { host: { chooseFolder: chooser(backup) } }));
    const seen: JobProgress[] = [];
    office.core.events.subscribe((event, payload) => {
      if (event === 'job.progress') seen.push(payload as JobProgress);
    });
    await office.ok('restore.choose');
    const summary = await office.ok('restore.inspect');
    expect(seen.every((progress) => progress.kind === 'backup.restore')).toBe(true);
    expect(seen.at(-1)).toMatchObject({ state: 'done', done: summary.bytes, total: summary.bytes });
  });

  it('cancels a running check: the job ends cancelled, nothing is left', async () => {
    const folder = backupCopy();
    // A big (fake) compartment, so the copy is still running when the cancel arrives.
    mkdirSync(join(folder, 'mentors'));
    writeFileSync(join(folder, 'mentors', 'mentor-9.kaona'), randomBytes(8 * 1024 * 1024));
    const manifest = readManifest(folder);
    writeManifest(folder, {
      ...manifest,
      files: [...manifest.files, fileEntry(folder, 'mentors/mentor-9.kaona')],
    });
    const { office, dir } = await signedInTarget(folder);
    const seen: JobProgress[] = [];
    let cancelled: Promise<unknown> | null = null;
    office.core.events.subscribe((event, payload) => {
      if (event !== 'job.progress') return;
      const progress = payload as JobProgress;
      seen.push(progress);
      if (!cancelled && progress.done > 0) cancelled = office.call('restore.cancel');
    });
    await office.ok('restore.choose');
    expect(await office.call('restore.inspect')).toMatchObject({
      ok: false,
      error: { reason: 'restore_cancelled' },
    });
    await cancelled;
    expect(seen.at(-1)).toMatchObject({ kind: 'backup.restore', state: 'cancelled' });
    expect(existsSync(join(dir, 'restore-scratch'))).toBe(false);
  });
});

describe('who may restore', () => {
  it('refuses a signed-in officer', async () => {
    const dir = temp();
    const { office } = await officeWithColleague(dir, OFFICER, 'officer');
    keep(office);
    await office.ok('session.signIn', { userName: OFFICER.userName, password: OFFICER.password });
    expect(await office.call('restore.choose')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it("refuses the sign-in screen of a PC that has an office (nobody's backup replaces it)", async () => {
    const { office } = await signedInTarget(backup);
    await office.ok('session.signOut');
    expect(await office.call('restore.choose')).toMatchObject({
      ok: false,
      error: { reason: 'restore_not_available' },
    });
  });

  it('restores at first run into a fresh data folder; the admin signs in afterwards', async () => {
    const dir = temp();
    const office = keep(openOffice(dir, { host: { chooseFolder: chooser(backup) } }));
    expect((await office.ok('session.info')).status).toBe('needs-setup');
    await office.ok('restore.choose');
    await office.ok('restore.inspect');
    const contents = await office.ok('restore.unlock', login(ADMIN));
    expect(contents.sameOffice).toBeNull();
    expect((await office.ok('restore.apply', { token: contents.token })).status).toBe('signed-out');
    await office.ok('session.signIn', { userName: ADMIN.userName, password: ADMIN.password });
  });

  it('restores on the database-missing screen', async () => {
    const { office, dir } = await signedInTarget(backup);
    await office.ok('session.signOut');
    rmSync(join(dir, 'kaona.db'));
    expect((await office.ok('session.info')).status).toBe('database-missing');
    await office.ok('restore.choose');
    await office.ok('restore.inspect');
    const { token } = await office.ok('restore.unlock', login(ADMIN));
    await office.ok('restore.apply', { token });
    await office.ok('session.signIn', { userName: OFFICER.userName, password: OFFICER.password });
  });
});
