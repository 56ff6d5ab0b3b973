import {
  agencyListSchema,
  agencySaveSchema,
  referralCreateSchema,
  referralIdSchema,
  referralListSchema,
  referralStatusSchema,
  referralUpdateSchema,
  type Agency,
  type Referral,
  type ReferralSummary,
} from '../../domain/documents';
import { method, output } from '../define';

/**
 * Referrals of a beneficiary to another agency, their status from draft to completed, and the
 * directory of agencies. A referral needs the person's `referral` consent; its letter is issued
 * through `documents.issueLetter`.
 */
export const referralsAuditActions = [
  'referral.created',
  'referral.updated',
  'referral.status_changed',
  'referral.viewed',
  'referral.listed',
  'referral.refused',
  'referral.agency_saved',
] as const;

export const referralsReasons = [
  'referral_not_found',
  'referral_no_consent',
  'referral_not_draft',
  'referral_transition_refused',
  'referral_date_before_sent',
  'referral_date_future',
  'referral_case_closed',
  'agency_not_found',
  'agency_inactive',
  'agency_name_taken',
] as const;

export const referralsMethods = {
  /** One case's referrals or all of them (the referrals page), with overdue worked out. */
  'referrals.list': method({
    input: referralListSchema,
    output: output<ReferralSummary[]>(),
    access: 'cases.read',
  }),
  /** Audited as an access to the case file. */
  'referrals.get': method({
    input: referralIdSchema,
    output: output<Referral>(),
    access: 'cases.read',
  }),
  /** FORBIDDEN `referral_no_consent` without the person's referral consent (audited, refused). */
  'referrals.create': method({
    input: referralCreateSchema,
    output: output<Referral>(),
    access: 'referrals.write',
  }),
  'referrals.update': method({
    input: referralUpdateSchema,
    output: output<Referral>(),
    access: 'referrals.write',
  }),
  /** accepted / declined / completed / cancelled, with its date and note. */
  'referrals.setStatus': method({
    input: referralStatusSchema,
    output: output<Referral>(),
    access: 'referrals.write',
  }),
  'referrals.agencies': method({
    input: agencyListSchema,
    output: output<Agency[]>(),
    access: 'cases.read',
  }),
  'referrals.saveAgency': method({
    input: agencySaveSchema,
    output: output<Agency>(),
    access: 'referrals.write',
  }),
};
