import type { ImportField, RowProblem, RowProblemCode } from '../../../shared/domain/imports';

/**
 * The error report's "ปัญหา" column is always Thai, whatever the screen's language: the file goes
 * back to the office's staff to be fixed, in the language of the spreadsheet they keep. The
 * screen translates the same codes from the `imports` catalogues (`problems.*`, `fields.*`).
 */
export const FIELD_TH: Readonly<Record<ImportField, string>> = {
  title: 'คำนำหน้า',
  firstName: 'ชื่อ',
  lastName: 'นามสกุล',
  nickname: 'ชื่อเล่น',
  nationalId: 'เลขประจำตัวประชาชน',
  otherIdDocument: 'เอกสารอื่น',
  otherIdNumber: 'เลขที่เอกสาร',
  birthDate: 'วันเกิด',
  sex: 'เพศ',
  phone: 'โทรศัพท์',
  lineId: 'LINE',
  addressLine: 'ที่อยู่',
  subdistrict: 'ตำบล/แขวง',
  district: 'อำเภอ/เขต',
  province: 'จังหวัด',
  postcode: 'รหัสไปรษณีย์',
  targetGroups: 'กลุ่มเป้าหมาย',
  department: 'กรม',
  flagshipProject: 'โครงการเรือธง',
  monthlyIncome: 'รายได้ต่อเดือน',
  householdSize: 'จำนวนสมาชิกในครัวเรือน',
  intakeDate: 'วันที่รับเรื่อง',
  programmeConsent: 'ความยินยอม',
};

export const PROBLEM_TH: Readonly<Record<RowProblemCode, string>> = {
  required: 'ต้องกรอก',
  too_long: 'ยาวเกินไป',
  text_control_characters: 'มีอักขระที่ใช้ไม่ได้',
  national_id_characters: 'มีอักขระที่ไม่ใช่ตัวเลข',
  national_id_length: 'ต้องมี 13 หลัก',
  national_id_checksum: 'เลขตรวจสอบไม่ถูกต้อง',
  id_document_missing: 'ไม่มีเลขประจำตัวประชาชนหรือเอกสารอื่น',
  other_id_document_unknown: 'ไม่รู้จักประเภทเอกสาร',
  date_invalid: 'วันที่ไม่ถูกต้อง หรือไม่ตรงกับรูปแบบและปี (พ.ศ./ค.ศ.) ที่เลือก',
  birth_date_in_future: 'วันเกิดอยู่ในอนาคต',
  birth_date_too_old: 'วันเกิดเก่าเกินไป (อาจกรอก ค.ศ. เป็น พ.ศ.)',
  intake_date_in_future: 'วันที่รับเรื่องอยู่ในอนาคต',
  title_unknown: 'ไม่รู้จักคำนำหน้า',
  sex_unknown: 'ไม่รู้จักเพศ (ใช้ ชาย หญิง หรือ อื่น ๆ)',
  phone_invalid: 'ไม่ใช่หมายเลขโทรศัพท์ไทยที่ถูกต้อง',
  phone_missing: 'ไม่มีหมายเลขโทรศัพท์',
  target_group_unknown: 'ไม่รู้จักกลุ่มเป้าหมาย',
  department_unknown: 'ไม่รู้จักกรม',
  flagship_project_unknown: 'ไม่รู้จักโครงการเรือธง',
  number_invalid: 'ไม่ใช่ตัวเลข',
  household_size_missing: 'ไม่มีจำนวนสมาชิก (บันทึกเป็น 1)',
  income_missing: 'ไม่มีรายได้ (บันทึกเป็น 0)',
  address_not_matched: 'ไม่พบตำบล อำเภอ จังหวัดนี้ในข้อมูลอ้างอิง (ที่อยู่เว้นว่างไว้)',
  postcode_not_in_subdistrict: 'รหัสไปรษณีย์ไม่ตรงกับตำบล (ที่อยู่เว้นว่างไว้)',
  consent_missing: 'ไม่มีความยินยอมเข้าร่วมโครงการ',
  duplicate_existing: 'มีบุคคลนี้ในระบบแล้ว',
  duplicate_in_file: 'ซ้ำกับแถวก่อนหน้าในไฟล์',
  invalid: 'ข้อมูลไม่ถูกต้อง',
};

export function problemTextTh(problems: readonly RowProblem[]): string {
  return problems
    .map((problem) =>
      problem.field
        ? `${FIELD_TH[problem.field]}: ${PROBLEM_TH[problem.code]}`
        : PROBLEM_TH[problem.code],
    )
    .join('; ');
}
