import { CONSENT_NOTICE_VERSION, CONSENT_PURPOSES } from '../../../../shared/domain/cases/codes';
import type { IntakeInput } from '../../../../shared/domain/cases/intake';

/**
 * The wizard's values: the shared intake schema's input, except that the choices a clerk must
 * make (title, sex, department, referral source) and the two numbers start empty instead of at a
 * guessed value, so nothing is recorded that nobody chose. The schema refuses the empty ones.
 */
type Nullable<T, K extends keyof T> = Omit<T, K> & { [P in K]: T[P] | null };

export interface IntakeFormValues {
  identity: Nullable<IntakeInput['identity'], 'title' | 'sex'>;
  contact: IntakeInput['contact'];
  programme: Nullable<IntakeInput['programme'], 'department' | 'referralSource'>;
  baseline: Nullable<IntakeInput['baseline'], 'householdSize' | 'monthlyIncomeSatang'>;
  business: IntakeInput['business'];
  consents: IntakeInput['consents'];
}

const EMPTY_ADDRESS = { line: '', subdistrictId: null, postcode: '' };

export const INTAKE_DEFAULTS: IntakeFormValues = {
  identity: {
    title: null,
    titleOther: '',
    firstName: '',
    lastName: '',
    nickname: '',
    latinName: '',
    birthDate: '',
    sex: null,
    hasThaiId: true,
    nationalId: '',
    otherIdDocument: null,
    otherIdNumber: '',
  },
  contact: {
    phone: '',
    lineId: '',
    registeredAddress: EMPTY_ADDRESS,
    currentSameAsRegistered: true,
    currentAddress: EMPTY_ADDRESS,
  },
  programme: {
    targetGroups: [],
    department: null,
    // The Lazada work is the ministry's 3rd flagship project: nearly every intake belongs to it.
    flagshipProject: 'jobs_and_income',
    referralSource: null,
    referralSourceDetail: '',
  },
  baseline: {
    householdSize: null,
    monthlyIncomeSatang: null,
    welfareCard: false,
    disabilityCard: false,
    caregiverName: '',
    caregiverRelation: '',
    occupation: '',
    disabilityTypes: [],
    healthNotes: '',
  },
  business: {
    skills: '',
    products: '',
    hasSmartphone: false,
    hasInternet: false,
    hasBankAccount: false,
    hasProductPhotos: false,
    hasOnlineShop: false,
    lazadaSellerId: '',
    goals: '',
    notes: '',
    mentoringNeeds: [],
    productCategory: null,
    languages: ['th'],
  },
  consents: {
    noticeVersion: CONSENT_NOTICE_VERSION,
    givenBy: 'self',
    guardianName: '',
    choices: CONSENT_PURPOSES.map((purpose) => ({ purpose, granted: false })),
  },
};

/** The wizard's steps in order; each validates its own section before "next". */
export const INTAKE_STEPS = [
  'identity',
  'contact',
  'programme',
  'baseline',
  'business',
  'consents',
  'review',
] as const;
export type IntakeStep = (typeof INTAKE_STEPS)[number];
export const REVIEW_STEP = INTAKE_STEPS.indexOf('review');

/** The step that shows a field (`identity.birthDate` → the identity step), for server errors. */
export function stepOfPath(path: string): number {
  const section = path.split('.')[0];
  const index = INTAKE_STEPS.findIndex((step) => step === section);
  return index === -1 ? 0 : index;
}

/**
 * A draft holds the form as typed; an old or tampered one must not break the wizard, so each
 * section is laid over the defaults and anything that is not an object is dropped.
 */
export function valuesFromDraft(json: string): IntakeFormValues {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return INTAKE_DEFAULTS;
  }
  const draft = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Record<
    string,
    unknown
  >;
  const section = <K extends keyof IntakeFormValues>(key: K): IntakeFormValues[K] => {
    const value = draft[key];
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? { ...INTAKE_DEFAULTS[key], ...(value as Partial<IntakeFormValues[K]>) }
      : INTAKE_DEFAULTS[key];
  };
  return {
    identity: section('identity'),
    contact: section('contact'),
    programme: section('programme'),
    baseline: section('baseline'),
    business: section('business'),
    consents: { ...section('consents'), noticeVersion: CONSENT_NOTICE_VERSION },
  };
}
