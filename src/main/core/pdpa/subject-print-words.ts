import type { NameTitle, OtherIdDocument, ReferralSource, Sex } from '../../../shared/domain/cases';
import { CODE_LABELS } from '../../../shared/domain/reports';

/**
 * Thai words for the stored codes and flags of the subject export's readable PDF (the JSON keeps
 * the codes): the person reads "หญิง", "รับเรื่อง", "สค.", not "female", "intake", "dwf". Spelled
 * as the `cases` catalogue spells them (main cannot read the renderer's catalogues); the report
 * files' words (`CODE_LABELS`) are reused where they exist.
 */
const TITLES: Record<NameTitle, string> = {
  mr: 'นาย',
  mrs: 'นาง',
  miss: 'นางสาว',
  master: 'เด็กชาย',
  girl: 'เด็กหญิง',
  other: 'อื่น ๆ',
};
const SEXES: Record<Sex, string> = { male: 'ชาย', female: 'หญิง', other: 'อื่น ๆ' };
const OTHER_ID_DOCUMENTS: Record<OtherIdDocument, string> = {
  passport: 'หนังสือเดินทาง',
  pink_card: 'บัตรชมพู (บัตรประจำตัวคนซึ่งไม่มีสัญชาติไทย)',
  alien_id: 'ใบสำคัญประจำตัวคนต่างด้าว',
  birth_certificate: 'สูติบัตร',
  other: 'เอกสารอื่น',
};
const REFERRAL_SOURCES: Record<ReferralSource, string> = {
  walk_in: 'มาติดต่อเอง',
  department: 'กรมในสังกัด พม.',
  local_office: 'สำนักงาน พม. จังหวัดหรือหน่วยงานท้องถิ่น',
  community_leader: 'ผู้นำชุมชน อสม. หรือ อพม.',
  lazada: 'Lazada',
  other_agency: 'หน่วยงานอื่น',
  other: 'อื่น ๆ',
};

/** Per stored field, the words for its codes (a code not listed prints as stored). */
const CODE_WORDS: Record<string, Record<string, string>> = {
  title: TITLES,
  sex: SEXES,
  other_id_document: OTHER_ID_DOCUMENTS,
  referral_source: REFERRAL_SOURCES,
  department: CODE_LABELS.department.th,
  flagship_project: CODE_LABELS.flagshipProject.th,
  target_groups: CODE_LABELS.targetGroup.th,
};
/** The case's `status` only: referrals and documents have statuses of their own. */
const CASE_STATUS_WORDS: Record<string, string> = CODE_LABELS.caseStatus.th;

/** Stored 0/1 flags: printed as ใช่ / ไม่ใช่. */
const FLAGS = new Set([
  'has_thai_id',
  'current_same_as_register',
  'welfare_card',
  'disability_card',
  'has_smartphone',
  'has_internet',
  'has_bank_account',
  'has_product_photos',
  'has_online_shop',
]);

/** Labels for the fields the first list of the print model left under their stored names. */
export const MORE_LABELS: Record<string, string> = {
  title_other: 'คำนำหน้า (อื่น ๆ)',
  has_thai_id: 'มีเลขประจำตัวประชาชนไทย',
  other_id_document: 'ประเภทเอกสารอื่น',
  registered_subdistrict_id: 'ตำบล/แขวงตามทะเบียนบ้าน (รหัส)',
  current_subdistrict_id: 'ตำบล/แขวงที่อยู่ปัจจุบัน (รหัส)',
  current_same_as_register: 'ที่อยู่ปัจจุบันตรงกับทะเบียนบ้าน',
  province_id: 'จังหวัด (รหัส)',
  created_by: 'สร้างโดย',
  updated_by: 'แก้ไขโดย',
  beneficiary_id: 'รหัสบุคคล',
  status_changed_at: 'เปลี่ยนสถานะเมื่อ',
  referral_source: 'ช่องทางที่รู้จักโครงการ',
  referral_source_detail: 'รายละเอียดช่องทาง',
  welfare_card: 'มีบัตรสวัสดิการแห่งรัฐ',
  disability_card: 'มีบัตรประจำตัวคนพิการ',
  caregiver_relation: 'ความเกี่ยวข้องของผู้ดูแล',
  has_smartphone: 'มีสมาร์ตโฟน',
  has_internet: 'มีอินเทอร์เน็ต',
  has_bank_account: 'มีบัญชีธนาคาร',
  has_product_photos: 'มีรูปสินค้า',
  has_online_shop: 'มีร้านค้าออนไลน์',
  lazada_seller_id: 'รหัสผู้ขาย Lazada',
};

/**
 * The words for a stored value, or undefined to print it as it is. `inCase` marks a row of the
 * cases section (whose `status` is a case status).
 */
export function storedValueWords(key: string, value: unknown, inCase: boolean): string | undefined {
  if (FLAGS.has(key) && (value === 0 || value === 1 || typeof value === 'boolean'))
    return value ? 'ใช่' : 'ไม่ใช่';
  if (key === 'status' && inCase && typeof value === 'string') return CASE_STATUS_WORDS[value];
  const words = CODE_WORDS[key];
  if (!words) return undefined;
  if (typeof value === 'string') return words[value];
  if (Array.isArray(value) && value.every((code) => typeof code === 'string'))
    return value.map((code: string) => words[code] ?? code).join(', ');
  return undefined;
}
