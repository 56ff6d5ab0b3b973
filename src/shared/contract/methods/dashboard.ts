import { z } from 'zod';
import { dashboardQuerySchema, type Dashboard, type DashboardYears } from '../../domain/dashboard';
import { method, output } from '../define';

/**
 * Programme dashboard (issue 11): counts and trends by fiscal year for supervisors and admins.
 * Aggregates only (no beneficiary's personal data), yet each view is audited: who looked at the
 * programme's figures, and for which year.
 */
export const dashboardAuditActions = ['dashboard.viewed'] as const;

export const dashboardReasons = [] as const;

export const dashboardMethods = {
  /** The fiscal years that hold cases (for the selector) and the current one. Not audited. */
  'dashboard.fiscalYears': method({
    input: z.strictObject({}),
    output: output<DashboardYears>(),
    access: 'reports.read',
  }),
  /** Every figure of one fiscal year, in a handful of grouped queries. Audited. */
  'dashboard.get': method({
    input: dashboardQuerySchema,
    output: output<Dashboard>(),
    access: 'reports.read',
  }),
};
