import type { RouteObject } from 'react-router';

/** Registering a person (the intake wizard), loaded when first opened. */
export const intakeRoutes: RouteObject[] = [
  {
    path: 'cases/new',
    lazy: async () => ({ Component: (await import('./IntakePage')).IntakePage }),
  },
];
