import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { AuditAction, AuditEvent, auditQuerySchema } from '../../../shared/domain/audit';
import type { AuditEventRow, DatabaseSchema } from '../db/schema';
import type { JsonValue } from '../../../shared/contract/json';
import { bangkokDayEndUtc, bangkokDayStartUtc } from '../../../shared/thai';

type AuditQuery = z.output<typeof auditQuerySchema>;

/**
 * The admin's audit list, newest first, filtered by who, what, outcome and date range. `from`/`to`
 * are calendar dates in Thailand (Asia/Bangkok), whatever time zone the PC is set to; events are
 * stored in UTC, so the bounds are the UTC instants where those Bangkok days start and end.
 */
export async function listAuditEvents(
  db: Kysely<DatabaseSchema>,
  query: AuditQuery,
): Promise<{ events: AuditEvent[]; hasMore: boolean }> {
  let select = db.selectFrom('audit_events').selectAll();
  if (query.actorUserName)
    select = select.where('actor_user_name', '=', query.actorUserName.trim().toLowerCase());
  if (query.action) select = select.where('action', '=', query.action);
  if (query.outcome) select = select.where('outcome', '=', query.outcome);
  if (query.from) select = select.where('at', '>=', bangkokDayStartUtc(query.from));
  if (query.to) select = select.where('at', '<', bangkokDayEndUtc(query.to));
  if (query.beforeSeq) select = select.where('seq', '<', query.beforeSeq);
  const rows = await select
    .orderBy('seq', 'desc')
    .limit(query.limit + 1)
    .execute();
  return {
    events: rows.slice(0, query.limit).map(toAuditEvent),
    hasMore: rows.length > query.limit,
  };
}

function toAuditEvent(row: AuditEventRow): AuditEvent {
  return {
    seq: row.seq,
    at: row.at,
    actorUserName: row.actor_user_name,
    actorRole: row.actor_role,
    action: row.action as AuditAction,
    targetType: row.target_type,
    targetId: row.target_id,
    outcome: row.outcome,
    machine: row.machine,
    appVersion: row.app_version,
    details: row.details ? (JSON.parse(row.details) as Record<string, JsonValue>) : null,
  };
}
