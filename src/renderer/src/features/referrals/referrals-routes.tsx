import type { RouteObject } from 'react-router';

/** The office's referrals, the agencies directory and one referral, each loaded when opened. */
export const referralsRoutes: RouteObject[] = [
  {
    path: 'referrals',
    lazy: async () => ({
      Component: (await import('./list/ReferralsListPage')).ReferralsListPage,
    }),
  },
  {
    path: 'referrals/agencies',
    lazy: async () => ({ Component: (await import('./agencies/AgenciesPage')).AgenciesPage }),
  },
  {
    path: 'referrals/:referralId',
    lazy: async () => ({ Component: (await import('./page/ReferralPage')).ReferralPage }),
  },
];
