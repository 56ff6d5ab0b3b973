import { z } from 'zod';
import { safeText } from '../text/safe-text';
import {
  DEPARTMENTS,
  type Department,
  type FlagshipProject,
  type TargetGroup,
} from './cases/codes';
import type { CaseStatus } from './cases/status';
import type { DocumentKind, DocumentStatus, ReferralStatus } from './documents/codes';

/**
 * The standard reports (issue 11, ADR 0030). Two name people (`PERSONAL_REPORTS`): they need
 * `reports.exportPersonal` and a typed reason, hold only people whose `programme` consent is in
 * force, and are audited when previewed as well as when exported. The others are counts.
 */
export const REPORT_KINDS = [
  'beneficiary_register',
  'mentoring_activity',
  'cohort_outcomes',
  'referrals_by_status',
  'document_register',
] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const PERSONAL_REPORTS: readonly ReportKind[] = [
  'beneficiary_register',
  'document_register',
];

export function isPersonalReport(report: ReportKind): boolean {
  return PERSONAL_REPORTS.includes(report);
}

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * The language of a file's headers and code labels: the UI language of the person who asks, so a
 * Thai screen gives a Thai file (the default) and an English screen an English one.
 */
export const REPORT_LANGUAGES = ['th', 'en'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

/** Rows a preview shows: enough to see what the file will hold. */
export const PREVIEW_ROWS = 50;

/** A reason short enough to be a word ("ตรวจ") says nothing an auditor can follow up. */
export const EXPORT_REASON_MIN = 10;
export const EXPORT_REASON_MAX = 300;

export const reportFiltersSchema = z.strictObject({
  /** ปีงบประมาณ (พ.ศ.), 1 October – 30 September. */
  fiscalYear: z.number().int().min(2500).max(2700),
  provinceId: z.number().int().positive().nullable(),
  department: z.enum(DEPARTMENTS).nullable(),
});
export type ReportFilters = z.infer<typeof reportFiltersSchema>;

export const reportPreviewSchema = z.strictObject({
  report: z.enum(REPORT_KINDS),
  filters: reportFiltersSchema,
  language: z.enum(REPORT_LANGUAGES),
});
export type ReportPreviewInput = z.infer<typeof reportPreviewSchema>;

/** The typed reason of a personal export; the form and the core check the same bounds. */
export const exportReasonSchema = safeText()
  .trim()
  .min(EXPORT_REASON_MIN, 'export_reason_required')
  .max(EXPORT_REASON_MAX, 'too_long');

export const reportExportSchema = z.strictObject({
  report: z.enum(REPORT_KINDS),
  filters: reportFiltersSchema,
  language: z.enum(REPORT_LANGUAGES),
  format: z.enum(EXPORT_FORMATS),
  /** Required (and checked by the core) for personal reports; ignored for the others. */
  reason: safeText().max(EXPORT_REASON_MAX, 'too_long').optional(),
});
export type ReportExportInput = z.infer<typeof reportExportSchema>;

/** A cell: text, a number, or empty. Dates are พ.ศ. text (ADR 0030). */
export type ReportCell = string | number | null;

export interface ReportColumnHeader {
  key: string;
  header: string;
  /** Numbers are right-aligned on screen and written as numbers in XLSX. */
  numeric: boolean;
}

export interface ReportPreview {
  report: ReportKind;
  personal: boolean;
  columns: ReportColumnHeader[];
  rows: ReportCell[][];
  /** Rows the whole report (the file) holds. */
  total: number;
  /** People left out because their `programme` consent is not in force; null for counts. */
  excluded: number | null;
}

export type ExportOutcome =
  { done: false } | { done: true; fileName: string; rows: number; excluded: number | null };

type Bilingual = Readonly<Record<ReportLanguage, string>>;

interface ColumnDefinition {
  key: string;
  label: Bilingual;
  numeric?: boolean;
}

const col = (key: string, th: string, en: string, numeric = false): ColumnDefinition => ({
  key,
  label: { th, en },
  numeric,
});

/**
 * The columns of each report. The headers live here, not in the renderer's catalogues, because
 * the worker that writes the file cannot read those; the page shows the same headers (the
 * preview carries them), so screen and file never disagree.
 */
export const REPORT_COLUMNS: Readonly<Record<ReportKind, readonly ColumnDefinition[]>> = {
  beneficiary_register: [
    col('caseNumber', 'เลขที่แฟ้ม', 'Case number'),
    col('name', 'ชื่อ-สกุล', 'Name'),
    col('nationalId', 'เลขประจำตัวประชาชน (ปิดบางส่วน)', 'National ID (masked)'),
    col('targetGroups', 'กลุ่มเป้าหมาย', 'Target groups'),
    col('department', 'กรม', 'Department'),
    col('project', 'โครงการเรือธง', 'Flagship project'),
    col('province', 'จังหวัด', 'Province'),
    col('status', 'สถานะ', 'Status'),
    col('intakeDate', 'วันที่รับเรื่อง', 'Intake date'),
    col('mentor', 'พี่เลี้ยง', 'Mentor'),
  ],
  mentoring_activity: [
    col('mentor', 'พี่เลี้ยง', 'Mentor'),
    col('mentees', 'จำนวนผู้รับคำปรึกษา (คน)', 'Mentees', true),
    col('sessions', 'จำนวนครั้งที่ให้คำปรึกษา', 'Sessions', true),
    col('hours', 'จำนวนชั่วโมง', 'Hours', true),
    col('lastSession', 'ให้คำปรึกษาครั้งล่าสุด', 'Last session'),
  ],
  cohort_outcomes: [
    col('cohort', 'รุ่น (ไตรมาสที่รับเรื่อง)', 'Cohort (intake quarter)'),
    col('intakes', 'รับเรื่อง (คน)', 'Intakes', true),
    col('shopsOpened', 'เปิดร้านค้าแล้ว (คน)', 'Shops opened', true),
    col('firstOrders', 'ได้คำสั่งซื้อแรกแล้ว (คน)', 'First orders', true),
    col(
      'incomeBefore',
      'มัธยฐานรายได้ต่อเดือนก่อนเข้าร่วม (บาท)',
      'Median monthly income before (THB)',
      true,
    ),
    col('incomeAfter', 'มัธยฐานรายได้ต่อเดือนล่าสุด (บาท)', 'Median monthly income latest (THB)', true),
  ],
  referrals_by_status: [
    col('agency', 'หน่วยงานที่รับส่งต่อ', 'Agency'),
    col('draft', 'ร่าง', 'Draft', true),
    col('sent', 'ส่งหนังสือแล้ว', 'Letter sent', true),
    col('accepted', 'ตอบรับแล้ว', 'Accepted', true),
    col('declined', 'ปฏิเสธ', 'Declined', true),
    col('completed', 'ให้บริการแล้ว', 'Service given', true),
    col('cancelled', 'ยกเลิก', 'Cancelled', true),
    col('total', 'รวม', 'Total', true),
  ],
  document_register: [
    col('number', 'เลขที่', 'Number'),
    col('kind', 'ประเภท', 'Kind'),
    col('issuedOn', 'วันที่ออก', 'Issued on'),
    col('status', 'สถานะ', 'Status'),
    col('caseNumber', 'เลขที่แฟ้ม', 'Case number'),
    col('name', 'ชื่อ-สกุล', 'Name'),
  ],
};

export function reportColumns(report: ReportKind, language: ReportLanguage): ReportColumnHeader[] {
  return REPORT_COLUMNS[report].map((column) => ({
    key: column.key,
    header: column.label[language],
    numeric: column.numeric === true,
  }));
}

/** The report's name in a file name and a sheet name, in Thai whatever the UI language. */
export const REPORT_FILE_TITLES: Readonly<Record<ReportKind, Bilingual>> = {
  beneficiary_register: { th: 'ทะเบียนผู้รับบริการ', en: 'Beneficiary register' },
  mentoring_activity: { th: 'การให้คำปรึกษารายพี่เลี้ยง', en: 'Mentoring activity' },
  cohort_outcomes: { th: 'ผลลัพธ์รายรุ่น', en: 'Outcomes by cohort' },
  referrals_by_status: { th: 'การส่งต่อตามสถานะ', en: 'Referrals by status' },
  document_register: { th: 'ทะเบียนเอกสาร', en: 'Document register' },
};

/** `ทะเบียนผู้รับบริการ-ปีงบ2569.xlsx`: Thai, so that a folder of exports reads in Thai. */
export function reportFileName(
  report: ReportKind,
  fiscalYear: number,
  format: ExportFormat,
): string {
  return `${REPORT_FILE_TITLES[report].th}-ปีงบ${fiscalYear}.${format}`;
}

/**
 * The words the files print for stored codes, in both languages (the core writes the file and
 * cannot read the renderer's catalogues); spelled as the `cases`, `referrals` and `documents`
 * catalogues spell them, which a unit test checks.
 */
export const CODE_LABELS = {
  department: {
    th: { dcy: 'ดย.', dop: 'ผส.', dwf: 'สค.', dsdw: 'พส.', dep: 'พก.' },
    en: { dcy: 'DCY', dop: 'DOP', dwf: 'DWF', dsdw: 'DSDW', dep: 'DEP' },
  },
  caseStatus: {
    th: {
      intake: 'รับเรื่อง',
      active: 'ดำเนินการ',
      mentoring: 'อยู่ระหว่างให้คำปรึกษา',
      graduated: 'สำเร็จ',
      referred_out: 'ส่งต่อหน่วยงานอื่น',
      closed: 'ปิดแฟ้ม',
    },
    en: {
      intake: 'Intake',
      active: 'Active',
      mentoring: 'Mentoring',
      graduated: 'Graduated',
      referred_out: 'Referred out',
      closed: 'Closed',
    },
  },
  targetGroup: {
    th: {
      children_youth: 'เด็กและเยาวชน',
      women: 'สตรี',
      older_persons: 'ผู้สูงอายุ',
      persons_with_disabilities: 'คนพิการ',
      underprivileged: 'ผู้ด้อยโอกาส',
    },
    en: {
      children_youth: 'Children and youth',
      women: 'Women',
      older_persons: 'Older persons',
      persons_with_disabilities: 'Persons with disabilities',
      underprivileged: 'Underprivileged',
    },
  },
  flagshipProject: {
    th: {
      quality_of_life: 'ยกระดับพัฒนาคุณภาพชีวิตกลุ่มเปราะบาง',
      housing_security: 'เสริมสร้างความมั่นคงด้านที่อยู่อาศัย',
      jobs_and_income: 'สร้างโอกาส สร้างงาน และสร้างรายได้',
      society_without_violence: 'สังคมไทยไร้ความรุนแรง',
      network_partnership: 'สานพลังเครือข่ายเพื่อเป็นหุ้นส่วน',
      social_protection: 'ยกระดับการคุ้มครองทางสังคม',
      msdhs_next: 'พม. NEXT (Next Gen, Next Level)',
    },
    en: {
      quality_of_life: 'Raising the quality of life of vulnerable groups',
      housing_security: 'Housing security',
      jobs_and_income: 'Creating opportunity, jobs and income',
      society_without_violence: 'A Thai society free of violence',
      network_partnership: 'Network partnership',
      social_protection: 'Raising social protection',
      msdhs_next: 'MSDHS NEXT (Next Gen, Next Level)',
    },
  },
  documentKind: {
    th: { referral_letter: 'หนังสือส่งตัว', certificate: 'เกียรติบัตร' },
    en: { referral_letter: 'Referral letter', certificate: 'Certificate' },
  },
  documentStatus: {
    th: { issued: 'ออกแล้ว', void: 'ยกเลิก' },
    en: { issued: 'Issued', void: 'Void' },
  },
} as const satisfies {
  department: Record<ReportLanguage, Record<Department, string>>;
  caseStatus: Record<ReportLanguage, Record<CaseStatus, string>>;
  targetGroup: Record<ReportLanguage, Record<TargetGroup, string>>;
  flagshipProject: Record<ReportLanguage, Record<FlagshipProject, string>>;
  documentKind: Record<ReportLanguage, Record<DocumentKind, string>>;
  documentStatus: Record<ReportLanguage, Record<DocumentStatus, string>>;
};

/** The referral statuses, in the order of the report's columns. */
export const REFERRAL_STATUS_COLUMNS: readonly ReferralStatus[] = [
  'draft',
  'sent',
  'accepted',
  'declined',
  'completed',
  'cancelled',
];
