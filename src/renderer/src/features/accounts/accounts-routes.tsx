import type { RouteObject } from 'react-router';

/** Account management, loaded when first opened. */
export const accountsRoutes: RouteObject[] = [
  {
    path: 'accounts',
    lazy: async () => ({ Component: (await import('./AccountsPage')).AccountsPage }),
  },
];
