import { randomUUID } from 'node:crypto';
import type { MentoringConflictsTable } from '../db/mentoring-schema';
import {
  validAction,
  validMilestone,
  validMonth,
  validSession,
  type MergeContext,
  type RecordKind,
} from './merge-rules';
import {
  officeRow,
  timelineFor,
  writeRecord,
  type AnyRecord,
  type RowOf,
  type Trx,
} from './merge-records';

/**
 * Two edits of one record made in two places: the office's row stays as it is and both versions
 * wait in `mentoring_conflicts` for the mentor to pick. The same arrival seen again (a second run
 * of the merge before the refresh) finds its conflict already there and adds nothing.
 */
export async function recordConflict(
  trx: Trx,
  conflict: {
    mentorId: number;
    kind: RecordKind;
    office: AnyRecord;
    incoming: AnyRecord;
    now: string;
  },
): Promise<boolean> {
  const incomingVersion = JSON.stringify(conflict.incoming);
  const officeVersion = JSON.stringify(conflict.office);
  const open = await trx
    .selectFrom('mentoring_conflicts')
    .selectAll()
    .where('mentor_id', '=', conflict.mentorId)
    .where('record_kind', '=', conflict.kind)
    .where('record_id', '=', conflict.incoming.id)
    .where('resolved_at', 'is', null)
    .executeTakeFirst();
  if (open) {
    if (open.incoming_version === incomingVersion && open.office_version === officeVersion)
      return false;
    // One open conflict per record: the newest arrival and the office's current row replace it.
    await trx
      .updateTable('mentoring_conflicts')
      .set({ incoming_version: incomingVersion, office_version: officeVersion })
      .where('id', '=', open.id)
      .execute();
    return true;
  }
  await trx
    .insertInto('mentoring_conflicts')
    .values({
      id: randomUUID(),
      mentor_id: conflict.mentorId,
      record_kind: conflict.kind,
      record_id: conflict.incoming.id,
      case_id: conflict.incoming.case_id,
      office_version: officeVersion,
      incoming_version: incomingVersion,
      created_at: conflict.now,
      resolved_at: null,
      resolution: null,
    })
    .execute();
  return true;
}

/**
 * Applies the mentor's pick. "office" closes the conflict; "incoming" writes the version that
 * arrived as the next revision of the office's row — read from the office's own copy of the
 * conflict (never from the compartment) and checked again, since the assignment may have ended.
 * A pick made against an office version the office has changed since is not applied (it would
 * overwrite what the mentor never saw): the conflict stays open with the office's current row.
 * Returns the record written, null when nothing was written (office kept, or refused), or
 * 'reopened' when the conflict waits for another pick.
 */
export async function applyConflictPick(
  trx: Trx,
  conflict: MentoringConflictsTable,
  keep: 'office' | 'incoming',
  context: MergeContext,
): Promise<{ kind: RecordKind; row: AnyRecord } | null | 'reopened'> {
  const now = context.now.toISOString();
  let written: { kind: RecordKind; row: AnyRecord } | null = null;
  if (keep === 'incoming') {
    const kind = conflict.record_kind;
    const current = await officeRow(trx, kind, conflict.record_id);
    if (current && revisionOf(conflict.office_version) !== current.revision) {
      await trx
        .updateTable('mentoring_conflicts')
        .set({ office_version: JSON.stringify(current) })
        .where('id', '=', conflict.id)
        .execute();
      return 'reopened';
    }
    const checked = recheck(context, kind, JSON.parse(conflict.incoming_version), current);
    if (checked && checked.id === conflict.record_id && current) {
      const next = { ...checked, revision: current.revision + 1 } as AnyRecord;
      await writeRecord(trx, kind, current, next as RowOf[typeof kind]);
      await timelineFor(trx, kind, next, context.mentorId, now, false);
      written = { kind, row: next };
    } else if (checked === null) {
      return null;
    }
  }
  await trx
    .updateTable('mentoring_conflicts')
    .set({ resolved_at: now, resolution: keep })
    .where('id', '=', conflict.id)
    .execute();
  return written;
}

function revisionOf(version: string): unknown {
  try {
    return (JSON.parse(version) as { revision?: unknown } | null)?.revision;
  } catch {
    return null;
  }
}

function recheck(
  context: MergeContext,
  kind: RecordKind,
  version: unknown,
  current: AnyRecord | undefined,
): AnyRecord | null {
  if (typeof version !== 'object' || version === null) return null;
  switch (kind) {
    case 'session':
      return validSession(context, version as RowOf['session']);
    case 'action':
      return validAction(context, version as RowOf['action']);
    case 'milestone':
      return validMilestone(context, version as RowOf['milestone']);
    case 'month':
      return validMonth(
        context,
        version as RowOf['month'],
        (current as RowOf['month'] | undefined)?.evidence_attachment_id ?? null,
      );
  }
}
