import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/main/core/errors';
import { copyVerified } from '../../src/main/core/restore/copy-verified';
import type { BackupManifest } from '../../src/shared/domain/backup';

// Review of issue 11 (restore): the folder check compares each file's size with the manifest,
// then the copy streams the file into the data folder. A file that grows in between (another
// process writing to the drive, a swapped drive) was copied to its end before the size was
// compared: a hostile source could fill the data folder's disk. The copy now stops at the
// declared size (docs/security.md, "Found in review", issue 11).

const root = mkdtempSync(join(tmpdir(), 'kaona-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('found in review: the restore copy reads no more than the manifest declares', () => {
  it('stops a file that is larger than listed at the listed size', async () => {
    const folder = join(root, 'backup');
    const scratch = join(root, 'scratch');
    mkdirSync(folder);
    mkdirSync(scratch);
    writeFileSync(join(folder, 'kaona.db'), Buffer.alloc(4 * 1024 * 1024, 7));
    const manifest = {
      files: [{ path: 'kaona.db', bytes: 1024, sha256: '0'.repeat(64) }],
    } as unknown as BackupManifest;
    let most = 0;
    await expect(
      copyVerified(folder, manifest, scratch, {
        signal: new AbortController().signal,
        report: (done) => (most = Math.max(most, done)),
      }),
    ).rejects.toMatchObject(new AppError('VALIDATION', 'backup_file_changed'));
    // At most one read chunk past the declared size, never the whole file.
    expect(most).toBeLessThanOrEqual(1024 + 256 * 1024);
  });
});
