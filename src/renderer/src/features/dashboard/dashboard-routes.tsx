import type { RouteObject } from 'react-router';

/** Programme dashboard (issue 11): its page, loaded when first opened. */
export const dashboardRoutes: RouteObject[] = [
  {
    path: 'dashboard',
    lazy: async () => ({ Component: (await import('./DashboardPage')).DashboardPage }),
  },
];
