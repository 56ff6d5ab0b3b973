import type { FeatureHandlers } from '../handlers';
import { listAgencies, saveAgency } from './agencies-service';
import { setReferralStatus } from './referral-status-service';
import { listReferrals } from './referrals-search';
import { createReferral, getReferral, updateReferral } from './referrals-service';

/** Referrals of a case to other agencies, their status, and the directory of agencies. */
export function referralsHandlers(): FeatureHandlers<'referrals'> {
  return {
    'referrals.list': (input, call) => listReferrals(call, input),
    'referrals.get': ({ referralId }, call) => getReferral(call, referralId),
    'referrals.create': (input, call) => createReferral(call, input),
    'referrals.update': (input, call) => updateReferral(call, input),
    'referrals.setStatus': (input, call) => setReferralStatus(call, input),
    'referrals.agencies': ({ includeInactive }, call) => listAgencies(call.db, includeInactive),
    'referrals.saveAgency': (input, call) => saveAgency(call, input),
  };
}
