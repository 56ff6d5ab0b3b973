import { createWriteStream, rmSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import ExcelJS from 'exceljs';
import type { ExportFormat, ReportCell, ReportColumnHeader } from '../../../shared/domain/reports';
import { safeCell } from './safe-cell';

/** Where a report's rows go, chunk by chunk; `abort` removes whatever was written. */
export interface ReportFileWriter {
  addRows(rows: readonly ReportCell[][]): Promise<void>;
  finish(): Promise<void>;
  abort(): Promise<void>;
}

export function openReportFile(
  format: ExportFormat,
  path: string,
  sheetName: string,
  columns: readonly ReportColumnHeader[],
): ReportFileWriter {
  return format === 'xlsx' ? xlsxFile(path, sheetName, columns) : csvFile(path, columns);
}

/** Owner-only: the file may name people, and it is written to a folder others can read. */
function fileStream(path: string): WriteStream {
  return createWriteStream(path, { mode: 0o600 });
}

async function closeAndRemove(stream: WriteStream, path: string): Promise<void> {
  if (!stream.destroyed) {
    stream.destroy();
    await once(stream, 'close').catch(() => undefined);
  }
  rmSync(path, { force: true });
}

/**
 * XLSX through exceljs's streaming writer: each row is committed and leaves memory, so 100,000
 * rows never sit in memory as a workbook. Inline strings (`useSharedStrings: false`) keep the
 * writer from holding every distinct string; Sarabun is named so a PC with the Thai font shows
 * it (Excel falls back to its own Thai font otherwise); the header row is bold and frozen.
 */
function xlsxFile(
  path: string,
  sheetName: string,
  columns: readonly ReportColumnHeader[],
): ReportFileWriter {
  const stream = fileStream(path);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useSharedStrings: false,
    useStyles: true,
  });
  workbook.creator = 'Kaona';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  const font = { name: 'Sarabun', size: 12 };
  sheet.columns = columns.map((column) => ({
    key: column.key,
    width: column.numeric ? 14 : Math.min(40, Math.max(14, column.header.length + 4)),
    style: { font },
  }));
  const header = sheet.addRow(columns.map((column) => column.header));
  header.font = { ...font, bold: true };
  header.commit();
  return {
    async addRows(rows) {
      for (const cells of rows) sheet.addRow(cells.map(safeCell)).commit();
    },
    async finish() {
      sheet.commit();
      await workbook.commit();
    },
    abort: () => closeAndRemove(stream, path),
  };
}

/**
 * CSV as Excel on a Thai Windows PC opens it: UTF-8 with a byte-order mark (without it Excel
 * reads the bytes as TIS-620 and Thai turns to mojibake), CRLF line ends, fields with a quote,
 * comma or line break quoted (RFC 4180).
 */
function csvFile(path: string, columns: readonly ReportColumnHeader[]): ReportFileWriter {
  const stream = fileStream(path);
  const write = async (text: string) => {
    if (!stream.write(text)) await once(stream, 'drain');
  };
  let started = false;
  const start = async () => {
    if (started) return;
    started = true;
    await write(`\uFEFF${csvLine(columns.map((column) => column.header))}`);
  };
  return {
    async addRows(rows) {
      await start();
      if (rows.length > 0) await write(rows.map((cells) => csvLine(cells.map(safeCell))).join(''));
    },
    async finish() {
      await start();
      stream.end();
      await once(stream, 'finish');
    },
    abort: () => closeAndRemove(stream, path),
  };
}

export function csvLine(cells: readonly ReportCell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

function csvField(cell: ReportCell): string {
  if (cell === null) return '';
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
