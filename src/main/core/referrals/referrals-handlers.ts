import type { FeatureHandlers } from '../handlers';
import { notBuilt } from '../call/not-built';

/** Referrals and the agencies directory (issue 10, being built). */
export function referralsHandlers(): FeatureHandlers<'referrals'> {
  return notBuilt([
    'referrals.list',
    'referrals.get',
    'referrals.create',
    'referrals.update',
    'referrals.setStatus',
    'referrals.agencies',
    'referrals.saveAgency',
  ]);
}
