import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import {
  BACKUP_MANIFEST_FILE,
  backupManifestSchema,
  type BackupManifest,
} from '../../src/shared/domain/backup';

/**
 * File checks for the programme-data story: what the app wrote to the data folder's `downloads/`
 * (the web host's stand-in for a save dialog) and to the backup folder, read back as a person's
 * own tools would (Excel through exceljs, `pdftotext` for the PDF).
 */

/** The files in `<dataDir>/downloads/` (none yet: empty). */
export function downloads(dataDir: string): string[] {
  const folder = join(dataDir, 'downloads');
  return existsSync(folder)
    ? readdirSync(folder).filter((name) => statSync(join(folder, name)).isFile())
    : [];
}

/** Waits for exactly one new file in downloads/ since `before` and returns its path. */
export async function newDownload(
  dataDir: string,
  before: readonly string[],
  ending: string,
): Promise<string> {
  let found: string[] = [];
  await expect
    .poll(() => {
      found = downloads(dataDir).filter((name) => !before.includes(name) && name.endsWith(ending));
      return found.length;
    })
    .toBe(1);
  return join(dataDir, 'downloads', found[0]!);
}

/** Every row of the first sheet, as text. */
export async function xlsxRows(path: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(path) as never);
  const rows: string[][] = [];
  workbook.worksheets[0]!.eachRow((row) => {
    const values = row.values as unknown[];
    rows.push(values.slice(1).map((value) => (value == null ? '' : String(value))));
  });
  return rows;
}

/** The PDF's text as poppler extracts it (Thai as Unicode when the font maps it). */
export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
}

/**
 * The one complete backup in `backupDir`: its manifest parses, and every file it lists is there
 * with the size and SHA-256 it claims.
 */
export function checkedBackup(backupDir: string): { folder: string; manifest: BackupManifest } {
  const folders = readdirSync(backupDir).filter((name) =>
    existsSync(join(backupDir, name, BACKUP_MANIFEST_FILE)),
  );
  expect(folders).toHaveLength(1);
  const folder = join(backupDir, folders[0]!);
  const manifest = backupManifestSchema.parse(
    JSON.parse(readFileSync(join(folder, BACKUP_MANIFEST_FILE), 'utf8')),
  );
  for (const file of manifest.files) {
    const bytes = readFileSync(join(folder, file.path));
    expect(bytes.length, file.path).toBe(file.bytes);
    expect(createHash('sha256').update(bytes).digest('hex'), file.path).toBe(file.sha256);
  }
  return { folder: folders[0]!, manifest };
}

/** The spreadsheet picker is Mantine's hidden file input beside the "choose" button. */
export async function chooseSpreadsheet(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.locator('input[type=file]').setInputFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });
}
