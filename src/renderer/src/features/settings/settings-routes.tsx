import type { RouteObject } from 'react-router';

/** The office settings, loaded when first opened. */
export const settingsRoutes: RouteObject[] = [
  {
    path: 'settings',
    lazy: async () => ({ Component: (await import('./SettingsPage')).SettingsPage }),
  },
];
