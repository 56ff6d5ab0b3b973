import type { Kysely, Transaction } from 'kysely';
import {
  pdpaDeadline,
  type PdpaRequest,
  type PdpaRequestStatus,
} from '../../../shared/domain/pdpa';
import { userNames } from '../cases/case-file-repository';
import { displayName } from '../cases/person-names';
import type { DatabaseSchema } from '../db/schema';
import type { PdpaRequestsTable } from '../db/pdpa-schema';
import type { Insertable, Selectable } from 'kysely';

type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;
export type PdpaRequestRow = Selectable<PdpaRequestsTable>;

export async function insertRequest(db: Db, row: Insertable<PdpaRequestsTable>): Promise<number> {
  const { id } = await db
    .insertInto('pdpa_requests')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export function findRequest(db: Db, requestId: number): Promise<PdpaRequestRow | undefined> {
  return db.selectFrom('pdpa_requests').selectAll().where('id', '=', requestId).executeTakeFirst();
}

export async function closeRequestRow(
  db: Db,
  requestId: number,
  close: { status: Exclude<PdpaRequestStatus, 'open'>; reason: string; at: string; by: number },
): Promise<void> {
  await db
    .updateTable('pdpa_requests')
    .set({ status: close.status, reason: close.reason, handled_at: close.at, handled_by: close.by })
    .where('id', '=', requestId)
    .where('status', '=', 'open')
    .executeTakeFirstOrThrow();
}

export async function requestRows(
  db: Db,
  query: { beneficiaryId: number | null; openOnly: boolean },
): Promise<PdpaRequestRow[]> {
  let q = db.selectFrom('pdpa_requests').selectAll();
  if (query.beneficiaryId !== null) q = q.where('beneficiary_id', '=', query.beneficiaryId);
  if (query.openOnly) q = q.where('status', '=', 'open');
  return q.orderBy('due_on').orderBy('id').limit(2000).execute();
}

/** Rows as the screens show them: the person's name and case numbers, staff names, deadline. */
export async function toRequests(
  db: Db,
  rows: readonly PdpaRequestRow[],
  today: string,
): Promise<PdpaRequest[]> {
  if (rows.length === 0) return [];
  const personIds = [...new Set(rows.map((row) => row.beneficiary_id))];
  const people = await db
    .selectFrom('beneficiaries')
    .select(['id', 'title', 'title_other', 'first_name', 'last_name', 'erased_at'])
    .where('id', 'in', personIds)
    .execute();
  const names = new Map(
    people.map((p) => [p.id, p.erased_at === null ? displayName(p) : ''] as const),
  );
  const cases = await db
    .selectFrom('cases')
    .select(['beneficiary_id', 'case_number'])
    .where('beneficiary_id', 'in', personIds)
    .orderBy('id')
    .execute();
  const staff = await userNames(
    db,
    rows.flatMap((row) => [row.recorded_by, ...(row.handled_by === null ? [] : [row.handled_by])]),
  );
  return rows.map((row) => ({
    id: row.id,
    beneficiaryId: row.beneficiary_id,
    personName: names.get(row.beneficiary_id) ?? '',
    caseNumbers: cases
      .filter((c) => c.beneficiary_id === row.beneficiary_id)
      .map((c) => c.case_number),
    kind: row.kind,
    receivedOn: row.received_on,
    dueOn: row.due_on,
    requester: row.requester,
    representativeName: row.representative_name,
    channel: row.channel,
    note: row.note,
    status: row.status,
    deadline: pdpaDeadline(row.status, row.due_on, today),
    reason: row.reason,
    recordedBy: staff.get(row.recorded_by) ?? '',
    recordedAt: row.recorded_at,
    handledBy: row.handled_by === null ? null : (staff.get(row.handled_by) ?? ''),
    handledAt: row.handled_at,
  }));
}
