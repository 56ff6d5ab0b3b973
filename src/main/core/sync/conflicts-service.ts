import type { z } from 'zod';
import type { MergeConflict, conflictResolveSchema } from '../../../shared/domain/mentoring';
import type { MentorCall } from '../call/call-context';
import { displayName } from '../cases/person-names';
import type { CompartmentSchema } from '../compartments/compartment-schema';
import type { MentoringConflictsTable } from '../db/mentoring-schema';
import { AppError } from '../errors';
import { mergeContextFor } from './compartment-merge';
import { applyConflictPick } from './merge-conflicts';
import { CONTENT_FIELDS } from './merge-rules';
import type { Kysely } from 'kysely';

type Version = MergeConflict['officeVersion'];

/**
 * The conflicts waiting for this mentor's pick. In a compartment a pick already made waits there
 * for the next merge and is not asked again.
 */
export async function conflictsOf(call: MentorCall): Promise<MergeConflict[]> {
  const rows = await call.db
    .selectFrom('mentoring_conflicts')
    .selectAll()
    .where('mentor_id', '=', call.user.id)
    .where('resolved_at', 'is', null)
    .orderBy('created_at')
    .execute();
  const names = await caseNames(
    call,
    rows.map((row) => row.case_id),
  );
  return rows.map((row) => toConflict(row, names.get(row.case_id) ?? ''));
}

/**
 * The mentor keeps one version. In the office database it is applied at once (the kept incoming
 * version becomes the record's next revision, with the earlier one in its history); in a
 * compartment the pick is stored in the conflict's row and the next office merge applies it,
 * checking it against the office's own copy of both versions.
 */
export async function resolveConflict(
  call: MentorCall,
  input: z.output<typeof conflictResolveSchema>,
): Promise<MergeConflict[]> {
  const event = {
    action: 'mentoring.conflict_resolved' as const,
    outcome: 'success' as const,
    target: { type: 'mentoring_conflict', id: input.conflictId },
    details: { keep: input.keep },
  };
  const office = call.office;
  if (office) {
    const context = await mergeContextFor(
      { db: office.db, audit: office.audit, actor: office.actor, clock: office.clock },
      call.user.id,
    );
    await office.audited(event, async (trx) => {
      const conflict = await trx
        .selectFrom('mentoring_conflicts')
        .selectAll()
        .where('id', '=', input.conflictId)
        .where('mentor_id', '=', call.user.id)
        .where('resolved_at', 'is', null)
        .executeTakeFirst();
      if (!conflict) throw new AppError('NOT_FOUND', 'conflict_not_found');
      await applyConflictPick(trx, conflict, input.keep, context);
    });
  } else {
    await call.audited(event, async (trx) => {
      const result = await trx
        .updateTable('mentoring_conflicts')
        .set({ resolution: input.keep, resolved_at: call.clock.now().toISOString() })
        .where('id', '=', input.conflictId)
        .where('mentor_id', '=', call.user.id)
        .where('resolved_at', 'is', null)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1)
        throw new AppError('NOT_FOUND', 'conflict_not_found');
    });
  }
  return conflictsOf(call);
}

async function caseNames(call: MentorCall, caseIds: number[]): Promise<Map<number, string>> {
  const names = new Map<number, string>();
  if (caseIds.length === 0) return names;
  if (call.office) {
    const rows = await call.office.db
      .selectFrom('cases')
      .innerJoin('beneficiaries as b', 'b.id', 'cases.beneficiary_id')
      .select(['cases.id', 'b.title', 'b.title_other', 'b.first_name', 'b.last_name'])
      .where('cases.id', 'in', caseIds)
      .execute();
    for (const row of rows) names.set(row.id, displayName(row));
  } else {
    const compartment = call.db as unknown as Kysely<CompartmentSchema>;
    const rows = await compartment
      .selectFrom('mentee_cases')
      .select(['case_id', 'display_name'])
      .where('case_id', 'in', caseIds)
      .execute();
    for (const row of rows) names.set(row.case_id, row.display_name);
  }
  return names;
}

function toConflict(row: MentoringConflictsTable, displayName: string): MergeConflict {
  const office = parse(row.office_version);
  const incoming = parse(row.incoming_version);
  return {
    conflictId: row.id,
    recordKind: row.record_kind,
    recordId: row.record_id,
    caseId: row.case_id,
    displayName,
    officeVersion: version(row.record_kind, office),
    incomingVersion: version(row.record_kind, incoming),
    officeChangedAt: changedAt(office),
    incomingChangedAt: changedAt(incoming),
    createdAt: row.created_at,
  };
}

function parse(text: string): Record<string, unknown> {
  try {
    const value = JSON.parse(text) as unknown;
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The fields the two versions are compared on, as the screen shows them side by side. */
function version(kind: MergeConflict['recordKind'], row: Record<string, unknown>): Version {
  const shown: Version = {};
  for (const field of CONTENT_FIELDS[kind]) {
    const value = row[field];
    if (field === 'topics' || field === 'completed_action_ids') {
      const list = typeof value === 'string' ? (parseList(value) ?? []) : [];
      shown[field] = list;
    } else if (
      typeof value === 'string' ||
      typeof value === 'number' ||
      typeof value === 'boolean' ||
      value === null
    ) {
      shown[field] = value;
    }
  }
  return shown;
}

function parseList(text: string): string[] | null {
  try {
    const value = JSON.parse(text) as unknown;
    return Array.isArray(value) ? value.filter((item) => typeof item === 'string') : null;
  } catch {
    return null;
  }
}

function changedAt(row: Record<string, unknown>): string {
  const at = row.updated_at ?? row.recorded_at;
  return typeof at === 'string' ? at : '';
}
