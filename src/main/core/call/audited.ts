import type { Kysely, Transaction } from 'kysely';
import type { AuditActor, AuditLog } from '../audit/audit-log';
import type { DatabaseSchema } from '../db/schema';
import type { AuditedEvent, SignedInCall } from './call-context';

/**
 * Builds `call.audited`: the change and its audit event in one transaction, then, after the
 * commit, the audit log's outside anchor is written if its interval has come round (writing it
 * inside the transaction would anchor an event that might still roll back).
 */
export function auditedFor(
  db: Kysely<DatabaseSchema>,
  audit: AuditLog,
  actor: AuditActor,
): SignedInCall['audited'] {
  return async <T>(
    event: AuditedEvent | ((result: NoInfer<T>) => AuditedEvent),
    change: (trx: Transaction<DatabaseSchema>) => Promise<T>,
  ): Promise<T> => {
    const result = await db.transaction().execute(async (trx) => {
      const value = await change(trx);
      const entry = typeof event === 'function' ? event(value) : event;
      await audit.recordIn(trx, { ...entry, actor });
      return value;
    });
    await audit.afterCommit();
    return result;
  };
}
