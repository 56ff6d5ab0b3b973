import type { z } from 'zod';
import type { Referral, referralCreateSchema } from '../../../../../shared/domain/documents';

export type ReferralFormValues = z.input<typeof referralCreateSchema>;
export type ReferralFormOutput = z.output<typeof referralCreateSchema>;

/** The fields main may name in a VALIDATION answer, and the reasons that belong to one. */
export const REFERRAL_FORM_FIELDS = [
  'agencyId',
  'addressee',
  'reason',
  'requestedService',
  'enclosures',
  'references',
  'contactPerson',
  'details',
] as const;
export const REFERRAL_REASON_FIELDS = {
  agency_not_found: 'agencyId',
  agency_inactive: 'agencyId',
} as const;

/** A new referral starts empty: nothing about the person is ticked until someone means it. */
export function referralDefaults(caseId: number, referral?: Referral): ReferralFormValues {
  return referral
    ? {
        caseId,
        agencyId: referral.agencyId,
        addressee: referral.addressee,
        reason: referral.reason,
        requestedService: referral.requestedService,
        enclosures: [...referral.enclosures],
        references: [...referral.references],
        contactPerson: referral.contactPerson,
        details: [...referral.details],
      }
    : {
        caseId,
        agencyId: 0,
        addressee: '',
        reason: '',
        requestedService: '',
        enclosures: [],
        references: [],
        contactPerson: '',
        details: [],
      };
}

/** What an update sends: a draft keeps its case, so the form's case is not part of it. */
export function draftFields({ caseId: _caseId, ...fields }: ReferralFormOutput) {
  return fields;
}
