import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/main/core/clock';
import { AppError } from '../../src/main/core/errors';
import { RestoreService } from '../../src/main/core/restore/restore-service';
import { makeBackupFolder } from '../support/backup-folder';
import { ADMIN, TEST_START, setUpOffice } from '../support/office';

// Review of issue 11 (restore): the restore methods are public at the first-run screen and each
// step is a separate call. A second call while `apply` writes into the scratch copy (a check, a
// new choice, a cancel) removed or replaced that copy under the swap, which then moved half a
// backup in. Apply now holds the service: other steps are refused or wait (docs/security.md).

const root = mkdtempSync(join(tmpdir(), 'kaona-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const progress = { signal: new AbortController().signal, report: () => undefined };
const attempts = { check: () => undefined, failed: () => undefined };

describe('found in review: restore steps do not run over apply', () => {
  it('refuses a check and ignores a cancel while apply swaps the copy in', async () => {
    const source = await setUpOffice(join(root, 'source'));
    const folder = makeBackupFolder(source, join(root, 'source'), join(root, 'backups'));
    await source.core.close();

    const dataDir = join(root, 'target');
    mkdirSync(dataDir);
    const service = new RestoreService({
      dataDir,
      clock: new ManualClock(TEST_START),
      machine: 'TEST-PC',
      appVersion: '0.0.0-test',
      chooseFolder: async () => folder,
    });
    await service.choose();
    await service.inspect(progress);
    const { token } = await service.unlock(ADMIN.userName, ADMIN.password, attempts, null);

    const applying = service.apply(token);
    // Before the fix this started a fresh copy (removing the one being swapped in).
    await expect(service.inspect(progress)).rejects.toMatchObject(
      new AppError('CONFLICT', 'restore_busy'),
    );
    await expect(service.choose()).rejects.toMatchObject(new AppError('CONFLICT', 'restore_busy'));
    service.reset();
    await applying;

    for (const name of ['kaona.db', 'kaona.keys', 'audit.anchor'])
      expect(existsSync(join(dataDir, name)), name).toBe(true);
    expect(existsSync(join(dataDir, 'restore-scratch'))).toBe(false);
    expect(existsSync(join(dataDir, 'restore-swap.json'))).toBe(false);
  });
});
