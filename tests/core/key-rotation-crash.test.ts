import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { childScriptArgs } from '../support/job-worker-bundle';
import type { RotationStep } from '../../src/main/core/auth/vault/key-rotation';
import { parseSlotFileAt } from '../../src/main/core/auth/vault/slot-file';
import { openEncryptedDatabase } from '../../src/main/core/db/connection';
import {
  ADMIN,
  MENTOR,
  OFFICER,
  addAccount,
  firstSignIn,
  openOffice,
  setUpOffice,
} from '../support/office';
import { useTempDirs } from '../support/temp-dir';

const STEPS: RotationStep[] = [
  'start',
  'slots-pending',
  'journal-delete',
  'rekeyed',
  'journal-wal',
  'slots-final',
];

function readSlots(dir: string) {
  return parseSlotFileAt(join(dir, 'kaona.keys'))!;
}

describe('a crash at any step of a key rotation', () => {
  const tempDir = useTempDirs();

  // Every step starts from the same closed office: the admin, an officer and a supervisor who
  // have both finished their first sign-in. Built once (about eight Argon2id derivations) and
  // copied into each test's folder, so each test still crashes and recovers its own files.
  let seedDir = '';
  let mentorId = 0;
  beforeAll(async () => {
    seedDir = mkdtempSync(join(tmpdir(), 'kaona-rotation-seed-'));
    const office = await setUpOffice(seedDir);
    await addAccount(office, OFFICER, 'officer');
    // Someone who holds the office key is removed; a mentor would not be (they never held it).
    mentorId = await addAccount(office, MENTOR, 'supervisor');
    await office.ok('session.signOut');
    await firstSignIn(office, OFFICER);
    await office.ok('session.signOut');
    await firstSignIn(office, MENTOR);
    await office.ok('session.signOut');
    await office.core.close();
  });
  afterAll(() => rmSync(seedDir, { recursive: true, force: true }));

  for (const step of STEPS) {
    it(`after "${step}": every remaining account still signs in, the removed one does not`, async () => {
      const dir = tempDir();
      cpSync(seedDir, dir, { recursive: true });

      const run = spawnSync(
        process.execPath,
        [
          ...childScriptArgs('rotation-crash-child', inject('jobWorkers')),
          dir,
          step,
          ADMIN.userName,
          ADMIN.password,
          String(mentorId),
        ],
        {
          encoding: 'utf8',
        },
      );
      expect(run.signal, run.stderr).toBe('SIGKILL');

      // The officer signs in first: whoever comes next finishes the interrupted change.
      const after = openOffice(dir);
      await after.ok('session.signIn', { userName: OFFICER.userName, password: OFFICER.password });
      const unlocked = after.core.sessions.unlocked();
      expect(unlocked.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      const key = Buffer.from(unlocked.key);
      await after.ok('session.signOut');

      await after.ok('session.signIn', { userName: ADMIN.userName, password: ADMIN.password });
      // One rotation in all: finished at the next sign-in if the crash cut it short (and said so
      // in the log), never run a second time.
      const logged = async (action: 'vault.key_rotated' | 'vault.rotation_finished') =>
        (await after.ok('audit.list', { action })).events.length;
      const finished = await logged('vault.rotation_finished');
      expect(finished + (await logged('vault.key_rotated'))).toBe(1);
      expect(finished).toBe(step === 'start' || step === 'slots-final' ? 0 : 1);
      await after.ok('session.signOut');
      expect(
        await after.call('session.signIn', {
          userName: MENTOR.userName,
          password: MENTOR.password,
        }),
      ).toMatchObject({
        ok: false,
        error: { reason: 'bad_credentials' },
      });

      // The rotation is complete: one generation left, no slot for the removed account, and the key in force opens the file.
      const slots = readSlots(dir);
      expect(
        new Set(slots.slots.flatMap((slot) => slot.dbKeys.map((k) => k.generation))).size,
      ).toBe(1);
      expect(slots.slots.map((slot) => slot.userName)).not.toContain(MENTOR.userName);
      openEncryptedDatabase(join(dir, 'kaona.db'), key).close();
      await after.core.close();
    });
  }
});
