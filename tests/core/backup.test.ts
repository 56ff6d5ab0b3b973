import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupReminder } from '../../src/main/core/backup/backup-service';
import { compartmentPath } from '../../src/main/core/compartments/compartment-file';
import { LATEST_SCHEMA_VERSION } from '../../src/main/core/db/migrations';
import { backupFolderChooser, type ChooseFolder } from '../../src/main/core/files/choose-folder';
import {
  BACKUP_DATABASE_FILE,
  BACKUP_MANIFEST_FILE,
  backupManifestSchema,
} from '../../src/shared/domain/backup';
import type { BackupCreateOutcome } from '../../src/shared/domain/backup-history';
import type { JobProgress } from '../../src/shared/domain/jobs';
import { openWithKey, tableDigests } from '../support/backup';
import { auditEvents, insertTestCase, officeDb } from '../support/cases';
import {
  addAccount,
  ADMIN,
  firstSignIn,
  MENTOR,
  OFFICER,
  setUpOffice,
  type TestOffice,
} from '../support/office';

/** Personal data that must never be readable in a backup's bytes (the copy is encrypted). */
const MARKERS = Array.from({ length: 1000 }, (_, i) => `BKMARK-${String(i).padStart(4, '0')}-q7`);

describe('backup.create', () => {
  let root: string;
  let backupDir: string;
  let office: TestOffice;
  let key: Buffer;
  let mentorId: number;
  /** What the folder dialog answers next (the web host's chooser unless a test swaps it). */
  let chooser: ChooseFolder;
  let statusBefore: Awaited<ReturnType<TestOffice['ok']>>;
  let outcome: Extract<BackupCreateOutcome, { done: true }>;
  let backupFolder: string;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'kaona-test-'));
    backupDir = join(root, 'usb');
    chooser = backupFolderChooser(backupDir);
    office = await setUpOffice(join(root, 'data'), {
      host: { chooseFolder: (purpose) => chooser(purpose) },
    });
    key = Buffer.from(office.core.sessions.unlocked().key);
    mentorId = await addAccount(office, MENTOR, 'mentor');
    await addAccount(office, OFFICER, 'officer');
    const db = officeDb(office);
    // Cases with the markers in a free-text field and a name: the copy must hide every one.
    for (let i = 0; i < 100; i++) {
      await insertTestCase(db, {
        firstName: `ชื่อ${MARKERS[i * 10]}`,
        healthNotes: MARKERS.slice(i * 10 + 1, i * 10 + 10).join(' '),
      });
    }
    statusBefore = await office.ok('backup.status');
    const created = await office.ok('backup.create');
    if (!created.done) throw new Error('the backup did not run');
    outcome = created;
    backupFolder = join(backupDir, outcome.folderName);
  }, 120_000);

  afterAll(async () => {
    await office.core.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('writes kaona-backup-<local time> with the database, the key file, the compartment and a manifest', () => {
    expect(outcome.folderName).toMatch(/^kaona-backup-\d{8}-\d{6}$/);
    const manifest = backupManifestSchema.parse(
      JSON.parse(readFileSync(join(backupFolder, BACKUP_MANIFEST_FILE), 'utf8')),
    );
    expect(manifest.files.map((file) => file.path)).toEqual([
      'kaona.db',
      'kaona.keys',
      `mentors/mentor-${mentorId}.kaona`,
    ]);
    for (const file of manifest.files) {
      const bytes = readFileSync(join(backupFolder, ...file.path.split('/')));
      expect(bytes.length).toBe(file.bytes);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256);
    }
    expect(manifest.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(manifest.machine).toBe('TEST-PC');
    expect(manifest.appVersion).toBe('0.0.0-test');
    expect(manifest.counts).toMatchObject({ cases: 100, beneficiaries: 100, users: 3 });
    // No stray temp file from the atomic write.
    expect(readdirSync(backupFolder).sort()).toEqual([
      'kaona.db',
      'kaona.keys',
      'manifest.json',
      'mentors',
    ]);
  });

  it('the copy matches the source: integrity_check, and every table row for row', () => {
    const copy = openWithKey(join(backupFolder, BACKUP_DATABASE_FILE), key);
    const source = openWithKey(join(root, 'data', 'kaona.db'), key);
    try {
      expect(copy.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
      const copied = tableDigests(copy);
      const live = tableDigests(source);
      // The source has moved on by exactly the backup's own history row and audit event.
      const liveAtBackup = { ...live };
      delete liveAtBackup.backups;
      delete liveAtBackup.audit_events;
      const copiedRest = { ...copied };
      delete copiedRest.backups;
      delete copiedRest.audit_events;
      expect(copiedRest).toEqual(liveAtBackup);
      expect(copied.backups?.rows).toBe(0);
      expect(live.backups?.rows).toBe(1);
      expect(copied.audit_events!.rows).toBe(live.audit_events!.rows - 1);
      expect(Object.keys(copied).length).toBeGreaterThan(40);
    } finally {
      copy.close();
      source.close();
    }
  });

  it('the manifest anchor is the newest audit event in the copy', () => {
    const manifest = backupManifestSchema.parse(
      JSON.parse(readFileSync(join(backupFolder, BACKUP_MANIFEST_FILE), 'utf8')),
    );
    const copy = openWithKey(join(backupFolder, BACKUP_DATABASE_FILE), key);
    try {
      const newest = copy
        .prepare('SELECT seq, mac FROM audit_events ORDER BY seq DESC LIMIT 1')
        .get() as { seq: number; mac: string };
      expect(manifest.auditAnchor).toEqual(newest);
      expect(outcome.auditAnchor).toEqual(newest);
    } finally {
      copy.close();
    }
  });

  it('none of 1,000 marker strings appears in any file of the backup', () => {
    // The markers are in the source (the test would prove nothing otherwise).
    const source = openWithKey(join(root, 'data', 'kaona.db'), key);
    const notes = source
      .prepare(
        `SELECT (SELECT group_concat(first_name, ' ') FROM beneficiaries) || ' ' ||
                (SELECT group_concat(health_notes, ' ') FROM cases)`,
      )
      .pluck()
      .get() as string;
    source.close();
    expect(MARKERS.every((marker) => notes.includes(marker))).toBe(true);
    const files = ['kaona.db', 'kaona.keys', 'manifest.json', `mentors/mentor-${mentorId}.kaona`];
    for (const file of files) {
      const bytes = readFileSync(join(backupFolder, ...file.split('/')));
      const found = MARKERS.filter((marker) => bytes.includes(marker));
      expect(found, file).toEqual([]);
      // The Thai part of a name too, as UTF-8.
      expect(bytes.includes(Buffer.from('ชื่อBKMARK', 'utf8')), file).toBe(false);
    }
  });

  it('does not open without the key, with a wrong key or under another cipher; opens with the key', () => {
    const file = join(backupFolder, BACKUP_DATABASE_FILE);
    expect(readFileSync(file).subarray(0, 16).toString('latin1')).not.toContain('SQLite format 3');
    expect(() => openWithKey(file, Buffer.alloc(32, 7))).toThrow(/not a database|file is not/i);
    expect(() => openWithKey(file, key, 'default')).toThrow(/not a database|file is not/i);
    expect(() => {
      const bare = openWithKey(file, Buffer.alloc(0), 'default');
      bare.close();
    }).toThrow();
    const opened = openWithKey(file, key);
    expect(opened.prepare('SELECT count(*) FROM cases').pluck().get()).toBe(100);
    opened.close();
  });

  it('the compartment copy opens with its own key only', () => {
    const compartmentKey = officeDb(office)
      .selectFrom('mentor_compartments')
      .select('compartment_key')
      .where('user_id', '=', mentorId)
      .executeTakeFirstOrThrow();
    return compartmentKey.then(({ compartment_key }) => {
      const file = join(backupFolder, 'mentors', `mentor-${mentorId}.kaona`);
      const copy = openWithKey(file, compartment_key);
      const original = openWithKey(compartmentPath(join(root, 'data'), mentorId), compartment_key);
      try {
        expect(copy.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
        expect(tableDigests(copy)).toEqual(tableDigests(original));
      } finally {
        copy.close();
        original.close();
      }
      expect(() => openWithKey(file, key)).toThrow();
    });
  });

  it('records the backup in the history and its audit event, with no personal data', async () => {
    const [event] = await auditEvents(office, 'backup.created');
    expect(event).toMatchObject({ outcome: 'success', target_id: outcome.folderName });
    const details = JSON.parse(event!.details!) as Record<string, unknown>;
    expect(details).toMatchObject({
      folderName: outcome.folderName,
      files: 3,
      count_cases: 100,
      anchorSeq: outcome.auditAnchor.seq,
    });
    expect(event!.details).not.toMatch(/BKMARK|ชื่อ|สมศรี/);
    const history = await office.ok('backup.history', {});
    expect(history).toEqual([
      expect.objectContaining({
        folderName: outcome.folderName,
        outcome: 'done',
        byName: ADMIN.fullName,
        totalBytes: outcome.totalBytes,
        auditAnchor: outcome.auditAnchor,
      }),
    ]);
    expect(history[0]!.databaseSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('status: due before the first backup, not due right after it', async () => {
    expect(statusBefore).toEqual({
      lastBackupAt: null,
      daysSince: null,
      reminderDays: 7,
      reminderDue: true,
      lastAnchor: null,
    });
    expect(await office.ok('backup.status')).toEqual({
      lastBackupAt: outcome.createdAt,
      daysSince: 0,
      reminderDays: 7,
      reminderDue: false,
      lastAnchor: { ...outcome.auditAnchor, folderName: outcome.folderName },
    });
  });

  it('the reminder counts Bangkok calendar days against the office setting', () => {
    const last = '2026-11-20T16:30:00.000Z'; // 23:30 on 20 Nov in Bangkok
    expect(backupReminder(last, new Date('2026-11-20T16:45:00Z'), 7)).toMatchObject({
      daysSince: 0,
      reminderDue: false,
    });
    // 00:30 the next morning in Bangkok: one day.
    expect(backupReminder(last, new Date('2026-11-20T17:30:00Z'), 7).daysSince).toBe(1);
    expect(backupReminder(last, new Date('2026-11-27T03:00:00Z'), 7)).toMatchObject({
      daysSince: 7,
      reminderDue: true,
    });
    expect(backupReminder(last, new Date('2026-11-29T03:00:00Z'), 9)).toMatchObject({
      daysSince: 9,
      reminderDue: true,
    });
  });

  it('cancel removes the unfinished folder and leaves no backup behind', async () => {
    const before = readdirSync(backupDir);
    // Cancelled at its first report, before the worker has opened the database.
    const stop = office.core.events.subscribe((event, payload) => {
      if (event !== 'job.progress') return;
      const progress = payload as JobProgress;
      if (progress.kind === 'backup.create' && progress.state === 'running')
        void office.call('jobs.cancel', { jobId: progress.jobId });
    });
    const result = await office.call('backup.create');
    stop();
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'job_cancelled' },
    });
    expect(readdirSync(backupDir)).toEqual(before);
    const history = await office.ok('backup.history', {});
    expect(history[0]).toMatchObject({ outcome: 'cancelled', databaseSha256: null, totalBytes: 0 });
    // The reminder still counts from the last finished backup.
    expect((await office.ok('backup.status')).lastBackupAt).toBe(outcome.createdAt);
  });

  it('closing the folder dialog makes nothing', async () => {
    chooser = async () => null;
    try {
      expect(await office.ok('backup.create')).toEqual({ done: false });
    } finally {
      chooser = backupFolderChooser(backupDir);
    }
  });

  it('a folder that cannot be written is a clear refusal, nothing recorded', async () => {
    const notAFolder = join(root, 'not-a-folder');
    writeFileSync(notAFolder, 'x');
    chooser = async () => notAFolder;
    const historyBefore = await office.ok('backup.history', {});
    try {
      expect(await office.call('backup.create')).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT', reason: 'backup_target_unwritable' },
      });
    } finally {
      chooser = backupFolderChooser(backupDir);
    }
    expect(await office.ok('backup.history', {})).toEqual(historyBefore);
  });

  it('an officer and a mentor may not back up or read the history', async () => {
    const before = readdirSync(backupDir);
    await office.ok('session.signOut');
    for (const person of [OFFICER, MENTOR]) {
      await firstSignIn(office, person);
      for (const channel of ['backup.create', 'backup.status', 'backup.history'] as const) {
        expect(await office.call(channel, {}), `${person.userName} ${channel}`).toMatchObject({
          ok: false,
          error: { code: 'FORBIDDEN' },
        });
      }
      await office.ok('session.signOut');
    }
    expect(readdirSync(backupDir)).toEqual(before);
    expect(existsSync(backupFolder)).toBe(true);
  });

  it('locking the PC during a backup stops it and removes the unfinished folder', async () => {
    const before = readdirSync(backupDir);
    await office.ok('session.signIn', { userName: ADMIN.userName, password: ADMIN.password });
    let locking: Promise<unknown> | undefined;
    const stop = office.core.events.subscribe((event, payload) => {
      if (event !== 'job.progress' || locking) return;
      if ((payload as JobProgress).kind === 'backup.create') locking = office.call('session.lock');
    });
    const result = await office.call('backup.create');
    stop();
    await locking;
    expect(result).toMatchObject({ ok: false });
    expect(readdirSync(backupDir)).toEqual(before);
  });
});
