import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { childScriptArgs } from '../support/job-worker-bundle';
import { openEncryptedDatabase } from '../../src/main/core/db/connection';
import { BACKUP_MANIFEST_FILE } from '../../src/shared/domain/backup';
import { tableDigests } from '../support/backup';
import { createTestDatabase, randomKey } from '../support/database';
import { useTempDirs } from '../support/temp-dir';

/** Runs the child and kills it at `killAt` (a step number, or `parent`: a few ms into the copy). */
async function killedBackup(dataDir: string, key: Buffer, folder: string, killAt: string) {
  const run = spawn(
    process.execPath,
    [
      ...childScriptArgs('backup-crash-child', inject('jobWorkers')),
      dataDir,
      key.toString('hex'),
      folder,
      killAt,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const lines: string[] = [];
  createInterface({ input: run.stdout }).on('line', (line) => {
    lines.push(line);
    // `step 0` comes just before VACUUM INTO starts: kill while the copy is being written.
    if (killAt === 'parent' && line === 'step 0') setTimeout(() => run.kill('SIGKILL'), 15);
  });
  const signal = await new Promise<NodeJS.Signals | null>((resolve) =>
    run.on('exit', (_code, exitSignal) => resolve(exitSignal)),
  );
  return { signal, lines };
}

describe('killing the process during a backup', () => {
  const tempDir = useTempDirs();
  let seedDir: string;
  let key: Buffer;
  let digests: ReturnType<typeof tableDigests>;

  beforeAll(async () => {
    seedDir = mkdtempSync(join(tmpdir(), 'kaona-test-'));
    key = randomKey();
    const test = await createTestDatabase(seedDir, key);
    // About 16 MB, so that the copy takes long enough to be killed in the middle of it.
    await test.db.transaction().execute(async (trx) => {
      for (let i = 0; i < 8000; i++)
        await sql`INSERT INTO settings (key, value, updated_at) VALUES (${`bulk:${i}`}, ${'ข'.repeat(700)}, '2026-12-01T00:00:00Z')`.execute(
          trx,
        );
    });
    digests = tableDigests(test.sqlite);
    await test.close();
    writeFileSync(join(seedDir, 'kaona.keys'), '{"format":"kaona-key-slots"}');
  });

  afterAll(() => rmSync(seedDir, { recursive: true, force: true }));

  for (const killAt of ['parent', '1', '2', '3'])
    it(`killed at ${killAt === 'parent' ? 'the copy' : `step ${killAt}`}: the source is intact and no manifest marks the folder complete`, async () => {
      const dataDir = tempDir();
      cpSync(seedDir, dataDir, { recursive: true });
      const folder = join(tempDir(), 'kaona-backup-20261202-101500');
      mkdirSync(folder);

      const { signal, lines } = await killedBackup(dataDir, key, folder, killAt);
      expect(signal, lines.join('\n')).toBe('SIGKILL');
      expect(lines).not.toContain('finished without being killed');

      expect(existsSync(join(folder, BACKUP_MANIFEST_FILE))).toBe(false);
      expect(readdirSync(folder).filter((name) => name.includes('manifest'))).toEqual([]);
      const source = openEncryptedDatabase(join(dataDir, 'kaona.db'), key);
      try {
        expect(source.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(tableDigests(source)).toEqual(digests);
      } finally {
        source.close();
      }
    });
});
