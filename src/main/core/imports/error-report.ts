import { writeFile } from 'node:fs/promises';
import type { FailedRow } from './import-job-params';
import type { ReportRow } from '../../../shared/domain/imports';
import { problemTextTh } from './problem-text-th';
import { safeCell } from '../reports/safe-cell';

export const PROBLEM_COLUMN = 'ปัญหา';

/**
 * The rows that failed, as the file had them, with a "ปัญหา" column of Thai messages: the person
 * fixes the cells and imports this file again (its header row is the original's, so a saved
 * mapping still fits; the extra last column is not mapped). CSV is UTF-8 with a BOM so that Excel
 * shows Thai.
 */
export async function writeErrorReport(
  path: string,
  format: 'xlsx' | 'csv',
  headers: readonly string[],
  failed: readonly FailedRow[],
  rows: readonly ReportRow[],
): Promise<void> {
  const problems = new Map(rows.map((row) => [row.rowNumber, row.problems]));
  const width = headers.length;
  const body = failed.map((row) => [
    ...Array.from({ length: width }, (_, index) => row.cells[index] ?? ''),
    problemTextTh(problems.get(row.rowNumber) ?? []),
  ]);
  const header = [...headers, PROBLEM_COLUMN];
  if (format === 'csv') {
    const { default: Papa } = await import('papaparse');
    // A hostile file's `=HYPERLINK(…)` comes back here and the clerk opens it in Excel: formula
    // cells get the reports' leading apostrophe, which the import removes again (parse-sheet.ts).
    // XLSX needs none: a string cell is never evaluated.
    const csv = Papa.unparse([header, ...body].map((row) => row.map((cell) => safeCell(cell))));
    await writeFile(path, `\uFEFF${csv}\r\n`, { mode: 0o600 });
    return;
  }
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('ปัญหา');
  sheet.addRow(header).font = { bold: true };
  for (const row of body) sheet.addRow(row);
  // Text cells: an ID or a phone keeps its leading zero when the person types over it.
  sheet.columns.forEach((column) => (column.numFmt = '@'));
  const buffer = await workbook.xlsx.writeBuffer();
  await writeFile(path, new Uint8Array(buffer as ArrayBuffer), { mode: 0o600 });
}
