/**
 * Reads a spreadsheet's first sheet into rows of text cells, in memory only (the file is never
 * written to disk). CSV through papaparse (UTF-8, with or without the BOM Excel writes; Thai text
 * as is); XLSX through exceljs. The libraries are loaded on first use, so the other job kinds'
 * workers do not pay for them.
 *
 * A cell Excel holds as a date becomes `yyyy-mm-dd` (its calendar day, taken in UTC as Excel
 * stores it), which the date reader accepts whatever order the person declared.
 */
export interface Sheet {
  sheetName: string | null;
  /** Every row, the header first; cells are trimmed text, '' when empty. */
  rows: string[][];
}

export class SheetUnreadableError extends Error {
  constructor() {
    super('sheet unreadable');
    this.name = 'SheetUnreadableError';
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export function looksLikeXlsx(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((byte, index) => bytes[index] === byte);
}

export async function parseSheet(bytes: Uint8Array): Promise<Sheet> {
  try {
    return looksLikeXlsx(bytes) ? await parseXlsx(bytes) : await parseCsv(bytes);
  } catch (error) {
    if (error instanceof SheetUnreadableError) throw error;
    throw new SheetUnreadableError();
  }
}

async function parseCsv(bytes: Uint8Array): Promise<Sheet> {
  const { default: Papa } = await import('papaparse');
  // fatal: a file in TIS-620 or Windows-874 is refused rather than read as garbled Thai.
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new SheetUnreadableError();
  }
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  if (parsed.errors.some((error) => error.type === 'Quotes')) throw new SheetUnreadableError();
  return {
    sheetName: null,
    rows: parsed.data.map((row) => row.map((cell) => unquoteFormula(cell.trim()))),
  };
}

/**
 * Kaona's own CSVs (the error report, exports) write a cell that would start a formula with a
 * leading apostrophe (`reports/safe-cell.ts`); read back, the apostrophe goes and the cell is
 * what was typed (`+66…`, `@line.id`).
 */
function unquoteFormula(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

async function parseXlsx(bytes: Uint8Array): Promise<Sheet> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new SheetUnreadableError();
  const rows: string[][] = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= width; column += 1)
      cells.push(cellText(row.getCell(column).value));
    rows[rowNumber - 1] = cells;
  });
  const dense = Array.from(rows, (row) => row ?? []);
  // Trailing empty rows (formatting left below the data) are not rows.
  while (dense.length > 0 && dense.at(-1)!.every((cell) => cell === '')) dense.pop();
  return { sheetName: sheet.name, rows: dense };
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if ('result' in object) return cellText(object.result);
    if ('richText' in object && Array.isArray(object.richText))
      return (object.richText as { text: string }[])
        .map((part) => part.text)
        .join('')
        .trim();
    if ('text' in object) return cellText(object.text);
    if ('error' in object) return '';
    return '';
  }
  return String(value).trim();
}
