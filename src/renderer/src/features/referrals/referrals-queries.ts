import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { ReferralStatus } from '../../../../shared/domain/documents';
import { callKaona } from '../../api';
import { casesKeys } from '../cases/cases-queries';

export interface ReferralListFilter {
  status: ReferralStatus | null;
  overdueOnly: boolean;
}

export const referralsKeys = {
  all: ['referrals'] as const,
  lists: () => [...referralsKeys.all, 'list'] as const,
  list: (filter: ReferralListFilter) => [...referralsKeys.lists(), filter] as const,
  /** A case's referrals hang under its file's key: a change to the case makes them stale too. */
  ofCase: (caseId: number) => [...casesKeys.file(caseId), 'referrals'] as const,
  details: () => [...referralsKeys.all, 'referral'] as const,
  referral: (referralId: number) => [...referralsKeys.details(), referralId] as const,
  agencies: () => [...referralsKeys.all, 'agencies'] as const,
  agencyList: (includeInactive: boolean) =>
    [...referralsKeys.agencies(), { includeInactive }] as const,
};

export const referralsQueries = {
  /** The office's referrals: names people, so read afresh and not kept once the page is left. */
  list: (filter: ReferralListFilter) =>
    queryOptions({
      queryKey: referralsKeys.list(filter),
      queryFn: () => callKaona((api) => api.referrals.list({ caseId: null, ...filter })),
      staleTime: 0,
      gcTime: 0,
      // While another filter is read, the rows shown stay instead of a blank table.
      placeholderData: keepPreviousData,
    }),
  ofCase: (caseId: number) =>
    queryOptions({
      queryKey: referralsKeys.ofCase(caseId),
      queryFn: () =>
        callKaona((api) => api.referrals.list({ caseId, status: null, overdueOnly: false })),
      gcTime: 0,
    }),
  /** Each reading is an audited access to the case file: not kept once the page is left. */
  referral: (referralId: number) =>
    queryOptions({
      queryKey: referralsKeys.referral(referralId),
      queryFn: () => callKaona((api) => api.referrals.get({ referralId })),
      staleTime: 0,
      gcTime: 0,
    }),
  agencies: (includeInactive: boolean) =>
    queryOptions({
      queryKey: referralsKeys.agencyList(includeInactive),
      queryFn: () => callKaona((api) => api.referrals.agencies({ includeInactive })),
    }),
};

/** What a change to one referral makes stale: it, the lists, the case's tab and timeline. */
export function referralChangeStales(caseId: number) {
  return [referralsKeys.all, casesKeys.file(caseId)] as const;
}
