import {
  DEFAULT_SKILLS,
  type AssignmentEntry,
  type CaseAssignments,
  type MentorListItem,
  type MentorProfile,
  type MentorSuggestion,
  type Skill,
} from '../../../src/shared/domain/mentoring';
import type { FakeHandlers } from './fake-kaona';
import type { FakePerson } from './fake-session';

export const FAKE_SUPERVISOR: FakePerson = {
  id: 3,
  userName: 'anong.s',
  fullName: 'อนงค์ ศรีสุข',
  position: 'นักพัฒนาสังคมชำนาญการพิเศษ',
  role: 'supervisor',
  mustChangePassword: false,
  password: 'Supervisor-pass-2569',
};

export const SAMPLE_SKILLS: Skill[] = DEFAULT_SKILLS.map((skill, index) => ({
  code: skill.code,
  labelTh: skill.th,
  labelEn: skill.en,
  active: true,
  sortOrder: (index + 1) * 10,
  usedBy: index === 0 ? 3 : 0,
}));

export function mentorItem(overrides: Partial<MentorListItem> = {}): MentorListItem {
  return {
    userId: 21,
    fullName: 'บุญมี ลาซาด้า',
    organisationKind: 'lazada',
    organisationName: 'Lazada Thailand',
    isExternal: true,
    active: true,
    capacity: 10,
    activeMentees: 3,
    skills: ['product_photography', 'listing_pricing'],
    provinceIds: [40],
    onlineOnly: false,
    hasProfile: true,
    ...overrides,
  };
}

export function mentorProfile(overrides: Partial<MentorProfile> = {}): MentorProfile {
  return {
    userId: 21,
    userName: 'boonmee.l',
    fullName: 'บุญมี ลาซาด้า',
    position: 'ที่ปรึกษาผู้ขาย',
    role: 'mentor',
    accountActive: true,
    organisationKind: 'lazada',
    organisationName: 'Lazada Thailand',
    department: null,
    isExternal: true,
    skills: ['product_photography', 'listing_pricing'],
    productCategories: ['fashion'],
    provinceIds: [40],
    onlineOnly: false,
    languages: ['th'],
    capacity: 10,
    availableFrom: '2026-01-01',
    availableUntil: null,
    active: true,
    contact: 'LINE boonmee',
    notes: '',
    version: 4,
    activeMentees: 3,
    updatedAt: '2026-03-01T03:00:00.000Z',
    ...overrides,
  };
}

/** A ranked mentor as the core explains them (params are codes and numbers only). */
export function suggestion(overrides: Partial<MentorSuggestion> = {}): MentorSuggestion {
  return {
    mentorId: 21,
    fullName: 'บุญมี ลาซาด้า',
    organisationKind: 'lazada',
    organisationName: 'Lazada Thailand',
    isExternal: true,
    score: 72,
    rank: 1,
    activeMentees: 3,
    capacity: 10,
    overCapacity: false,
    reasons: [
      {
        criterion: 'skills',
        verdict: 'partial',
        points: 27,
        maxPoints: 40,
        params: { matched: ['product_photography', 'listing_pricing'], needed: 3 },
      },
      { criterion: 'place', verdict: 'same_province', points: 20, maxPoints: 20, params: {} },
      {
        criterion: 'load',
        verdict: 'has_room',
        points: 10,
        maxPoints: 15,
        params: { active: 3, capacity: 10 },
      },
    ],
    blockers: [],
    ...overrides,
  };
}

export function assignmentEntry(overrides: Partial<AssignmentEntry> = {}): AssignmentEntry {
  return {
    assignmentId: 70,
    mentorId: 21,
    mentorName: 'บุญมี ลาซาด้า',
    organisationKind: 'lazada',
    startedAt: '2026-03-20T03:00:00.000Z',
    startedByName: 'เกษม สุขใจ',
    reason: '',
    overCapacityReason: '',
    endedAt: null,
    endedByName: null,
    endKind: null,
    endReason: '',
    ...overrides,
  };
}

export const NO_ASSIGNMENT: CaseAssignments = { caseId: 5, current: null, history: [] };

/** The mentors' reference reads every mentoring screen makes. */
export const MENTOR_REFERENCE_HANDLERS: FakeHandlers = {
  'mentors.skills': () => ({ ok: true, value: SAMPLE_SKILLS }),
  'addresses.provinces': () => ({
    ok: true,
    value: [
      { id: 40, nameTh: 'ขอนแก่น', nameEn: 'Khon Kaen', isBangkok: false },
      { id: 30, nameTh: 'นครราชสีมา', nameEn: 'Nakhon Ratchasima', isBangkok: false },
    ],
  }),
};
