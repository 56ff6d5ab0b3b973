import { z } from 'zod';
import {
  identityDocumentSchema,
  personNameFields,
  sensitiveFields,
  type BeneficiaryProfile,
} from '../../../../shared/domain/cases';
import { buddhistTextToIso, isoToBuddhistText } from './be-date-text';

/**
 * The person form is the shared `personNameSchema` with the birth date typed in พ.ศ.: the box
 * holds `2/12/2512` and leaves as the ISO day main expects (main parses it again).
 */
const buddhistDateText = z.string().transform((typed, ctx) => {
  const result = buddhistTextToIso(typed);
  if (!result.ok) {
    ctx.issues.push({ code: 'custom', message: result.message, input: typed });
    return z.NEVER;
  }
  if (result.isoDate === null) {
    ctx.issues.push({ code: 'custom', message: 'required', input: typed });
    return z.NEVER;
  }
  return result.isoDate;
});

export const personFormSchema = z
  .strictObject({ ...personNameFields, birthDate: buddhistDateText })
  .superRefine((person, ctx) => {
    // The same rule as personNameSchema's (a title "other" needs its text).
    if (person.title === 'other' && person.titleOther === '') {
      ctx.addIssue({ code: 'custom', path: ['titleOther'], message: 'required' });
    }
  });
export type PersonFormInput = z.input<typeof personFormSchema>;
export type PersonFormOutput = z.output<typeof personFormSchema>;

export function personDefaults(profile: BeneficiaryProfile): PersonFormInput {
  return {
    title: profile.title,
    titleOther: profile.titleOther,
    firstName: profile.firstName,
    lastName: profile.lastName,
    nickname: profile.nickname,
    latinName: profile.latinName,
    birthDate: isoToBuddhistText(profile.birthDate),
    sex: profile.sex,
  };
}

export const sensitiveFormSchema = z.strictObject(sensitiveFields);
export type SensitiveFormInput = z.input<typeof sensitiveFormSchema>;

export { identityDocumentSchema };
export type IdentityFormInput = z.input<typeof identityDocumentSchema>;
