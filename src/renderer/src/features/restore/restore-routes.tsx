import type { RouteObject } from 'react-router';

/** Restore from a backup (issue 11): its pages, loaded when first opened. */
export const restoreRoutes: RouteObject[] = [
  {
    path: 'restore',
    lazy: async () => ({ Component: (await import('./RestorePage')).RestorePage }),
  },
];
