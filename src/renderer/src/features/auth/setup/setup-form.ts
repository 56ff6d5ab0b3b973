import { z } from 'zod';
import type { Language } from '../../../../../shared/domain/preferences';
import { setupSchema, type SetupInput } from '../../../../../shared/domain/setup';
import { refineNewPassword } from '../../../components/new-password-rules';

/**
 * Step 1 of the wizard: main's setup schema without the "code stored" tick (that is step 2), plus
 * the password confirmation and the strength rules main will apply.
 */
export const setupFormSchema = setupSchema
  .omit({ recoveryCodeStored: true })
  .extend({ confirmation: z.string() })
  .superRefine(
    refineNewPassword(
      (values: {
        password: string;
        confirmation: string;
        adminUserName: string;
        adminFullName: string;
      }) => ({
        password: values.password,
        confirmation: values.confirmation,
        userName: values.adminUserName,
        fullName: values.adminFullName,
      }),
      { password: 'password', confirmation: 'confirmation' },
    ),
  );

export type SetupFormValues = z.input<typeof setupFormSchema>;
export type SetupFormOutput = z.output<typeof setupFormSchema>;

export function setupFormDefaults(language: Language): SetupFormValues {
  return {
    agencyName: '',
    adminFullName: '',
    adminPosition: '',
    adminUserName: '',
    password: '',
    confirmation: '',
    language,
  };
}

/** What `setup.complete` receives once the code is stored. */
export function setupPayload(values: SetupFormOutput): SetupInput {
  const { agencyName, adminFullName, adminPosition, adminUserName, password, language } = values;
  return {
    agencyName,
    adminFullName,
    adminPosition,
    adminUserName,
    password,
    language,
    recoveryCodeStored: true,
  };
}
