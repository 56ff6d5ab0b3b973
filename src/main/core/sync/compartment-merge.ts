import type { Kysely } from 'kysely';
import {
  MERGED_RECORD_KINDS,
  type MergeReport,
  type MergeSource,
} from '../../../shared/domain/mentoring';
import { bangkokDate, bangkokToday } from '../../../shared/thai/bangkok-time';
import type { CompartmentSchema } from '../compartments/compartment-schema';
import type { OfficeSide } from './compartment-refresh';
import { Merge, total, zeroCounts, type Incoming, type Tally } from './merge-apply';
import { officeRow } from './merge-records';
import { reportFor } from './merge-reports';
import {
  validMilestone,
  validMonth,
  type AssignmentPeriods,
  type MergeContext,
} from './merge-rules';

type Compartment = Kysely<CompartmentSchema>;

/** What the compartment holds that the office has not taken yet. */
async function readIncoming(compartment: Compartment) {
  // Four tables of the same shape, read alike (typed as one table named `t`).
  const dirty = async <R>(table: string): Promise<R[]> =>
    (await (compartment as unknown as Kysely<{ t: { dirty: number } }>)
      .selectFrom(table as 't')
      .selectAll()
      .where('dirty', '=', 1)
      .execute()) as unknown as R[];
  const [sessions, actions, milestones, months, revisions, picks] = await Promise.all([
    dirty<Incoming<'session'>>('advisory_sessions'),
    dirty<Incoming<'action'>>('session_actions'),
    dirty<Incoming<'milestone'>>('outcome_milestones'),
    dirty<Incoming<'month'>>('outcome_months'),
    compartment
      .selectFrom('advisory_session_revisions')
      .selectAll()
      .where('dirty', '=', 1)
      .execute(),
    compartment
      .selectFrom('mentoring_conflicts')
      .select(['id', 'resolution'])
      .where('resolved_at', 'is not', null)
      .where('resolution', 'is not', null)
      .execute(),
  ]);
  const actionIdsOf = new Map<string, Set<string>>();
  const sessionIds = sessions.map((row) => row.id);
  for (let i = 0; i < sessionIds.length; i += 500) {
    const rows = await compartment
      .selectFrom('session_actions')
      .select(['id', 'session_id'])
      .where('session_id', 'in', sessionIds.slice(i, i + 500))
      .execute();
    for (const row of rows) {
      const ids = actionIdsOf.get(row.session_id) ?? new Set<string>();
      actionIdsOf.set(row.session_id, ids.add(row.id));
    }
  }
  return { sessions, actions, milestones, months, revisions, picks, actionIdsOf };
}

/** When the mentor held which case (Bangkok dates), and when each case opened. */
export async function mergeContextFor(office: OfficeSide, mentorId: number): Promise<MergeContext> {
  const rows = await office.db
    .selectFrom('mentor_assignments')
    .innerJoin('cases', 'cases.id', 'mentor_assignments.case_id')
    .select([
      'mentor_assignments.case_id',
      'mentor_assignments.started_at',
      'mentor_assignments.ended_at',
      'cases.intake_date',
    ])
    .where('mentor_assignments.mentor_id', '=', mentorId)
    .execute();
  const periods: AssignmentPeriods = new Map();
  const intakeDates = new Map<number, string>();
  for (const row of rows) {
    const list = periods.get(row.case_id) ?? [];
    list.push({
      from: bangkokDate(row.started_at),
      to: row.ended_at === null ? null : bangkokDate(row.ended_at),
    });
    periods.set(row.case_id, list);
    intakeDates.set(row.case_id, row.intake_date);
  }
  const now = office.clock.now();
  return { mentorId, now, today: bangkokToday(now), periods, intakeDates };
}

/**
 * Takes what a mentor wrote in their compartment (or a carried copy of it) into the office
 * database: sessions, agreed actions, milestones, monthly figures, and the picks of conflicts —
 * all in one office transaction with its audit event and a `mentor_merges` row, or nothing.
 *
 * The compartment is hostile input. Each row is validated (merge-rules.ts), carries the mentor's
 * id whatever it claims, and is taken only for a case the mentor held on the record's date; a
 * mentor changes only their own sessions (within the edit window) and, of other people's
 * actions, only whether they are done. Revisions: a new record is inserted; a change based on
 * the office's current revision is applied; a change to a record the office changed since is a
 * conflict, never an overwrite; content the office already has is nothing to do. So running the
 * merge twice, or again before the refresh cleared the compartment's dirty flags, changes
 * nothing. The compartment itself is only read here; the refresh after it brings it in line.
 */
export async function mergeCompartmentInto(
  office: OfficeSide,
  mentorId: number,
  compartment: Compartment,
  source: MergeSource,
): Promise<MergeReport> {
  return (await mergeWithRefusals(office, mentorId, compartment, source)).report;
}

/**
 * The merge, also naming the rows it refused: the refresh that follows it on the same
 * compartment drops them (they were read and judged; kept, they would be refused again at every
 * merge), while rows no merge has seen yet stay.
 */
export async function mergeWithRefusals(
  office: OfficeSide,
  mentorId: number,
  compartment: Compartment,
  source: MergeSource,
): Promise<{ report: MergeReport; refusedIds: ReadonlySet<string> }> {
  const incoming = await readIncoming(compartment);
  const context = await mergeContextFor(office, mentorId);
  const now = context.now.toISOString();
  const tally: Tally = {
    added: zeroCounts(),
    updated: zeroCounts(),
    conflicts: 0,
    resolved: 0,
    refused: 0,
    refusedIds: new Set(),
    caseIds: new Set(),
  };

  const mergeId = await office.db.transaction().execute(async (trx) => {
    const merge = new Merge(trx, context, tally, now, incoming.actionIdsOf);
    const incomingActionIds = new Map(incoming.actions.map((row) => [row.id, row.case_id]));
    await merge.sessions(incoming.sessions, incomingActionIds);
    await merge.revisions(incoming.revisions);
    for (const row of incoming.actions) await merge.action(row);
    for (const row of incoming.milestones)
      await merge.record('milestone', row, validMilestone(context, row));
    for (const row of incoming.months) {
      const current = await officeRow(trx, 'month', row.id);
      const checked = validMonth(context, row, current?.evidence_attachment_id ?? null);
      await merge.record('month', row, checked);
    }
    for (const pick of incoming.picks) await merge.pick(pick.id, pick.resolution!);

    const changed =
      total(tally.added) + total(tally.updated) + tally.conflicts + tally.resolved + tally.refused;
    // A compartment with nothing new leaves no trace; a carried file is always reported.
    if (changed === 0 && source === 'compartment') return 0;
    const summary = {
      added: tally.added,
      updated: tally.updated,
      conflicts: tally.conflicts,
      resolved: tally.resolved,
      refused: tally.refused,
      caseIds: [...tally.caseIds].sort((a, b) => a - b),
    };
    const row = await trx
      .insertInto('mentor_merges')
      .values({
        mentor_id: mentorId,
        source,
        merged_at: now,
        merged_by: office.actor.id ?? mentorId,
        summary: JSON.stringify(summary),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await office.audit.recordIn(trx, {
      action: 'mentor.compartment_merged',
      outcome: 'success',
      actor: office.actor,
      target: { type: 'user', id: mentorId },
      details: {
        mergeId: row.id,
        source,
        ...Object.fromEntries(
          MERGED_RECORD_KINDS.flatMap((kind) => [
            [`added_${kind}`, tally.added[kind]],
            [`updated_${kind}`, tally.updated[kind]],
          ]),
        ),
        conflicts: tally.conflicts,
        resolved: tally.resolved,
        refused: tally.refused,
      },
    });
    return row.id;
  });
  if (mergeId !== 0) await office.audit.afterCommit();
  const report: MergeReport =
    mergeId !== 0
      ? await reportFor(office.db, mergeId)
      : {
          mergeId: 0,
          mentorId,
          mentorName: '',
          source,
          mergedAt: now,
          added: zeroCounts(),
          updated: zeroCounts(),
          conflicts: 0,
          refused: 0,
          cases: [],
        };
  return { report, refusedIds: tally.refusedIds };
}
