import type { RouteObject } from 'react-router';

/** The about page, loaded when first opened. */
export const aboutRoutes: RouteObject[] = [
  { path: 'about', lazy: async () => ({ Component: (await import('./AboutPage')).AboutPage }) },
];
