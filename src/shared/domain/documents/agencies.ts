import { z } from 'zod';
import { safeText } from '../../text/safe-text';
import { emailOrEmptySchema, multiLineSchema } from './letterhead';

/** The directory of agencies a referral can go to, editable by case workers. */
const requiredLine = safeText().trim().min(1, 'required').max(200, 'too_long');
const line = safeText().trim().max(200, 'too_long');

export const agencySaveSchema = z.strictObject({
  agencyId: z.number().int().positive().optional(),
  name: requiredLine,
  /** Who a letter is addressed to (เรียน …), e.g. "ผู้อำนวยการศูนย์พัฒนาฝีมือแรงงานจังหวัดเชียงใหม่". */
  addressee: requiredLine,
  addressLines: multiLineSchema,
  phone: line,
  email: emailOrEmptySchema,
  contactPerson: line,
  active: z.boolean(),
  version: z.number().int().min(0),
});
export type AgencySave = z.input<typeof agencySaveSchema>;

export interface Agency {
  agencyId: number;
  name: string;
  addressee: string;
  addressLines: string[];
  phone: string;
  email: string;
  contactPerson: string;
  active: boolean;
  version: number;
  /** Referrals that went to it (an agency in use is retired, never deleted). */
  referralCount: number;
}

export const agencyListSchema = z.strictObject({ includeInactive: z.boolean() });
