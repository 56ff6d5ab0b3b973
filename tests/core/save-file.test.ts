import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DOWNLOADS_FOLDER,
  downloadsFolderChooser,
  safeFileName,
} from '../../src/main/core/files/downloads-folder';
import { saveUserFile } from '../../src/main/core/files/save-file';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();

describe('saving a file the person asked for', () => {
  it('writes it where the host chose, and tells only the file name', async () => {
    const dataDir = tempDir();
    const outcome = await saveUserFile(
      downloadsFolderChooser(dataDir),
      { suggestedName: 'ทะเบียนผู้รับบริการ-2569.csv', kind: 'csv' },
      async (path) => writeFileSync(path, 'ชื่อ,อำเภอ\n'),
    );
    expect(outcome).toEqual({ saved: true, fileName: 'ทะเบียนผู้รับบริการ-2569.csv' });
    const written = join(dataDir, DOWNLOADS_FOLDER, 'ทะเบียนผู้รับบริการ-2569.csv');
    expect(readFileSync(written, 'utf8')).toBe('ชื่อ,อำเภอ\n');
  });

  it('never overwrites an earlier file in the downloads folder', async () => {
    const choose = downloadsFolderChooser(tempDir());
    const names: string[] = [];
    for (let i = 0; i < 3; i++) {
      const outcome = await saveUserFile(
        choose,
        { suggestedName: 'report.pdf', kind: 'pdf' },
        async (path) => writeFileSync(path, `copy ${i}`),
      );
      if (outcome.saved) names.push(outcome.fileName);
    }
    expect(names).toEqual(['report.pdf', 'report (2).pdf', 'report (3).pdf']);
  });

  it('leaves nothing behind when the write fails or the person cancels', async () => {
    const dataDir = tempDir();
    await expect(
      saveUserFile(
        downloadsFolderChooser(dataDir),
        { suggestedName: 'x.xlsx', kind: 'xlsx' },
        async (path) => {
          writeFileSync(path, 'half');
          throw new Error('disk full');
        },
      ),
    ).rejects.toThrow('disk full');
    expect(readdirSync(join(dataDir, DOWNLOADS_FOLDER))).toEqual([]);

    const cancelled = await saveUserFile(
      async () => null,
      { suggestedName: 'x.pdf', kind: 'pdf' },
      async () => {
        throw new Error('must not be called');
      },
    );
    expect(cancelled).toEqual({ saved: false });
    expect(
      await saveUserFile(undefined, { suggestedName: 'x.pdf', kind: 'pdf' }, async () => {}),
    ).toEqual({
      saved: false,
    });
  });

  it('keeps a suggested name inside the downloads folder', async () => {
    const dataDir = tempDir();
    const path = await downloadsFolderChooser(dataDir)({
      suggestedName: '../../kaona.db',
      kind: 'backup',
    });
    expect(path).toBe(join(dataDir, DOWNLOADS_FOLDER, '-..-kaona.db'));
    expect(existsSync(join(dataDir, 'kaona.db'))).toBe(false);
    expect(safeFileName('a\u0000b\u202e<c>')).toBe('a-b\u202e-c-');
    expect(safeFileName('   ')).toBe('kaona-file');
  });
});
