import type { RouteObject } from 'react-router';

/** The mentor registry and one mentor's page, each loaded when first opened. */
export const mentorsRoutes: RouteObject[] = [
  {
    path: 'mentors',
    lazy: async () => ({ Component: (await import('./registry/MentorsPage')).MentorsPage }),
  },
  {
    path: 'mentors/:userId',
    lazy: async () => ({ Component: (await import('./profile/MentorPage')).MentorPage }),
  },
];
