import { describe, expect, it } from 'vitest';
import type { SubjectData } from '../../src/main/core/pdpa/subject-data';
import { subjectPrintView } from '../../src/main/core/pdpa/subject-print-model';

// The readable PDF of a subject export is for the person, in Thai: the e2e walk's pdftotext
// showed stored codes and column names ("เพศ female", "สถานะ intake", "หน่วยงาน dwf",
// "has_smartphone 1", "created_by"). Here the view main composes for that PDF, without printing.
const DATA: SubjectData = {
  format: 'kaona.pdpa-subject-export',
  version: 1,
  exportedAt: '2026-12-02T07:00:00.000Z',
  staff: { '2': 'นางสาวพิมพ์ใจ ตั้งมั่น' },
  person: {
    id: 1,
    title: 'miss',
    title_other: '',
    first_name: 'บุษบา',
    last_name: 'ศรีวงศ์',
    sex: 'female',
    has_thai_id: 1,
    current_same_as_register: 1,
    created_by: 2,
    created_at: '2026-12-02T07:00:00.000Z',
  },
  cases: [
    {
      id: 1,
      case_number: '2569-000001',
      beneficiary_id: 1,
      status: 'intake',
      status_changed_at: '2026-12-02T07:00:00.000Z',
      department: 'dwf',
      flagship_project: 'jobs_and_income',
      referral_source: 'walk_in',
      welfare_card: 1,
      has_smartphone: 1,
      has_online_shop: 0,
      target_groups: ['women', 'underprivileged'],
    },
  ],
  consents: [],
  fieldChanges: [],
  timeline: [],
  mentoring: {},
  referrals: [],
  documents: [],
  attachments: [],
  requests: [],
  accessLog: [],
};

function fields(section: string): Record<string, string> {
  const view = subjectPrintView(DATA, 'นางสาวบุษบา ศรีวงศ์');
  const records = view.sections.find((s) => s.heading.startsWith(section))!.records;
  return Object.fromEntries(records[0]!.map(({ label, value }) => [label, value]));
}

describe('the subject export PDF speaks Thai', () => {
  it('prints the person: title and sex in words, yes/no for flags, who created it', () => {
    const person = fields('ข้อมูลบุคคล');
    expect(person['คำนำหน้า']).toBe('นางสาว');
    expect(person['เพศ']).toBe('หญิง');
    expect(person['มีเลขประจำตัวประชาชนไทย']).toBe('ใช่');
    expect(person['ที่อยู่ปัจจุบันตรงกับทะเบียนบ้าน']).toBe('ใช่');
    expect(person['สร้างโดย']).toBe('นางสาวพิมพ์ใจ ตั้งมั่น');
  });

  it('prints the case: status, department, project, source and groups in words', () => {
    const found = fields('กรณี');
    expect(found['สถานะ']).toBe('รับเรื่อง');
    expect(found['หน่วยงาน']).toBe('สค.');
    expect(found['โครงการ']).toBe('สร้างโอกาส สร้างงาน และสร้างรายได้');
    expect(found['ช่องทางที่รู้จักโครงการ']).toBe('มาติดต่อเอง');
    expect(found['กลุ่มเป้าหมาย']).toBe('สตรี, ผู้ด้อยโอกาส');
    expect(found['มีบัตรสวัสดิการแห่งรัฐ']).toBe('ใช่');
    expect(found['มีสมาร์ตโฟน']).toBe('ใช่');
    expect(found['มีร้านค้าออนไลน์']).toBe('ไม่ใช่');
  });

  it('leaves no stored column name as a label in these two sections', () => {
    for (const section of ['ข้อมูลบุคคล', 'กรณี']) {
      for (const label of Object.keys(fields(section))) expect(label).not.toMatch(/^[a-z_]+$/);
    }
  });
});
