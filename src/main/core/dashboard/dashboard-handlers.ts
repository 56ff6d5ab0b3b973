import type { FeatureHandlers } from '../handlers';
import { dashboard, dashboardYears } from './dashboard-service';

/** The programme dashboard (`reports.read`: supervisor and admin). */
export function dashboardHandlers(): FeatureHandlers<'dashboard'> {
  return {
    'dashboard.fiscalYears': (_input, call) => dashboardYears(call),
    'dashboard.get': ({ fiscalYear }, call) => dashboard(call, fiscalYear),
  };
}
