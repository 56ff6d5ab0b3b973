import type { RouteObject } from 'react-router';

/** Backup (issue 11): its pages, loaded when first opened. */
export const backupRoutes: RouteObject[] = [
  { path: 'backup', lazy: async () => ({ Component: (await import('./BackupPage')).BackupPage }) },
];
