import type { Transaction } from 'kysely';
import type {
  AdvisorySessionsTable,
  OutcomeMilestonesTable,
  OutcomeMonthsTable,
  SessionActionsTable,
} from '../db/mentoring-schema';
import type { DatabaseSchema } from '../db/schema';
import { insertCaseEvent } from '../cases/case-file-history-repository';
import type { RecordKind } from './merge-rules';

export type Trx = Transaction<DatabaseSchema>;

export interface RowOf {
  session: AdvisorySessionsTable;
  action: SessionActionsTable;
  milestone: OutcomeMilestonesTable;
  month: OutcomeMonthsTable;
}
export type AnyRecord = RowOf[RecordKind];

export const TABLE_OF = {
  session: 'advisory_sessions',
  action: 'session_actions',
  milestone: 'outcome_milestones',
  month: 'outcome_months',
} as const;

/** One code path for four tables of the same shape: typed as one table named `t`. */
type Loose = Transaction<{ t: { id: string; [column: string]: unknown } }>;
const tableOf = (kind: RecordKind) => TABLE_OF[kind] as unknown as 't';

export async function officeRow<K extends RecordKind>(
  trx: Trx,
  kind: K,
  id: string,
): Promise<RowOf[K] | undefined> {
  return (await (trx as unknown as Loose)
    .selectFrom(tableOf(kind))
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst()) as RowOf[K] | undefined;
}

/**
 * Writes `next` as the office's row: new, or the next revision of `current`. A session's earlier
 * state is kept in its history first (with its actions), so an edit never loses what it replaced.
 */
export async function writeRecord<K extends RecordKind>(
  trx: Trx,
  kind: K,
  current: RowOf[K] | undefined,
  next: RowOf[K],
): Promise<void> {
  const loose = trx as unknown as Loose;
  if (!current) {
    await loose
      .insertInto(tableOf(kind))
      .values(next as unknown as Record<string, unknown>)
      .execute();
    return;
  }
  if (kind === 'session') {
    const previous = current as RowOf['session'];
    const actions = await trx
      .selectFrom('session_actions')
      .selectAll()
      .where('session_id', '=', current.id)
      .execute();
    await trx
      .insertInto('advisory_session_revisions')
      .values({
        session_id: current.id,
        revision: current.revision,
        // The mentoring service's format: the state, its actions, who made that state and when.
        snapshot: JSON.stringify({ session: previous, actions }),
        changed_at: previous.updated_at,
        changed_by: previous.updated_by,
      })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  const { id, ...columns } = next as unknown as Record<string, unknown>;
  await loose
    .updateTable(tableOf(kind))
    .set(columns)
    .where('id', '=', id as string)
    .execute();
}

/**
 * The timeline line of a record that arrived (ids and codes only, no text the mentor wrote): a
 * session when it is new (an edit is in its history, not a second line), an outcome each time.
 */
export async function timelineFor(
  trx: Trx,
  kind: RecordKind,
  row: AnyRecord,
  byUserId: number,
  at: string,
  isNew: boolean,
): Promise<void> {
  if (kind === 'session') {
    if (!isNew) return;
    const session = row as AdvisorySessionsTable;
    await insertCaseEvent(trx, {
      caseId: session.case_id,
      kind: 'session_logged',
      at,
      userId: byUserId,
      detail: {
        sessionId: session.id,
        heldOn: session.held_on,
        mode: session.mode,
        ...(session.corrects_session_id === null
          ? {}
          : { correctsSessionId: session.corrects_session_id }),
      },
    });
  } else if (kind === 'milestone') {
    const milestone = row as OutcomeMilestonesTable;
    await insertCaseEvent(trx, {
      caseId: milestone.case_id,
      kind: 'milestone_recorded',
      at,
      userId: byUserId,
      detail: { kind: milestone.kind, occurredOn: milestone.occurred_on },
    });
  } else if (kind === 'month') {
    const month = row as OutcomeMonthsTable;
    await insertCaseEvent(trx, {
      caseId: month.case_id,
      kind: 'outcome_recorded',
      at,
      userId: byUserId,
      detail: { month: month.month },
    });
  }
}
