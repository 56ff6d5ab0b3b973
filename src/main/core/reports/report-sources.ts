import type { ReportKind } from '../../../shared/domain/reports';
import { cohortOutcomes, mentoringActivity, referralsByStatus } from './aggregate-reports';
import { beneficiaryRegister, documentRegister } from './personal-reports';
import type { PrepareReport, ReportDb, ReportRequest, ReportRun } from './report-run';

const SOURCES: Readonly<Record<ReportKind, PrepareReport>> = {
  beneficiary_register: beneficiaryRegister,
  mentoring_activity: mentoringActivity,
  cohort_outcomes: cohortOutcomes,
  referrals_by_status: referralsByStatus,
  document_register: documentRegister,
};

/** The report's rows, ready to read: used by the preview in main and the export's worker. */
export function prepareReport(db: ReportDb, request: ReportRequest): Promise<ReportRun> {
  return SOURCES[request.report](db, request);
}
