import { z } from 'zod';
import { LANGUAGES } from './preferences';
import { fullNameSchema, positionSchema } from './accounts';
import { agencyNameSchema } from './office-settings';
import { newPasswordSchema } from './password';
import { userNameSchema } from './user-name';

/** What the first-run wizard collects. The recovery code is made and shown by main. */
export const setupSchema = z.strictObject({
  agencyName: agencyNameSchema,
  adminFullName: fullNameSchema,
  adminPosition: positionSchema,
  adminUserName: userNameSchema,
  password: newPasswordSchema,
  language: z.enum(LANGUAGES),
  /** The person ticked "I have stored the recovery code". */
  recoveryCodeStored: z.literal(true),
});
export type SetupInput = z.output<typeof setupSchema>;
