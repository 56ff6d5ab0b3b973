import { fakeAddressHandlers } from './fake-addresses';
import type { Draft } from '../../../src/shared/domain/cases/drafts';
import type {
  DuplicateCandidate,
  DuplicateReport,
} from '../../../src/shared/domain/cases/duplicates';
import {
  INTAKE_DEFAULTS,
  type IntakeFormValues,
} from '../../../src/renderer/src/features/intake/intake-form';
import type { FakeHandlers } from './fake-kaona';
import { SAMPLE_SKILLS } from './fake-mentors';

export const NO_DUPLICATES: DuplicateReport = { sameNationalId: null, similar: [] };

/** A valid national ID (check digit 6) and one with a wrong last digit. */
export const VALID_NATIONAL_ID = '1101700230716';
export const WRONG_CHECK_NATIONAL_ID = '1101700230712';

export interface FakeIntakeState {
  draft: Draft | null;
  duplicates: DuplicateReport;
}

/** The drafts and cases methods the wizard calls, over a draft "in main" the test can look at. */
export function fakeIntakeHandlers(
  state: FakeIntakeState,
  overrides: FakeHandlers = {},
): FakeHandlers {
  return {
    ...fakeAddressHandlers(),
    // The business step offers the mentors' skills as mentoring needs.
    'mentors.skills': () => ({ ok: true, value: SAMPLE_SKILLS }),
    'drafts.get': () => ({ ok: true, value: state.draft }),
    'drafts.save': (input) => {
      state.draft = { ...input, savedAt: '2026-03-14T02:05:00.000Z' };
      return { ok: true, value: { savedAt: state.draft.savedAt } };
    },
    'drafts.discard': () => {
      state.draft = null;
      return { ok: true, value: null };
    },
    'cases.checkDuplicates': () => ({ ok: true, value: state.duplicates }),
    'cases.create': () => ({
      ok: true,
      value: { caseId: 41, caseNumber: '2569-000041', beneficiaryId: 17 },
    }),
    ...overrides,
  };
}

/** Everything a clerk would have typed by the consent step, as the form holds it. */
export function completeValues(): IntakeFormValues {
  return {
    ...INTAKE_DEFAULTS,
    identity: {
      ...INTAKE_DEFAULTS.identity,
      title: 'mrs',
      firstName: 'สมหญิง',
      lastName: 'ใจงาม',
      nickname: 'หญิง',
      birthDate: '1987-03-05',
      sex: 'female',
      nationalId: VALID_NATIONAL_ID,
    },
    contact: {
      ...INTAKE_DEFAULTS.contact,
      phone: '0812345678',
      registeredAddress: { line: '12 หมู่ 3', subdistrictId: null, postcode: '40000' },
    },
    programme: {
      ...INTAKE_DEFAULTS.programme,
      targetGroups: ['women'],
      department: 'dwf',
      referralSource: 'walk_in',
    },
    baseline: { ...INTAKE_DEFAULTS.baseline, householdSize: 3, monthlyIncomeSatang: 1_250_000 },
    consents: {
      ...INTAKE_DEFAULTS.consents,
      choices: INTAKE_DEFAULTS.consents.choices.map((choice) => ({
        ...choice,
        granted: choice.purpose === 'programme',
      })),
    },
  };
}

export function draftOf(values: IntakeFormValues, step: number): Draft {
  return {
    kind: 'intake',
    step,
    json: JSON.stringify(values),
    savedAt: '2026-03-14T02:05:00.000Z',
  };
}

/** A registered person as the duplicate check reports them. */
export function candidate(overrides: Partial<DuplicateCandidate> = {}): DuplicateCandidate {
  return {
    beneficiaryId: 7,
    displayName: 'นางสมหญิง ใจงาม',
    nickname: 'แดง',
    birthDate: '1987-03-05',
    phone: '+66899999999',
    idLastDigits: '716',
    provinceName: 'ขอนแก่น',
    matchedOn: ['name_and_birth_date'],
    cases: [
      { caseId: 3, caseNumber: '2567-000003', status: 'closed', intakeDate: '2024-05-01' },
      { caseId: 9, caseNumber: '2568-000009', status: 'graduated', intakeDate: '2025-06-01' },
    ],
    ...overrides,
  };
}
