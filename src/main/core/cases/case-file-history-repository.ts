import type { TimelineKind } from '../../../shared/domain/cases';
import { precompileQuery } from '../db/precompiled-query';
import type { Db } from './case-file-repository';

export interface FieldChangeRow {
  field: string;
  oldValue: string | null;
  newValue: string | null;
  sensitive: boolean;
}

/**
 * One row per changed field; sensitive fields never keep their values. The rows are written last
 * field first, so that the history read newest first (by id) lists one edit's fields in form order.
 */
export async function insertFieldChanges(
  db: Db,
  where: { beneficiaryId: number; caseId: number | null },
  changes: readonly FieldChangeRow[],
  by: { userId: number; at: string },
): Promise<void> {
  if (changes.length === 0) return;
  await db
    .insertInto('field_changes')
    .values(
      [...changes].reverse().map((change) => ({
        beneficiary_id: where.beneficiaryId,
        case_id: where.caseId,
        field: change.field,
        old_value: change.sensitive ? null : change.oldValue,
        new_value: change.sensitive ? null : change.newValue,
        sensitive: change.sensitive ? (1 as const) : (0 as const),
        changed_at: by.at,
        changed_by: by.userId,
      })),
    )
    .execute();
}

/**
 * The change history seen from one case: the person's own fields (recorded without a case, so
 * every case of theirs shows them) and this case's fields. Newest first.
 */
export function fieldChangesFor(db: Db, beneficiaryId: number, caseId: number) {
  return db
    .selectFrom('field_changes')
    .innerJoin('users', 'users.id', 'field_changes.changed_by')
    .select([
      'field_changes.id',
      'field_changes.field',
      'field_changes.old_value',
      'field_changes.new_value',
      'field_changes.sensitive',
      'field_changes.changed_at',
      'users.full_name as changed_by_name',
    ])
    .where('field_changes.beneficiary_id', '=', beneficiaryId)
    .where((eb) =>
      eb.or([eb('field_changes.case_id', 'is', null), eb('field_changes.case_id', '=', caseId)]),
    )
    .orderBy('field_changes.id', 'desc')
    .execute();
}

export async function insertCaseEvent(
  db: Db,
  event: {
    caseId: number;
    kind: TimelineKind;
    at: string;
    userId: number;
    detail: Record<string, string | string[]>;
  },
): Promise<void> {
  await db
    .insertInto('case_events')
    .values({
      case_id: event.caseId,
      kind: event.kind,
      at: event.at,
      by_user_id: event.userId,
      detail: JSON.stringify(event.detail),
    })
    .execute();
}

/** The case's timeline, newest first, with the name of who did each thing. */
const selectCaseEvents = precompileQuery((db, params: { caseId: number }) =>
  db
    .selectFrom('case_events')
    .innerJoin('users', 'users.id', 'case_events.by_user_id')
    .select([
      'case_events.id',
      'case_events.kind',
      'case_events.at',
      'case_events.detail',
      'users.full_name as by_name',
    ])
    .where('case_events.case_id', '=', params.caseId)
    .orderBy('case_events.id', 'desc'),
);

export function caseEventsOf(db: Db, caseId: number) {
  return selectCaseEvents.execute(db, { caseId });
}
