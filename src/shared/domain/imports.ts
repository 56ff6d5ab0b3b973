import { z } from 'zod';
import { safeText } from '../text/safe-text';
import type { Department, FlagshipProject, NameTitle, TargetGroup } from './cases/codes';

/**
 * Import from a spreadsheet (issue 11): the fields a column can fill, the mapping the person
 * makes, and the per-row report of the dry run. Rows are validated with the intake form's own
 * schemas (`shared/domain/cases/intake.ts`); this file only says how a cell becomes a form value.
 */

/** The biggest file the renderer may send (base64 in one IPC message, kept in main's memory). */
export const IMPORT_FILE_MAX_BYTES = 20 * 1024 * 1024;
/** More rows than this is not an office spreadsheet: split the file. */
export const IMPORT_MAX_ROWS = 50_000;

export const IMPORT_FIELDS = [
  'title',
  'firstName',
  'lastName',
  'nickname',
  'nationalId',
  'otherIdDocument',
  'otherIdNumber',
  'birthDate',
  'sex',
  'phone',
  'lineId',
  'addressLine',
  'subdistrict',
  'district',
  'province',
  'postcode',
  'targetGroups',
  'department',
  'flagshipProject',
  'monthlyIncome',
  'householdSize',
  'intakeDate',
  'programmeConsent',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Without these a row cannot become a person and a case. */
export const REQUIRED_IMPORT_FIELDS: readonly ImportField[] = [
  'firstName',
  'lastName',
  'birthDate',
  'targetGroups',
  'department',
  'flagshipProject',
];

export const DATE_ERAS = ['be', 'ce'] as const;
export type DateEra = (typeof DATE_ERAS)[number];
/** Day-month-year (Thai habit), year-month-day (ISO), month-day-year (US Excel). */
export const DATE_ORDERS = ['dmy', 'ymd', 'mdy'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

/**
 * Where the programme consent of imported people comes from (PDPA s.19: the case file needs it).
 * - `column`: a mapped column says yes for each row; a row without a yes is an error;
 * - `paper_declaration`: the importer declares that signed paper consent forms exist for every
 *   row and are kept at the office; recorded per person with notice version `import`.
 */
export const CONSENT_BASES = ['column', 'paper_declaration'] as const;
export type ConsentBasis = (typeof CONSENT_BASES)[number];

/** The notice version written on consents that came from an import (not a notice shown on screen). */
export const IMPORT_NOTICE_VERSION = 'import';

/** Column index (0-based) per field; a field left out is not in the file. */
export const columnMappingSchema = z
  // Optional values: the form holds a field taken off its column as undefined (JSON drops it).
  .partialRecord(z.enum(IMPORT_FIELDS), z.number().int().min(0).max(499).optional())
  .refine(
    (mapping) => REQUIRED_IMPORT_FIELDS.every((field) => mapping[field] !== undefined),
    'mapping_incomplete',
  );
export type ColumnMapping = Partial<Record<ImportField, number>>;

export const importSettingsSchema = z.strictObject({
  mapping: columnMappingSchema,
  dateEra: z.enum(DATE_ERAS),
  dateOrder: z.enum(DATE_ORDERS),
  consentBasis: z.enum(CONSENT_BASES),
});
export type ImportSettings = z.output<typeof importSettingsSchema>;

export const importUploadSchema = z.strictObject({
  fileName: safeText().trim().min(1).max(255),
  /** The file's bytes, base64 (the renderer reads the file the person picked). */
  contentBase64: z
    .string()
    .max(Math.ceil((IMPORT_FILE_MAX_BYTES * 4) / 3) + 4, 'import_file_too_large')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'import_file_unreadable'),
});

export const importIdSchema = z.strictObject({ importId: z.string().uuid() });

export const importCheckSchema = z.strictObject({
  importId: z.string().uuid(),
  settings: importSettingsSchema,
});

export const ROW_KINDS = ['ok', 'warning', 'error', 'duplicate'] as const;
export type RowKind = (typeof ROW_KINDS)[number];

export const importReportPageSchema = z.strictObject({
  importId: z.string().uuid(),
  kind: z.enum(ROW_KINDS).nullable(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(200).default(50),
});

export const importApplySchema = z.strictObject({
  importId: z.string().uuid(),
  /** The importer ticked the declaration (required when the basis is `paper_declaration`). */
  consentDeclared: z.boolean(),
});

export const importErrorReportSchema = z.strictObject({
  importId: z.string().uuid(),
  format: z.enum(['xlsx', 'csv']),
});

export const MAPPING_NAME_MAX = 80;
export const importMappingSaveSchema = z.strictObject({
  name: safeText().trim().min(1, 'required').max(MAPPING_NAME_MAX, 'too_long'),
  settings: importSettingsSchema,
});

/**
 * What can be wrong with a row, each translated in the `imports` namespace under `problems.*`
 * and written in Thai into the error report's "ปัญหา" column.
 */
export const ROW_PROBLEMS = [
  'required',
  'too_long',
  'text_control_characters',
  'national_id_characters',
  'national_id_length',
  'national_id_checksum',
  'id_document_missing',
  'other_id_document_unknown',
  'date_invalid',
  'birth_date_in_future',
  'birth_date_too_old',
  'intake_date_in_future',
  'title_unknown',
  'sex_unknown',
  'phone_invalid',
  'phone_missing',
  'target_group_unknown',
  'department_unknown',
  'flagship_project_unknown',
  'number_invalid',
  'household_size_missing',
  'income_missing',
  'address_not_matched',
  'postcode_not_in_subdistrict',
  'consent_missing',
  'duplicate_existing',
  'duplicate_in_file',
  'invalid',
] as const;
export type RowProblemCode = (typeof ROW_PROBLEMS)[number];

export interface RowProblem {
  field: ImportField | null;
  code: RowProblemCode;
  severity: 'warning' | 'error';
}

/** One data row of the file, as the report shows it (no personal data beyond what the file had). */
export interface ReportRow {
  /** 1-based row number in the sheet as Excel shows it (the header is row 1). */
  rowNumber: number;
  kind: RowKind;
  /** The cells mapped to names, for the person to recognise the row on screen. */
  label: string;
  problems: RowProblem[];
  /** For `duplicate`: the existing person's id, or the earlier row of the file. */
  duplicateOf: { beneficiaryId: number } | { rowNumber: number } | null;
}

export type RowCounts = Record<RowKind, number>;

/** The header and a few rows of the file, to map columns. */
export interface ImportOpened {
  importId: string;
  fileName: string;
  sheetName: string | null;
  headers: string[];
  sampleRows: string[][];
  rowCount: number;
  /** The field each column suggests from its header (Thai or English), by column. */
  suggested: ColumnMapping;
}

export interface ImportChecked {
  importId: string;
  total: number;
  counts: RowCounts;
}

export interface ImportReportPage {
  total: number;
  rows: ReportRow[];
}

export interface ImportApplied {
  batchId: number;
  imported: number;
  /** Rows not written: errors and duplicates found when the rows were checked again. */
  skipped: number;
  /** How long the one write transaction held the database (ms; ADR 0031 and the bench). */
  writeMs: number;
}

export interface SavedMapping {
  id: number;
  name: string;
  settings: ImportSettings;
  updatedAt: string;
}

export type ImportOutcome = { done: false } | { done: true; fileName: string };

// ── Words a spreadsheet uses for the codes ─────────────────────────────────────────────────

/** Header names (lower case, spaces removed) that suggest a field. */
export const HEADER_HINTS: Readonly<Record<ImportField, readonly string[]>> = {
  title: ['คำนำหน้า', 'คำนำหน้าชื่อ', 'title', 'prefix'],
  firstName: ['ชื่อ', 'ชื่อจริง', 'firstname', 'first_name', 'name'],
  lastName: ['นามสกุล', 'สกุล', 'lastname', 'last_name', 'surname'],
  nickname: ['ชื่อเล่น', 'nickname'],
  nationalId: [
    'เลขประจำตัวประชาชน',
    'เลขบัตรประชาชน',
    'เลขบัตร',
    'บัตรประชาชน',
    'nationalid',
    'national_id',
    'idcard',
    'citizenid',
  ],
  otherIdDocument: ['เอกสารอื่น', 'ประเภทเอกสาร', 'documenttype', 'otheriddocument'],
  otherIdNumber: ['เลขเอกสาร', 'เลขที่เอกสาร', 'documentnumber', 'otheridnumber', 'passport'],
  birthDate: ['วันเกิด', 'วันเดือนปีเกิด', 'birthdate', 'dateofbirth', 'dob', 'birth_date'],
  sex: ['เพศ', 'sex', 'gender'],
  phone: ['โทรศัพท์', 'เบอร์โทร', 'เบอร์โทรศัพท์', 'มือถือ', 'phone', 'mobile', 'tel'],
  lineId: ['ไลน์', 'line', 'lineid', 'line_id'],
  addressLine: ['ที่อยู่', 'บ้านเลขที่', 'address', 'addressline', 'address_line'],
  subdistrict: ['ตำบล', 'แขวง', 'ตำบล/แขวง', 'subdistrict', 'tambon'],
  district: ['อำเภอ', 'เขต', 'อำเภอ/เขต', 'district', 'amphoe'],
  province: ['จังหวัด', 'province'],
  postcode: ['รหัสไปรษณีย์', 'ไปรษณีย์', 'postcode', 'zipcode', 'zip'],
  targetGroups: ['กลุ่มเป้าหมาย', 'กลุ่ม', 'targetgroup', 'targetgroups', 'target_groups'],
  department: ['กรม', 'หน่วยงาน', 'department'],
  flagshipProject: ['โครงการ', 'โครงการเรือธง', 'flagshipproject', 'project'],
  monthlyIncome: ['รายได้', 'รายได้ต่อเดือน', 'income', 'monthlyincome'],
  householdSize: ['จำนวนสมาชิก', 'สมาชิกในครัวเรือน', 'householdsize', 'household'],
  intakeDate: ['วันที่รับเรื่อง', 'วันรับเรื่อง', 'วันที่ลงทะเบียน', 'intakedate', 'registered'],
  programmeConsent: ['ความยินยอม', 'ยินยอม', 'consent', 'programmeconsent'],
};

export const TITLE_WORDS: Readonly<Record<string, Exclude<NameTitle, 'other'>>> = {
  นาย: 'mr',
  นาง: 'mrs',
  นางสาว: 'miss',
  'น.ส.': 'miss',
  เด็กชาย: 'master',
  'ด.ช.': 'master',
  เด็กหญิง: 'girl',
  'ด.ญ.': 'girl',
  mr: 'mr',
  'mr.': 'mr',
  mrs: 'mrs',
  'mrs.': 'mrs',
  miss: 'miss',
  ms: 'miss',
  'ms.': 'miss',
  master: 'master',
};

export const TARGET_GROUP_WORDS: Readonly<Record<string, TargetGroup>> = {
  เด็กและเยาวชน: 'children_youth',
  เด็ก: 'children_youth',
  เยาวชน: 'children_youth',
  สตรี: 'women',
  ผู้หญิง: 'women',
  ผู้สูงอายุ: 'older_persons',
  คนพิการ: 'persons_with_disabilities',
  ผู้พิการ: 'persons_with_disabilities',
  ผู้ด้อยโอกาส: 'underprivileged',
};

export const DEPARTMENT_WORDS: Readonly<Record<string, Department>> = {
  'ดย.': 'dcy',
  ดย: 'dcy',
  กรมกิจการเด็กและเยาวชน: 'dcy',
  'ผส.': 'dop',
  ผส: 'dop',
  กรมกิจการผู้สูงอายุ: 'dop',
  'สค.': 'dwf',
  สค: 'dwf',
  กรมกิจการสตรีและสถาบันครอบครัว: 'dwf',
  'พส.': 'dsdw',
  พส: 'dsdw',
  กรมพัฒนาสังคมและสวัสดิการ: 'dsdw',
  'พก.': 'dep',
  พก: 'dep',
  กรมส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ: 'dep',
};

export const FLAGSHIP_PROJECT_WORDS: Readonly<Record<string, FlagshipProject>> = {
  ยกระดับพัฒนาคุณภาพชีวิตกลุ่มเปราะบาง: 'quality_of_life',
  เสริมสร้างความมั่นคงด้านที่อยู่อาศัย: 'housing_security',
  'สร้างโอกาส สร้างงาน และสร้างรายได้': 'jobs_and_income',
  สร้างโอกาสสร้างงานและสร้างรายได้: 'jobs_and_income',
  สังคมไทยไร้ความรุนแรง: 'society_without_violence',
  สานพลังเครือข่ายเพื่อเป็นหุ้นส่วน: 'network_partnership',
  ยกระดับการคุ้มครองทางสังคม: 'social_protection',
  'พม. NEXT': 'msdhs_next',
  'พม.next': 'msdhs_next',
};

/** Cell words for yes and no (consent column). */
export const YES_WORDS = ['ใช่', 'ยินยอม', 'ให้ความยินยอม', 'มี', 'y', 'yes', 'true', '1', '✓'];
