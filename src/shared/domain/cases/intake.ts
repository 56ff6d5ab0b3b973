import { z } from 'zod';
import { safeText } from '../../text/safe-text';
import { isIsoDate } from '../../thai/iso-date';
import { nationalIdSchema } from '../../thai/national-id';
import { thaiPhoneSchema } from '../../thai/phone';
import {
  CONSENT_GIVERS,
  CONSENT_PURPOSES,
  DEPARTMENTS,
  DISABILITY_TYPES,
  FLAGSHIP_PROJECTS,
  NAME_TITLES,
  OTHER_ID_DOCUMENTS,
  REFERRAL_SOURCES,
  SEXES,
  TARGET_GROUPS,
} from './codes';
import { LANGUAGES, PRODUCT_CATEGORIES, SKILL_CODE_PATTERN } from '../mentoring/codes';

/**
 * The intake form, shared by the wizard (zodResolver) and main (the contract parses it again).
 * Messages are keys under `cases:formErrors` (`national_id_checksum`, `required`…). Rules that
 * need the clock or the database (a birth date in the future, a postcode that is not the
 * subdistrict's, a duplicate) are checked by the core and come back as reasons on the field.
 */

export const NAME_MAX = 100;
export const SHORT_TEXT_MAX = 200;
export const LONG_TEXT_MAX = 2000;
/** What a monthly income field accepts, in satang (10 million baht). */
export const INCOME_MAX_SATANG = 1_000_000_000;

const name = safeText().trim().min(1, 'required').max(NAME_MAX, 'too_long');
const optionalName = safeText().trim().max(NAME_MAX, 'too_long');
export const shortText = safeText().trim().max(SHORT_TEXT_MAX, 'too_long');
/** Free text may hold line breaks; other control and format characters are refused. */
export const longText = z
  .string()
  .max(LONG_TEXT_MAX, 'too_long')
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  .refine((text) => !/[\p{Cf}\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/u.test(text), {
    message: 'text_control_characters',
  })
  .transform((text) => text.trim());

export const isoDateSchema = z.string().refine(isIsoDate, 'date_invalid');
/** An optional phone: empty stays empty, anything else must be a Thai number (stored E.164). */
const optionalPhone = z.union([z.literal(''), thaiPhoneSchema]);
const optionalNationalId = z.union([z.literal(''), nationalIdSchema]);

/** House number, หมู่, village or building, ซอย, ถนน as one line; the rest from reference data. */
export const addressSchema = z.strictObject({
  line: shortText,
  subdistrictId: z.number().int().positive().nullable(),
  postcode: z.union([z.literal(''), z.string().regex(/^\d{5}$/, 'postcode_format')]),
});
export type AddressInput = z.input<typeof addressSchema>;

/** Who the person is, without their identity document (editable by every office role). */
export const personNameFields = {
  title: z.enum(NAME_TITLES),
  /** Only for `title: 'other'`. */
  titleOther: optionalName,
  firstName: name,
  lastName: name,
  nickname: optionalName,
  /** A Latin spelling, when the person has one (passport, Lazada account). */
  latinName: optionalName,
  birthDate: isoDateSchema,
  sex: z.enum(SEXES),
};

/** The identity document: sensitive, shown and changed only by a role that may reveal it. */
export const identityDocumentFields = {
  hasThaiId: z.boolean(),
  nationalId: optionalNationalId,
  otherIdDocument: z.enum(OTHER_ID_DOCUMENTS).nullable(),
  otherIdNumber: shortText,
};

function checkTitle(identity: { title: string; titleOther: string }, ctx: z.RefinementCtx): void {
  if (identity.title === 'other' && identity.titleOther === '') {
    ctx.addIssue({ code: 'custom', path: ['titleOther'], message: 'required' });
  }
}

function checkIdentityDocument(
  identity: {
    hasThaiId: boolean;
    nationalId: string;
    otherIdDocument: string | null;
    otherIdNumber: string;
  },
  ctx: z.RefinementCtx,
): void {
  if (identity.hasThaiId && identity.nationalId === '') {
    ctx.addIssue({ code: 'custom', path: ['nationalId'], message: 'required' });
  }
  if (!identity.hasThaiId) {
    if (identity.otherIdDocument === null) {
      ctx.addIssue({ code: 'custom', path: ['otherIdDocument'], message: 'required' });
    }
    if (identity.otherIdNumber === '') {
      ctx.addIssue({ code: 'custom', path: ['otherIdNumber'], message: 'required' });
    }
  }
}

export const personNameSchema = z.strictObject(personNameFields).superRefine(checkTitle);
export const identityDocumentSchema = z
  .strictObject(identityDocumentFields)
  .superRefine(checkIdentityDocument);

export const identitySchema = z
  .strictObject({ ...personNameFields, ...identityDocumentFields })
  .superRefine((identity, ctx) => {
    checkTitle(identity, ctx);
    checkIdentityDocument(identity, ctx);
  });
export type IdentityInput = z.input<typeof identitySchema>;

export const contactSchema = z.strictObject({
  phone: optionalPhone,
  lineId: shortText,
  registeredAddress: addressSchema,
  currentSameAsRegistered: z.boolean(),
  /** Ignored (stored as a copy of the registered one) when `currentSameAsRegistered`. */
  currentAddress: addressSchema,
});

export const programmeSchema = z.strictObject({
  targetGroups: z.array(z.enum(TARGET_GROUPS)).min(1, 'choose_one').max(TARGET_GROUPS.length),
  department: z.enum(DEPARTMENTS),
  flagshipProject: z.enum(FLAGSHIP_PROJECTS),
  referralSource: z.enum(REFERRAL_SOURCES),
  referralSourceDetail: shortText,
});

/** The socio-economic baseline without its sensitive part. */
export const baselineFields = {
  householdSize: z.number().int('whole_number').min(1, 'too_small').max(50, 'too_large'),
  monthlyIncomeSatang: z
    .number()
    .int('whole_number')
    .min(0, 'too_small')
    .max(INCOME_MAX_SATANG, 'too_large'),
  welfareCard: z.boolean(),
  disabilityCard: z.boolean(),
  caregiverName: optionalName,
  caregiverRelation: shortText,
  occupation: shortText,
};

/** Sensitive (PDPA s.26): masked on screen until "show" by a role allowed to. */
export const sensitiveFields = {
  disabilityTypes: z.array(z.enum(DISABILITY_TYPES)).max(DISABILITY_TYPES.length),
  /** Health or family-violence notes. */
  healthNotes: longText,
};

export const baselineEditSchema = z.strictObject(baselineFields);

export const baselineSchema = z
  .strictObject({ ...baselineFields, ...sensitiveFields })
  .superRefine((baseline, ctx) => {
    if (baseline.disabilityCard && baseline.disabilityTypes.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['disabilityTypes'], message: 'choose_one' });
    }
  });

export const businessSchema = z.strictObject({
  skills: longText,
  products: longText,
  hasSmartphone: z.boolean(),
  hasInternet: z.boolean(),
  hasBankAccount: z.boolean(),
  hasProductPhotos: z.boolean(),
  hasOnlineShop: z.boolean(),
  lazadaSellerId: shortText,
  goals: longText,
  notes: longText,
  /**
   * What the person needs help with, as codes of the mentors' skills taxonomy (checked against
   * the table by the core): matching compares them with each mentor's skills.
   */
  mentoringNeeds: z
    .array(z.string().regex(SKILL_CODE_PATTERN, 'skill_unknown'))
    .max(20, 'too_many')
    .refine((codes) => new Set(codes).size === codes.length, 'duplicate_values')
    .default([]),
  productCategory: z.enum(PRODUCT_CATEGORIES).nullable().default(null),
  /** Languages the person is most at ease in; matching prefers a mentor who speaks one. */
  languages: z
    .array(z.enum(LANGUAGES))
    .min(1, 'choose_one')
    .max(LANGUAGES.length)
    .refine((codes) => new Set(codes).size === codes.length, 'duplicate_values')
    .default(['th']),
});

/**
 * A notice version as CONSENT_NOTICE_VERSION writes it (a พ.ศ. year and a number): it is copied
 * into the audit log, so it may hold no free text (too few digits for an ID or a phone number).
 */
export const consentNoticeVersionSchema = z.string().regex(/^25\d\d-\d{1,2}$/);

export const consentChoiceSchema = z.strictObject({
  purpose: z.enum(CONSENT_PURPOSES),
  granted: z.boolean(),
});

export const consentsSchema = z
  .strictObject({
    noticeVersion: consentNoticeVersionSchema,
    givenBy: z.enum(CONSENT_GIVERS),
    guardianName: optionalName,
    choices: z
      .array(consentChoiceSchema)
      .length(CONSENT_PURPOSES.length)
      .refine(
        (choices) =>
          new Set(choices.map((choice) => choice.purpose)).size === CONSENT_PURPOSES.length,
        'consent_purposes',
      ),
  })
  .superRefine((consents, ctx) => {
    if (consents.givenBy === 'guardian' && consents.guardianName === '') {
      ctx.addIssue({ code: 'custom', path: ['guardianName'], message: 'required' });
    }
    // The programme cannot keep a case file without consent to the programme itself.
    const programme = consents.choices.find((choice) => choice.purpose === 'programme');
    if (programme && !programme.granted) {
      ctx.addIssue({ code: 'custom', path: ['choices'], message: 'programme_consent_required' });
    }
  });

/** Everything the wizard collects for a new person and their first case. */
export const intakeSchema = z.strictObject({
  identity: identitySchema,
  contact: contactSchema,
  programme: programmeSchema,
  baseline: baselineSchema,
  business: businessSchema,
  consents: consentsSchema,
});
export type IntakeInput = z.input<typeof intakeSchema>;
export type Intake = z.output<typeof intakeSchema>;

/**
 * Saving an intake. `reviewedDuplicates` lists the people the clerk was shown as possible
 * duplicates (similar name with the same birth date or phone) and judged to be someone else; the
 * core refuses the save while a possible duplicate is not in that list, and records the decision.
 */
export const intakeSaveSchema = z.strictObject({
  intake: intakeSchema,
  reviewedDuplicates: z.array(z.number().int().positive()).max(50),
});
export type IntakeSave = z.input<typeof intakeSaveSchema>;

/** A new case for someone already registered (they came back, or the duplicate check found them). */
export const newCaseForPersonSchema = z.strictObject({
  beneficiaryId: z.number().int().positive(),
  programme: programmeSchema,
  baseline: baselineSchema,
  business: businessSchema,
});
