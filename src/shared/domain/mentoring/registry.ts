import { z } from 'zod';
import { safeText } from '../../text/safe-text';
import { DEPARTMENTS, type Department } from '../cases/codes';
import { isoDateSchema, longText, shortText } from '../cases/intake';
import {
  CAPACITY_MAX,
  LANGUAGES,
  ORGANISATION_KINDS,
  PRODUCT_CATEGORIES,
  SKILL_CODE_PATTERN,
  type Language,
  type OrganisationKind,
  type ProductCategory,
} from './codes';

export const skillCodeSchema = z.string().regex(SKILL_CODE_PATTERN, 'skill_code_format');

/** One entry of the skills taxonomy (labels are data: the admin edits them in both languages). */
export interface Skill {
  code: string;
  labelTh: string;
  labelEn: string;
  active: boolean;
  sortOrder: number;
  /** Mentors who list it and cases that need it: a used skill is retired, never deleted. */
  usedBy: number;
}

/** The admin adds a skill (new code) or renames / retires / re-orders an existing one. */
export const skillSaveSchema = z.strictObject({
  code: skillCodeSchema,
  labelTh: safeText().trim().min(1, 'required').max(80, 'too_long'),
  labelEn: safeText().trim().min(1, 'required').max(80, 'too_long'),
  active: z.boolean(),
  sortOrder: z.number().int().min(0).max(1000),
});

const uniqueList = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max, 'too_many')
    .refine((values) => new Set(values).size === values.length, 'duplicate_values');

/**
 * A mentor's profile. Mentors are accounts (role `mentor`, or an office role who also mentors);
 * the profile says what matching needs. `version` guards against two people saving at once.
 */
export const mentorProfileFields = {
  organisationKind: z.enum(ORGANISATION_KINDS),
  /** The company, department or group by name, as it should appear to the office. */
  organisationName: shortText,
  /** For ministry staff: their department. */
  department: z.enum(DEPARTMENTS).nullable(),
  /** Not ministry staff: sharing a case with them needs the beneficiary's consent. */
  isExternal: z.boolean(),
  skills: uniqueList(skillCodeSchema, 40),
  productCategories: uniqueList(z.enum(PRODUCT_CATEGORIES), PRODUCT_CATEGORIES.length),
  /** Provinces served in person; empty with `onlineOnly` for mentors who coach only online. */
  provinceIds: uniqueList(z.number().int().positive(), 77),
  onlineOnly: z.boolean(),
  languages: uniqueList(z.enum(LANGUAGES), LANGUAGES.length).refine(
    (codes) => codes.length > 0,
    'choose_one',
  ),
  capacity: z.number().int('whole_number').min(1, 'too_small').max(CAPACITY_MAX, 'too_large'),
  availableFrom: isoDateSchema.nullable(),
  availableUntil: isoDateSchema.nullable(),
  active: z.boolean(),
  /** Work phone or LINE for the office; never shown to beneficiaries' files. */
  contact: shortText,
  notes: longText,
};

export const mentorProfileSchema = z
  .strictObject({
    userId: z.number().int().positive(),
    /** null to create the profile; the version read otherwise (a stale one gets CONFLICT). */
    expectedVersion: z.number().int().positive().nullable(),
    ...mentorProfileFields,
  })
  .superRefine((profile, ctx) => {
    if (!profile.onlineOnly && profile.provinceIds.length === 0)
      ctx.addIssue({ code: 'custom', path: ['provinceIds'], message: 'province_or_online' });
    if (
      profile.availableFrom &&
      profile.availableUntil &&
      profile.availableUntil < profile.availableFrom
    )
      ctx.addIssue({ code: 'custom', path: ['availableUntil'], message: 'until_before_from' });
    if (profile.organisationKind === 'lazada' && !profile.isExternal)
      ctx.addIssue({ code: 'custom', path: ['isExternal'], message: 'lazada_is_external' });
    if (profile.organisationKind === 'department' && profile.department === null)
      ctx.addIssue({ code: 'custom', path: ['department'], message: 'required' });
  });
export type MentorProfileInput = z.input<typeof mentorProfileSchema>;

export interface MentorProfile {
  userId: number;
  userName: string;
  fullName: string;
  position: string;
  /** `mentor`, or an office role who also mentors (keeps the office key). */
  role: string;
  accountActive: boolean;
  organisationKind: OrganisationKind;
  organisationName: string;
  department: Department | null;
  isExternal: boolean;
  skills: string[];
  productCategories: ProductCategory[];
  provinceIds: number[];
  onlineOnly: boolean;
  languages: Language[];
  capacity: number;
  availableFrom: string | null;
  availableUntil: string | null;
  active: boolean;
  contact: string;
  notes: string;
  version: number;
  /** Active assignments now. */
  activeMentees: number;
  updatedAt: string;
}

/** A line of the registry list. */
export interface MentorListItem {
  userId: number;
  fullName: string;
  organisationKind: OrganisationKind;
  organisationName: string;
  isExternal: boolean;
  active: boolean;
  capacity: number;
  activeMentees: number;
  skills: string[];
  provinceIds: number[];
  onlineOnly: boolean;
  /**
   * The account is a mentor but has no profile yet (shown so the supervisor can fill it in);
   * its other fields are then placeholders: volunteer, external, capacity 0, no lists.
   */
  hasProfile: boolean;
}

export const mentorListSchema = z.strictObject({
  includeInactive: z.boolean().default(false),
});

export const mentorIdSchema = z.strictObject({ userId: z.number().int().positive() });
