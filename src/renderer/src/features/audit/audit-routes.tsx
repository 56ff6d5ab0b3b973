import type { RouteObject } from 'react-router';

/** The audit log, loaded when first opened. */
export const auditRoutes: RouteObject[] = [
  { path: 'audit', lazy: async () => ({ Component: (await import('./AuditPage')).AuditPage }) },
];
