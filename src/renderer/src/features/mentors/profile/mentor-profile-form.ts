import type { z } from 'zod';
import {
  mentorProfileSchema,
  type MentorProfile,
  type OrganisationKind,
} from '../../../../../shared/domain/mentoring';

export const profileFormSchema = mentorProfileSchema;
export type ProfileFormInput = z.input<typeof profileFormSchema>;
export type ProfileFormOutput = z.output<typeof profileFormSchema>;

/** The fields the form shows, for main's VALIDATION issues. */
export const PROFILE_FIELDS = [
  'organisationKind',
  'organisationName',
  'department',
  'isExternal',
  'skills',
  'productCategories',
  'provinceIds',
  'onlineOnly',
  'languages',
  'capacity',
  'availableFrom',
  'availableUntil',
  'active',
  'contact',
  'notes',
] as const;

/**
 * Whether a kind of organisation is outside the ministry: Lazada and volunteers are, so sharing
 * a case with them needs consent. Only the preset: a department may second someone external.
 */
export function externalFor(kind: OrganisationKind): boolean {
  return kind !== 'department';
}

export function profileDefaults(userId: number, profile: MentorProfile | null): ProfileFormInput {
  if (!profile) {
    return {
      userId,
      expectedVersion: null,
      organisationKind: 'department',
      organisationName: '',
      department: null,
      isExternal: false,
      skills: [],
      productCategories: [],
      provinceIds: [],
      onlineOnly: false,
      languages: ['th'],
      capacity: 10,
      availableFrom: null,
      availableUntil: null,
      active: true,
      contact: '',
      notes: '',
    };
  }
  return {
    userId,
    expectedVersion: profile.version,
    organisationKind: profile.organisationKind,
    organisationName: profile.organisationName,
    department: profile.department,
    isExternal: profile.isExternal,
    skills: profile.skills,
    productCategories: profile.productCategories,
    provinceIds: profile.provinceIds,
    onlineOnly: profile.onlineOnly,
    languages: profile.languages,
    capacity: profile.capacity,
    availableFrom: profile.availableFrom,
    availableUntil: profile.availableUntil,
    active: profile.active,
    contact: profile.contact,
    notes: profile.notes,
  };
}
