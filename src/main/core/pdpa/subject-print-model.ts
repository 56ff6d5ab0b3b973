import type { SubjectPrintView } from '../../../shared/domain/pdpa';
import { bangkokTime } from '../../../shared/thai/bangkok-time';
import { formatBuddhistDate, formatBuddhistInstantDate } from '../../../shared/thai/buddhist-era';
import { isIsoDate } from '../../../shared/thai/iso-date';
import type { SubjectData } from './subject-data';
import { MORE_LABELS, storedValueWords } from './subject-print-words';

/**
 * The readable copy of a subject export, composed here in Thai with พ.ศ. dates (as the letters
 * are): section headings, and for each record its fields with Thai labels where the field is
 * one a person would recognise, otherwise its stored name. Attachment bytes are not printed (the
 * JSON carries them); staff ids are shown as names.
 */
const SECTION_HEADINGS: Record<string, string> = {
  person: 'ข้อมูลบุคคล',
  cases: 'กรณี (การเข้าร่วมโครงการ)',
  consents: 'ความยินยอม',
  fieldChanges: 'ประวัติการแก้ไขข้อมูล',
  timeline: 'เหตุการณ์ของกรณี',
  mentoring: 'การให้คำปรึกษาและผลลัพธ์',
  referrals: 'การส่งต่อ',
  documents: 'เอกสารที่ออกให้',
  attachments: 'ไฟล์แนบ',
  requests: 'คำขอใช้สิทธิ',
  accessLog: 'การเข้าถึงข้อมูล (ผู้ใช้ เวลา การกระทำ)',
};

const LABELS: Record<string, string> = {
  id: 'รหัส',
  title: 'คำนำหน้า',
  first_name: 'ชื่อ',
  last_name: 'นามสกุล',
  nickname: 'ชื่อเล่น',
  latin_name: 'ชื่อภาษาอังกฤษ',
  birth_date: 'วันเกิด',
  sex: 'เพศ',
  national_id: 'เลขประจำตัวประชาชน',
  other_id_number: 'เลขเอกสารอื่น',
  phone: 'โทรศัพท์',
  line_id: 'LINE',
  registered_line: 'ที่อยู่ตามทะเบียนบ้าน',
  current_line: 'ที่อยู่ปัจจุบัน',
  registered_postcode: 'รหัสไปรษณีย์ (ทะเบียนบ้าน)',
  current_postcode: 'รหัสไปรษณีย์ (ปัจจุบัน)',
  case_number: 'เลขที่กรณี',
  status: 'สถานะ',
  status_reason: 'เหตุผลของสถานะ',
  intake_date: 'วันที่รับเข้า',
  department: 'หน่วยงาน',
  flagship_project: 'โครงการ',
  household_size: 'จำนวนสมาชิกครัวเรือน',
  monthly_income_satang: 'รายได้ต่อเดือน (สตางค์)',
  health_notes: 'ข้อมูลสุขภาพ',
  disability_types: 'ประเภทความพิการ',
  caregiver_name: 'ผู้ดูแล',
  occupation: 'อาชีพ',
  skills: 'ทักษะ',
  products: 'สินค้า',
  goals: 'เป้าหมาย',
  notes: 'บันทึก',
  target_groups: 'กลุ่มเป้าหมาย',
  purpose: 'วัตถุประสงค์',
  granted: 'ยินยอม',
  notice_version: 'ฉบับประกาศ',
  given_by: 'ผู้ให้ความยินยอม',
  guardian_name: 'ผู้ปกครอง/ผู้แทน',
  recorded_at: 'บันทึกเมื่อ',
  recorded_by: 'บันทึกโดย',
  field: 'ข้อมูลที่แก้ไข',
  old_value: 'ค่าเดิม',
  new_value: 'ค่าใหม่',
  changed_at: 'แก้ไขเมื่อ',
  changed_by: 'แก้ไขโดย',
  kind: 'ประเภท',
  at: 'เวลา',
  by_user_id: 'ผู้บันทึก',
  held_on: 'วันที่',
  summary: 'สรุป',
  topics: 'หัวข้อ',
  mentor_id: 'พี่เลี้ยง',
  reason: 'เหตุผล',
  requested_service: 'บริการที่ขอ',
  number: 'เลขที่',
  issued_on: 'วันที่ออก',
  file_name: 'ชื่อไฟล์',
  caption: 'คำอธิบาย',
  received_on: 'วันที่ได้รับคำขอ',
  due_on: 'ครบกำหนด',
  action: 'การกระทำ',
  user: 'ผู้ใช้',
  outcome: 'ผล',
  created_at: 'สร้างเมื่อ',
  updated_at: 'แก้ไขล่าสุด',
};

/** Ids that name staff: printed as the staff member's name. */
const STAFF_FIELDS = new Set([
  'created_by',
  'recorded_by',
  'changed_by',
  'by_user_id',
  'mentor_id',
  'issued_by',
  'handled_by',
  'updated_by',
  'added_by',
  'removed_by',
  'started_by',
  'ended_by',
  'voided_by',
]);
/** Internal keys with nothing for a reader (hashes, JSON plumbing, bytes). */
const SKIP = new Set(['content_base64', 'sha256', 'mac', 'revision', 'userId', 'erased_at']);
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function text(value: unknown, key: string, staff: Record<string, string>, inCase: boolean): string {
  if (value === null || value === undefined || value === '') return '-';
  const words = storedValueWords(key, value, inCase);
  if (words !== undefined) return words;
  if (STAFF_FIELDS.has(key) && typeof value === 'number')
    return staff[String(value)] ?? String(value);
  if (typeof value === 'string') {
    if (isIsoDate(value)) return formatBuddhistDate(value, 'th');
    if (TIMESTAMP.test(value))
      return `${formatBuddhistInstantDate(value, 'th')} ${bangkokTime(value)} น.`;
    return value;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function record(row: Record<string, unknown>, staff: Record<string, string>, inCase: boolean) {
  return Object.entries(row)
    .filter(([key, value]) => !SKIP.has(key) && !(Array.isArray(value) && key === 'history'))
    .map(([key, value]) => ({
      label: LABELS[key] ?? MORE_LABELS[key] ?? key,
      value: text(value, key, staff, inCase),
    }));
}

export function subjectPrintView(data: SubjectData, personName: string): SubjectPrintView {
  const rows = (section: string): Record<string, unknown>[] => {
    if (section === 'person') return [data.person];
    if (section === 'mentoring') return Object.values(data.mentoring).flat();
    if (section === 'referrals')
      return data.referrals.flatMap((referral) => [
        referral,
        ...((referral.history as Record<string, unknown>[] | undefined) ?? []),
      ]);
    if (section === 'documents') return data.documents.map(({ content: _content, ...row }) => row);
    return (data as unknown as Record<string, Record<string, unknown>[]>)[section] ?? [];
  };
  return {
    kind: 'pdpa_subject',
    title: 'ข้อมูลส่วนบุคคลที่สำนักงานเก็บรักษา (พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 มาตรา 30)',
    personName,
    preparedOn: `จัดทำเมื่อ ${formatBuddhistInstantDate(data.exportedAt, 'th')}`,
    sections: Object.entries(SECTION_HEADINGS).map(([section, heading]) => ({
      heading,
      records: rows(section).map((row) => record(row, data.staff, section === 'cases')),
    })),
  };
}
