import type { WorkerJobKind } from '../../../shared/domain/jobs';
import type { AuditChainScan } from './kinds/audit-verify';
import { auditVerifyJob } from './kinds/audit-verify';
import type { JobHandler } from './job-kind';
import type { BackupWriteResult } from '../backup/backup-writer';
import { backupCreateJob } from './kinds/backup-create';
import { importsApplyJob } from './kinds/imports-apply';
import { importsCheckJob } from './kinds/imports-check';
import { reportsExportJob, type ReportsExportResult } from './kinds/reports-export';
import type { ImportApplyResult, ImportCheckResult } from '../imports/import-job-params';

/**
 * Every kind of job, in one static list: the worker looks the function up here, the runner
 * whether it writes. A new kind is a file in `kinds/`, a line here and its name in `JOB_KINDS`.
 */
export const JOB_HANDLERS = {
  'audit.verify': auditVerifyJob,
  'reports.export': reportsExportJob,
  'imports.check': importsCheckJob,
  'imports.apply': importsApplyJob,
  'backup.create': backupCreateJob,
} as const satisfies Record<WorkerJobKind, JobHandler>;

/** The result each kind ends with (what `onFinished` receives for a `done` job). */
export interface JobResults {
  'audit.verify': AuditChainScan;
  'reports.export': ReportsExportResult;
  'imports.check': ImportCheckResult;
  'imports.apply': ImportApplyResult;
  'backup.create': BackupWriteResult;
}

export type JobHandlers = Readonly<Record<string, JobHandler>>;
