import { z } from 'zod';
import {
  identityDocumentSchema,
  personNameSchema,
  sensitiveFields,
  type BeneficiaryProfile,
} from '../../../../shared/domain/cases';
/** The person form is the shared schema; the birth date field types พ.ศ. and holds the ISO day. */
export const personFormSchema = personNameSchema;
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
    birthDate: profile.birthDate,
    sex: profile.sex,
  };
}

export const sensitiveFormSchema = z.strictObject(sensitiveFields);
export type SensitiveFormInput = z.input<typeof sensitiveFormSchema>;

export { identityDocumentSchema };
export type IdentityFormInput = z.input<typeof identityDocumentSchema>;
