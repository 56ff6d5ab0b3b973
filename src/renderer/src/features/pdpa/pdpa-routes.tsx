import type { RouteObject } from 'react-router';

/** Data subject rights (issue 11): its pages, loaded when first opened. */
export const pdpaRoutes: RouteObject[] = [
  {
    path: 'pdpa',
    lazy: async () => ({ Component: (await import('./PdpaPage')).PdpaPage }),
  },
];
