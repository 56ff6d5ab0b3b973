import type { RouteObject } from 'react-router';

/** Reports (issue 11): its pages, loaded when first opened. */
export const reportsRoutes: RouteObject[] = [
  {
    path: 'reports',
    lazy: async () => ({ Component: (await import('./ReportsPage')).ReportsPage }),
  },
];
