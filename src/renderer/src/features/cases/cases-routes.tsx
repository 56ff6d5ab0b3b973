import type { RouteObject } from 'react-router';

/** The case list and one case file, each loaded when first opened. */
export const casesRoutes: RouteObject[] = [
  {
    path: 'cases',
    lazy: async () => ({ Component: (await import('./CaseListPage')).CaseListPage }),
  },
  {
    path: 'cases/:caseId',
    lazy: async () => ({ Component: (await import('./CasePage')).CasePage }),
  },
];
