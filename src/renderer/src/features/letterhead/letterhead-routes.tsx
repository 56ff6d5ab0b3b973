import type { RouteObject } from 'react-router';

/** The letterhead and signers (admin), a page of the settings area. */
export const letterheadRoutes: RouteObject[] = [
  {
    path: 'settings/letterhead',
    lazy: async () => ({ Component: (await import('./LetterheadPage')).LetterheadPage }),
  },
];
