import type { FeatureHandlers } from '../handlers';
import { listAuditEvents } from './audit-search';

/** The admin's audit screen. Reading the log is itself audited. */
export function auditHandlers(): FeatureHandlers<'audit'> {
  return {
    'audit.list': async (query, call) => {
      const page = await listAuditEvents(call.db, query);
      await call.audit.record({ action: 'audit.viewed', outcome: 'success', actor: call.actor });
      return page;
    },
    'audit.verify': async (_input, call) => {
      const verdict = await call.audit.verify();
      await call.audit.record({
        action: 'audit.verified',
        outcome: verdict.ok ? 'success' : 'failure',
        actor: call.actor,
        details: { checked: verdict.checked, ...(verdict.firstBroken ?? {}) },
      });
      return verdict;
    },
  };
}
