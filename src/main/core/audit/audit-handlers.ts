import type { FeatureHandlers } from '../handlers';
import { AppError } from '../errors';
import { auditVerdict } from '../jobs/kinds/audit-verify-verdict';
import { listAuditEvents } from './audit-search';

/** The admin's audit screen. Reading the log is itself audited. */
export function auditHandlers(): FeatureHandlers<'audit'> {
  return {
    'audit.list': async (query, call) => {
      const page = await listAuditEvents(call.db, query);
      // Which part of the log was looked at belongs in the log too (never personal data: names
      // of accounts, action names, dates).
      const filters = Object.fromEntries(
        Object.entries(query).filter(([name, value]) => name !== 'limit' && value !== undefined),
      ) as Record<string, string | number>;
      await call.audit.record({
        action: 'audit.viewed',
        outcome: 'success',
        actor: call.actor,
        details: { ...filters, returned: page.events.length },
      });
      return page;
    },
    // Walking the whole chain is long work: it runs as a job, off the thread that owns the
    // window; the anchor file is compared here once the walk is done.
    'audit.verify': async (_input, call) => {
      const end = await call.jobs.run('audit.verify', {});
      if (end.state !== 'done')
        throw new AppError('CONFLICT', end.state === 'cancelled' ? 'job_cancelled' : 'job_failed');
      const verdict = await auditVerdict(end.result, call.audit, call.clock.now());
      await call.audit.record({
        action: 'audit.verified',
        outcome: verdict.ok ? 'success' : 'failure',
        actor: call.actor,
        details: { checked: verdict.checked, ...(verdict.firstBroken ?? {}) },
      });
      // A chain that checked out is anchored afresh, so the checkpoint the office prints now
      // covers every event the check walked. A broken one keeps the old anchor as evidence.
      if (verdict.ok) await call.audit.flushAnchor();
      return verdict;
    },
  };
}
