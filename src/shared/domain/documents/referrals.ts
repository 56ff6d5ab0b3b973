import { z } from 'zod';
import { safeText } from '../../text/safe-text';
import { isoDateSchema, longText } from '../cases/intake';
import {
  REFERRAL_DETAILS,
  REFERRAL_STATUSES,
  type ReferralDetail,
  type ReferralStatus,
} from './codes';

/**
 * A referral sends a beneficiary to another agency (or into the Lazada programme). It needs the
 * person's `referral` consent; the letter that goes with it is issued from the document register.
 */
const requiredLine = safeText().trim().min(1, 'required').max(200, 'too_long');
const line = safeText().trim().max(200, 'too_long');
const listItem = safeText().trim().min(1, 'required').max(200, 'too_long');

export const referralFields = {
  agencyId: z.number().int().positive(),
  /** เรียน: defaults to the agency's addressee, editable per letter. */
  addressee: requiredLine,
  /** Why the person is referred (the letter's first paragraph). */
  reason: longText.refine((text) => text.length > 0, { message: 'required' }),
  /** What the office asks the agency to do (the letter's request). */
  requestedService: longText.refine((text) => text.length > 0, { message: 'required' }),
  /** สิ่งที่ส่งมาด้วย */
  enclosures: z.array(listItem).max(10, 'too_many_items'),
  /** อ้างถึง */
  references: z.array(listItem).max(5, 'too_many_items'),
  /** The office's contact for this referral: name and phone, printed at the bottom. */
  contactPerson: line,
  /** What the letter says about the person besides the name (each ticked on purpose). */
  details: z.array(z.enum(REFERRAL_DETAILS)).max(REFERRAL_DETAILS.length),
};

export const referralCreateSchema = z.strictObject({
  caseId: z.number().int().positive(),
  ...referralFields,
});
export type ReferralCreate = z.input<typeof referralCreateSchema>;

/** Only a draft is edited; the version read makes a stale save CONFLICT. */
export const referralUpdateSchema = z.strictObject({
  referralId: z.number().int().positive(),
  version: z.number().int().min(1),
  ...referralFields,
});
export type ReferralUpdate = z.input<typeof referralUpdateSchema>;

/** A reply or an outcome: the new status, its date (not in the future) and a note. */
export const referralStatusSchema = z.strictObject({
  referralId: z.number().int().positive(),
  version: z.number().int().min(1),
  status: z.enum(REFERRAL_STATUSES).exclude(['draft', 'sent']),
  on: isoDateSchema,
  note: longText,
});
export type ReferralStatusChange = z.input<typeof referralStatusSchema>;

export const referralIdSchema = z.strictObject({ referralId: z.number().int().positive() });

export const referralListSchema = z.strictObject({
  /** One case's referrals, or every case's (the referrals page). */
  caseId: z.number().int().positive().nullable(),
  status: z.enum(REFERRAL_STATUSES).nullable(),
  overdueOnly: z.boolean(),
});

export interface ReferralStatusEntry {
  status: ReferralStatus;
  on: string;
  note: string;
  byDisplayName: string;
  at: string;
}

export interface ReferralSummary {
  referralId: number;
  caseId: number;
  caseNumber: string;
  personName: string;
  agencyId: number;
  agencyName: string;
  status: ReferralStatus;
  createdAt: string;
  sentOn: string | null;
  /** The date of the last reply or outcome. */
  statusOn: string | null;
  /** Sent, no reply, and more than the office's reply days since it was sent. */
  overdue: boolean;
  /** Days since sending while waiting for a reply; null otherwise. */
  daysWaiting: number | null;
  letterDocumentId: number | null;
  letterNumber: string | null;
  version: number;
}

export interface Referral extends ReferralSummary {
  addressee: string;
  reason: string;
  requestedService: string;
  enclosures: string[];
  references: string[];
  contactPerson: string;
  details: ReferralDetail[];
  history: ReferralStatusEntry[];
  /** Whether the case has the referral consent now (the page explains a refusal). */
  consentGiven: boolean;
}
