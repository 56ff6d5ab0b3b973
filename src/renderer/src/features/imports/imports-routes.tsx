import type { RouteObject } from 'react-router';

/** Import from a spreadsheet (issue 11): its page, loaded when first opened. */
export const importsRoutes: RouteObject[] = [
  {
    path: 'imports',
    lazy: async () => ({ Component: (await import('./ImportPage')).ImportPage }),
  },
];
