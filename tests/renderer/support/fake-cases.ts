import type {
  CaseFile,
  CaseListRow,
  ConsentHistoryEntry,
  FieldChange,
} from '../../../src/shared/domain/cases';
import type { FakeHandlers } from './fake-kaona';

/** One row of the list; `index` makes each row distinct. */
export function caseRow(index: number, overrides: Partial<CaseListRow> = {}): CaseListRow {
  return {
    caseId: index + 1,
    caseNumber: `KK-2569-${String(index + 1).padStart(5, '0')}`,
    beneficiaryId: index + 1,
    displayName: `นางสาวสมศรี ใจดี ${index + 1}`,
    nickname: 'ศรี',
    status: 'active',
    targetGroups: ['women'],
    department: 'dwf',
    flagshipProject: 'jobs_and_income',
    provinceName: 'ขอนแก่น',
    phone: '081-234-5678',
    idLastDigits: '1231',
    intakeDate: '2026-03-14',
    mentorName: null,
    ...overrides,
  };
}

/** main's search over `total` cases, paged by offset as main pages them. */
export function fakeCaseSearch(total: number, make = caseRow): FakeHandlers['cases.search'] {
  return ({ offset, limit }) => {
    const rows = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) =>
      make(offset + i),
    );
    return { ok: true, value: { rows, total } };
  };
}

export const OTHER_LIST_HANDLERS: FakeHandlers = {
  'cases.mentorOptions': () => ({ ok: true, value: [{ id: 7, fullName: 'บุญมี ลาซาด้า' }] }),
  'addresses.provinces': () => ({
    ok: true,
    value: [{ id: 40, nameTh: 'ขอนแก่น', nameEn: 'Khon Kaen', isBangkok: false }],
  }),
};

const ADDRESS = {
  line: '12 หมู่ 3',
  subdistrictId: 4001,
  postcode: '40000',
  subdistrictName: 'ในเมือง',
  districtName: 'เมืองขอนแก่น',
  provinceId: 40,
  provinceName: 'ขอนแก่น',
  isBangkok: false,
};

export function sampleCaseFile(overrides: Partial<CaseFile> = {}): CaseFile {
  return {
    profile: {
      beneficiaryId: 11,
      title: 'miss',
      titleOther: '',
      displayName: 'นางสาวสมศรี ใจดี',
      firstName: 'สมศรี',
      lastName: 'ใจดี',
      nickname: 'ศรี',
      latinName: '',
      birthDate: '1990-05-01',
      sex: 'female',
      hasThaiId: true,
      nationalIdMasked: 'x-xxxx-xxxxx-12-1',
      otherIdDocument: null,
      otherIdNumber: '',
      phone: '+66812345678',
      lineId: 'somsri',
      registeredAddress: ADDRESS,
      currentSameAsRegistered: true,
      currentAddress: ADDRESS,
      erasedAt: null,
    },
    case: {
      caseId: 5,
      caseNumber: 'KK-2569-00005',
      status: 'active',
      statusReason: '',
      intakeDate: '2026-03-14',
      targetGroups: ['women', 'underprivileged'],
      department: 'dwf',
      flagshipProject: 'jobs_and_income',
      referralSource: 'walk_in',
      referralSourceDetail: '',
      householdSize: 4,
      monthlyIncomeSatang: 850_000,
      welfareCard: true,
      disabilityCard: false,
      hasDisabilityTypes: false,
      hasHealthNotes: true,
      caregiverName: '',
      caregiverRelation: '',
      occupation: 'รับจ้าง',
      skills: 'ทอผ้า',
      products: 'ผ้าไหม',
      hasSmartphone: true,
      hasInternet: true,
      hasBankAccount: true,
      hasProductPhotos: false,
      hasOnlineShop: false,
      lazadaSellerId: '',
      goals: 'เปิดร้านออนไลน์',
      notes: '',
      mentoringNeeds: ['shop_setup', 'product_photography'],
      productCategory: 'fashion',
      languages: ['th'],
      mentorId: null,
      mentorName: null,
      createdByName: 'เกษม สุขใจ',
    },
    consents: [
      {
        purpose: 'programme',
        granted: true,
        since: '2026-03-14T02:05:00.000Z',
        noticeVersion: '2569-2',
        givenBy: 'self',
        guardianName: '',
        recordedByName: 'เกษม สุขใจ',
      },
      {
        purpose: 'share_lazada',
        granted: true,
        since: '2026-03-14T02:05:00.000Z',
        noticeVersion: '2569-2',
        givenBy: 'self',
        guardianName: '',
        recordedByName: 'เกษม สุขใจ',
      },
      {
        purpose: 'photos',
        granted: false,
        since: null,
        noticeVersion: null,
        givenBy: null,
        guardianName: '',
        recordedByName: null,
      },
      {
        purpose: 'referral',
        granted: false,
        since: null,
        noticeVersion: null,
        givenBy: null,
        guardianName: '',
        recordedByName: null,
      },
    ],
    otherCases: [
      { caseId: 2, caseNumber: 'KK-2568-00002', status: 'closed', intakeDate: '2025-01-10' },
    ],
    timeline: [
      {
        id: 3,
        kind: 'status_changed',
        at: '2026-03-15T03:00:00.000Z',
        byName: 'เกษม สุขใจ',
        detail: { from: 'intake', to: 'active', reason: 'พร้อมเริ่ม' },
      },
      {
        id: 1,
        kind: 'intake',
        at: '2026-03-14T02:05:00.000Z',
        byName: 'เกษม สุขใจ',
        detail: {},
      },
    ],
    attachments: [],
    canReveal: true,
    ...overrides,
  };
}

export const SAMPLE_HISTORY: FieldChange[] = [
  {
    id: 2,
    field: 'contact.phone',
    oldValue: '081-111-2222',
    newValue: '081-234-5678',
    sensitive: false,
    changedAt: '2026-03-16T04:00:00.000Z',
    changedByName: 'เกษม สุขใจ',
  },
  {
    id: 1,
    field: 'baseline.healthNotes',
    oldValue: null,
    newValue: null,
    sensitive: true,
    changedAt: '2026-03-15T04:00:00.000Z',
    changedByName: 'อรุณ มีสุข',
  },
];

export const SAMPLE_CONSENT_HISTORY: ConsentHistoryEntry[] = [
  {
    id: 1,
    purpose: 'programme',
    granted: true,
    noticeVersion: '2569-2',
    givenBy: 'self',
    guardianName: '',
    note: '',
    recordedAt: '2026-03-14T02:05:00.000Z',
    recordedByName: 'เกษม สุขใจ',
  },
];

/** The case file's methods over one sample file. */
export function fakeCaseFileHandlers(file: CaseFile = sampleCaseFile()): FakeHandlers {
  return {
    'cases.open': ({ caseId }) =>
      caseId === file.case.caseId
        ? { ok: true, value: file }
        : { ok: false, error: { code: 'NOT_FOUND', reason: 'case_not_found' } },
    'cases.history': () => ({ ok: true, value: SAMPLE_HISTORY }),
    'cases.consentHistory': () => ({ ok: true, value: SAMPLE_CONSENT_HISTORY }),
    'cases.reveal': ({ field }) => ({
      ok: true,
      value: {
        field,
        nationalId: field === 'national_id' ? '1234567890121' : '',
        disabilityTypes: [],
        healthNotes: field === 'health_notes' ? 'ความดันสูง' : '',
      },
    }),
    'cases.changeStatus': () => ({ ok: true, value: null }),
    'cases.changeConsent': () => ({ ok: true, value: null }),
    'cases.addAttachment': () => ({ ok: false, error: { code: 'INTERNAL' } }),
  };
}
