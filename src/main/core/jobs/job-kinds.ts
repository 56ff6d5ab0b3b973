import type { WorkerJobKind } from '../../../shared/domain/jobs';
import type { AuditChainScan } from './kinds/audit-verify';
import { auditVerifyJob } from './kinds/audit-verify';
import type { JobHandler } from './job-kind';

/**
 * Every kind of job, in one static list: the worker looks the function up here, the runner
 * whether it writes. A new kind is a file in `kinds/`, a line here and its name in `JOB_KINDS`.
 */
export const JOB_HANDLERS = {
  'audit.verify': auditVerifyJob,
} as const satisfies Record<WorkerJobKind, JobHandler>;

/** The result each kind ends with (what `onFinished` receives for a `done` job). */
export interface JobResults {
  'audit.verify': AuditChainScan;
}

export type JobHandlers = Readonly<Record<string, JobHandler>>;
