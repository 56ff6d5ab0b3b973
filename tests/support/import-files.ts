import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { ImportField, RowKind, RowProblemCode } from '../../src/shared/domain/imports';
import { nationalIdCheckDigit } from '../../src/shared/thai/national-id';

/**
 * Test spreadsheets for the import (core, renderer and e2e tests): a legacy office register with
 * Thai headers, dates as dd/mm/พ.ศ., and one bad row in every `badEvery` rows, each of a known
 * kind, so a test can state the exact per-row report. Deterministic: the same arguments give the
 * same file byte for byte (names, IDs and birth dates derive from the row index).
 */
export const IMPORT_HEADERS = [
  'คำนำหน้า',
  'ชื่อ',
  'นามสกุล',
  'เลขประจำตัวประชาชน',
  'วันเกิด',
  'เพศ',
  'โทรศัพท์',
  'ที่อยู่',
  'ตำบล',
  'อำเภอ',
  'จังหวัด',
  'รหัสไปรษณีย์',
  'กลุ่มเป้าหมาย',
  'กรม',
  'โครงการ',
  'รายได้ต่อเดือน',
  'จำนวนสมาชิก',
] as const;

/** The mapping the headers above suggest (column index per field). */
export const IMPORT_MAPPING: Partial<Record<ImportField, number>> = {
  title: 0,
  firstName: 1,
  lastName: 2,
  nationalId: 3,
  birthDate: 4,
  sex: 5,
  phone: 6,
  addressLine: 7,
  subdistrict: 8,
  district: 9,
  province: 10,
  postcode: 11,
  targetGroups: 12,
  department: 13,
  flagshipProject: 14,
  monthlyIncome: 15,
  householdSize: 16,
};

export const IMPORT_SETTINGS = {
  mapping: IMPORT_MAPPING,
  dateEra: 'be',
  dateOrder: 'dmy',
  consentBasis: 'paper_declaration',
} as const;

/** The kinds of bad row, in the order they repeat. */
export const BAD_ROW_KINDS = [
  'id_checksum',
  'date_invalid',
  'department_unknown',
  'phone_invalid',
  'ce_year',
  'duplicate_in_file',
  'first_name_missing',
] as const;
export type BadRowKind = (typeof BAD_ROW_KINDS)[number];

export interface ExpectedRow {
  rowNumber: number;
  kind: RowKind;
  problems: [ImportField | null, RowProblemCode][];
}

export interface ImportSheet {
  headers: string[];
  rows: string[][];
  /** The report every row should get (ok rows too) on a database without these people. */
  expected: ExpectedRow[];
}

const FIRST = ['สมศรี', 'มานะ', 'ปราณี', 'วิชัย', 'บุญมี', 'สุดา', 'ประเสริฐ', 'อรุณี', 'สมชาย', 'กาญจนา'];
const LAST = ['ใจดี', 'รักไทย', 'ทองดี', 'ศรีสุข', 'บุญเรือง', 'แก้วมณี', 'พรหมมา', 'สายทอง'];

/** A valid national ID of the index (unique per index, starting 3 for a Thai adult). */
export function rowNationalId(index: number, seed = 0): string {
  const first = `3${String(40_000_000_000 + seed * 1_000_000 + index).padStart(11, '0')}`;
  return `${first}${nationalIdCheckDigit(first)}`;
}

/** dd/mm/พ.ศ., a different day for every index (from 1 January 2500 on). */
function birthDate(index: number, era: 'be' | 'ce'): { text: string; iso: string } {
  const day = new Date(Date.UTC(1957, 0, 1) + index * 86_400_000);
  const year = day.getUTCFullYear();
  const dd = String(day.getUTCDate()).padStart(2, '0');
  const mm = String(day.getUTCMonth() + 1).padStart(2, '0');
  return {
    text: `${dd}/${mm}/${era === 'be' ? year + 543 : year}`,
    iso: `${year}-${mm}-${dd}`,
  };
}

export interface ImportSheetOptions {
  rows: number;
  /** One bad row in every this many (20: 5%); 0 for none. */
  badEvery?: number;
  /** Moves the IDs, so two files hold different people. */
  seed?: number;
  /** Every this many good rows has no phone (a warning); 0 for none. */
  noPhoneEvery?: number;
  /** Every this many good rows names a subdistrict that does not exist (a warning). */
  badAddressEvery?: number;
}

export function importSheet(options: ImportSheetOptions): ImportSheet {
  const { badEvery = 20, seed = 0, noPhoneEvery = 0, badAddressEvery = 0 } = options;
  const rows: string[][] = [];
  const expected: ExpectedRow[] = [];
  let bad = 0;
  for (let index = 0; index < options.rows; index += 1) {
    const rowNumber = index + 2;
    const female = index % 2 === 0;
    const birth = birthDate(index, 'be');
    const inBangkok = index % 3 === 0;
    const row = [
      female ? 'นางสาว' : 'นาย',
      FIRST[index % FIRST.length]!,
      `${LAST[index % LAST.length]!}${seed ? `-${seed}` : ''}`,
      rowNationalId(index, seed),
      birth.text,
      female ? 'หญิง' : 'ชาย',
      `08${String(10_000_000 + index).slice(-8)}`,
      `${(index % 200) + 1} หมู่ ${(index % 9) + 1}`,
      inBangkok ? 'พระบรมมหาราชวัง' : 'ในเมือง',
      inBangkok ? 'เขตพระนคร' : 'เมืองขอนแก่น',
      inBangkok ? 'กรุงเทพมหานคร' : 'ขอนแก่น',
      inBangkok ? '10200' : '40000',
      index % 4 === 0 ? 'สตรี, ผู้ด้อยโอกาส' : 'ผู้สูงอายุ',
      index % 5 === 0 ? 'พส.' : 'กรมกิจการผู้สูงอายุ (ผส.)',
      'สร้างโอกาส สร้างงาน และสร้างรายได้',
      String(3000 + (index % 50) * 100),
      String((index % 6) + 1),
    ];
    const problems: ExpectedRow['problems'] = [];
    let kind: RowKind = 'ok';
    if (badEvery > 0 && index % badEvery === badEvery - 1) {
      const badKind = BAD_ROW_KINDS[bad % BAD_ROW_KINDS.length]!;
      bad += 1;
      kind = 'error';
      switch (badKind) {
        case 'id_checksum': {
          const id = row[3]!;
          row[3] = `${id.slice(0, 12)}${(Number(id[12]) + 1) % 10}`;
          problems.push(['nationalId', 'national_id_checksum']);
          break;
        }
        case 'date_invalid':
          row[4] = `31/02/${2500 + (index % 40)}`;
          problems.push(['birthDate', 'date_invalid']);
          break;
        case 'department_unknown':
          row[13] = 'กรมที่ไม่มีอยู่';
          problems.push(['department', 'department_unknown']);
          break;
        case 'phone_invalid':
          row[6] = '12345';
          problems.push(['phone', 'phone_invalid']);
          break;
        case 'ce_year':
          row[4] = birthDate(index, 'ce').text;
          problems.push(['birthDate', 'date_invalid']);
          break;
        case 'duplicate_in_file': {
          // The row before, again (same ID, name and birth date).
          const earlier = rows[index - 1]!;
          row.splice(0, row.length, ...earlier);
          kind = 'duplicate';
          problems.push(...expected[index - 1]!.problems, [null, 'duplicate_in_file']);
          break;
        }
        case 'first_name_missing':
          row[1] = '';
          problems.push(['firstName', 'required']);
          break;
      }
    } else {
      if (noPhoneEvery > 0 && index % noPhoneEvery === 0) {
        row[6] = '';
        kind = 'warning';
        problems.push(['phone', 'phone_missing']);
      }
      if (badAddressEvery > 0 && index % badAddressEvery === 1) {
        row[8] = 'ตำบลที่ไม่มีจริง';
        kind = 'warning';
        problems.push(['subdistrict', 'address_not_matched']);
      }
    }
    rows.push(row);
    expected.push({ rowNumber, kind, problems });
  }
  return { headers: [...IMPORT_HEADERS], rows, expected };
}

/** CSV as Excel writes "CSV UTF-8": a BOM, CRLF line ends. */
export function importCsv(sheet: Pick<ImportSheet, 'headers' | 'rows'>, bom = true): Buffer {
  const text = Papa.unparse([sheet.headers, ...sheet.rows], { newline: '\r\n' });
  return Buffer.from(`${bom ? '\uFEFF' : ''}${text}\r\n`, 'utf8');
}

/** XLSX with every cell as text (as most office registers keep IDs and phones). */
export async function importXlsx(sheet: Pick<ImportSheet, 'headers' | 'rows'>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const worksheet = workbook.addWorksheet('ทะเบียน');
  worksheet.addRow(sheet.headers);
  for (const row of sheet.rows) worksheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Reads a spreadsheet back (the error report), as rows of text. */
export async function readXlsxRows(bytes: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as never);
  const rows: string[][] = [];
  workbook.worksheets[0]!.eachRow((row) => {
    const values = row.values as unknown[];
    rows.push(
      values.slice(1).map((value) => (value === null || value === undefined ? '' : String(value))),
    );
  });
  return rows;
}

/**
 * What a person sends back after fixing the error report of `importSheet(options)`: the rows that
 * had errors, corrected (as they were before being spoiled), under the original headers plus the
 * report's "ปัญหา" column (left as it was: it is not mapped). Importing it adds exactly those rows.
 */
export function fixedErrorRows(options: ImportSheetOptions): ImportSheet {
  const spoiled = importSheet(options);
  const clean = importSheet({ ...options, badEvery: 0 });
  const errors = spoiled.expected.filter((row) => row.kind === 'error');
  return {
    headers: [...spoiled.headers, 'ปัญหา'],
    rows: errors.map((row) => [...clean.rows[row.rowNumber - 2]!, 'แก้แล้ว']),
    expected: errors.map((row, index) => ({
      rowNumber: index + 2,
      kind: clean.expected[row.rowNumber - 2]!.kind,
      problems: clean.expected[row.rowNumber - 2]!.problems,
    })),
  };
}
