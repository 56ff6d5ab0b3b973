import type {
  AdvisorySession,
  AgreedAction,
  CaseProgress,
  MenteeCase,
  MenteeSummary,
  ReminderList,
  TopicOption,
  Workspace,
} from '../../../src/shared/domain/mentoring';
import type { FakeHandlers } from './fake-kaona';
import { FAKE_OFFICER, type FakePerson } from './fake-session';

export const FAKE_MENTOR: FakePerson = {
  ...FAKE_OFFICER,
  id: 9,
  userName: 'boonmee.lz',
  fullName: 'บุญมี ลาซาด้า',
  position: 'ที่ปรึกษา Lazada',
  role: 'mentor',
};

export const SESSION_ID = '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b';
export const ACTION_ID = '0a1b2c3d-4e5f-4061-8a7b-8c9d0e1f2a3b';

export const TOPICS: TopicOption[] = [
  { code: 'shop_setup', labelTh: 'การเปิดร้านค้าออนไลน์', labelEn: 'Shop setup', active: true },
  {
    code: 'product_photography',
    labelTh: 'การถ่ายภาพสินค้า',
    labelEn: 'Product photography',
    active: true,
  },
  { code: 'old_topic', labelTh: 'หัวข้อที่เลิกใช้', labelEn: 'Retired topic', active: false },
];

export function mentee(index: number, overrides: Partial<MenteeSummary> = {}): MenteeSummary {
  return {
    caseId: index + 1,
    caseNumber: `KK-2569-${String(index + 1).padStart(5, '0')}`,
    displayName: `นางสาวสมศรี ใจดี ${index + 1}`,
    nickname: 'ศรี',
    districtName: 'เมืองขอนแก่น',
    provinceName: 'ขอนแก่น',
    status: 'active',
    assignedSince: '2026-03-01',
    lastSessionOn: '2026-03-20',
    nextSessionOn: '2026-04-03',
    openActions: 2,
    overdueActions: 1,
    ...overrides,
  };
}

export function action(overrides: Partial<AgreedAction> = {}): AgreedAction {
  return {
    actionId: ACTION_ID,
    sessionId: SESSION_ID,
    caseId: 1,
    description: 'ถ่ายรูปสินค้า 10 รูป',
    owner: 'beneficiary',
    dueOn: '2026-03-25',
    doneOn: null,
    doneInSessionId: null,
    overdue: true,
    revision: 1,
    ...overrides,
  };
}

export function session(overrides: Partial<AdvisorySession> = {}): AdvisorySession {
  return {
    sessionId: SESSION_ID,
    caseId: 1,
    mentorId: 9,
    mentorName: FAKE_MENTOR.fullName,
    heldOn: '2026-03-20',
    heldTime: '13:30',
    durationMinutes: 90,
    mode: 'line',
    topics: ['shop_setup'],
    summary: 'ช่วยสมัครร้านค้าบน Lazada',
    nextSessionOn: '2026-04-03',
    actions: [action()],
    completedActionIds: [],
    correctsSessionId: null,
    correctionNote: '',
    correctedBySessionId: null,
    revision: 1,
    createdAt: '2026-03-20T07:00:00.000Z',
    updatedAt: '2026-03-20T07:00:00.000Z',
    editableUntil: null,
    ...overrides,
  };
}

export function workspace(overrides: Partial<Workspace> = {}): Workspace {
  return {
    mode: 'office',
    mentorName: FAKE_MENTOR.fullName,
    mentees: [mentee(0), mentee(1, { overdueActions: 0, openActions: 0, nextSessionOn: null })],
    sessionsThisWeek: [
      {
        sessionId: SESSION_ID,
        caseId: 1,
        displayName: 'นางสาวสมศรี ใจดี 1',
        heldOn: '2026-03-20',
        heldTime: '13:30',
        durationMinutes: 90,
        mode: 'line',
      },
    ],
    overdueActions: [{ ...action(), displayName: 'นางสาวสมศรี ใจดี 1' }],
    conflicts: 0,
    refreshedAt: null,
    ...overrides,
  };
}

export function menteeCase(overrides: Partial<MenteeCase> = {}): MenteeCase {
  return {
    summary: mentee(0),
    phone: '+66812345678',
    lineId: 'somsri',
    occupation: 'ทำขนม',
    products: 'ขนมไทย',
    productCategory: 'food',
    businessSkills: '',
    hasSmartphone: true,
    hasInternet: true,
    hasBankAccount: true,
    hasProductPhotos: false,
    hasOnlineShop: false,
    lazadaSellerId: '',
    goals: 'ขายออนไลน์ได้เดือนละ 5,000 บาท',
    mentoringNeeds: ['product_photography'],
    sessions: [session()],
    openActions: [action()],
    milestones: [],
    months: [],
    ...overrides,
  };
}

export function progress(overrides: Partial<CaseProgress> = {}): CaseProgress {
  return {
    caseId: 5,
    baseline: { intakeDate: '2026-03-14', monthlyIncomeSatang: 350_000 },
    milestones: [
      {
        milestoneId: 'b1b2c3d4-0000-4000-8000-000000000001',
        caseId: 5,
        kind: 'shop_opened',
        occurredOn: '2026-03-28',
        shopName: 'ขนมบ้านศรี',
        shopRef: 'https://www.lazada.co.th/shop/khanom-baan-sri',
        productsCount: null,
        note: '',
        recordedByName: FAKE_MENTOR.fullName,
        recordedAt: '2026-03-28T03:00:00.000Z',
        revision: 1,
      },
    ],
    months: [month('2026-04', 1_200_000, 450_000), month('2026-05', 1_250_050, 820_000)],
    sessions: [session({ caseId: 5 })],
    openActions: [action({ caseId: 5 })],
    ...overrides,
  };
}

function month(value: string, salesSatang: number, incomeSatang: number) {
  return {
    figureId: `c0000000-0000-4000-8000-0000000000${value.slice(-2)}`,
    caseId: 5,
    month: value,
    orders: 12,
    salesSatang,
    incomeSatang,
    source: 'self_reported' as const,
    evidenceAttachmentId: null,
    note: '',
    recordedByName: FAKE_MENTOR.fullName,
    recordedAt: '2026-06-01T03:00:00.000Z',
    revision: 1,
  };
}

export function reminders(overrides: Partial<ReminderList> = {}): ReminderList {
  return {
    items: [
      {
        kind: 'overdue_action',
        caseId: 1,
        caseNumber: 'KK-2569-00001',
        beneficiaryName: 'นางสาวสมศรี ใจดี 1',
        mentorId: 9,
        mentorName: FAKE_MENTOR.fullName,
        since: '2026-03-25',
        amount: 6,
        description: 'ถ่ายรูปสินค้า 10 รูป',
        actionId: ACTION_ID,
      },
      {
        kind: 'no_recent_session',
        caseId: 2,
        caseNumber: 'KK-2569-00002',
        beneficiaryName: 'นายสมชาย ขยัน',
        mentorId: 9,
        mentorName: FAKE_MENTOR.fullName,
        since: '2026-02-01',
        amount: 45,
        description: '',
        actionId: null,
      },
      {
        kind: 'mentor_over_capacity',
        caseId: null,
        caseNumber: null,
        beneficiaryName: null,
        mentorId: 10,
        mentorName: 'มานี มีสุข',
        since: null,
        amount: 3,
        description: '',
        actionId: null,
      },
    ],
    counts: { overdue_action: 1, no_recent_session: 1, mentor_over_capacity: 1 },
    noSessionDays: 30,
    ...overrides,
  };
}

/** A mentor's side of main with the defaults above; tests replace single methods. */
export function fakeMentoringHandlers(): FakeHandlers {
  return {
    'mentoring.workspace': () => ({ ok: true, value: workspace() }),
    'mentoring.topics': () => ({ ok: true, value: TOPICS }),
    'mentoring.case': ({ caseId }) => ({
      ok: true,
      value: menteeCase({ summary: mentee(caseId - 1) }),
    }),
    'mentoring.reminders': () => ({ ok: true, value: reminders() }),
    'reminders.list': () => ({ ok: true, value: reminders() }),
  };
}
