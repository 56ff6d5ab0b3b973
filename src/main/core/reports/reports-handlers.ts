import type { FeatureHandlers } from '../handlers';
import { exportReport, previewReport, type ReportsDeps } from './reports-service';

export function reportsHandlers(deps: ReportsDeps): FeatureHandlers<'reports'> {
  return {
    'reports.preview': (input, call) => previewReport(call, input),
    'reports.export': (input, call) => exportReport(call, deps, input),
  };
}
