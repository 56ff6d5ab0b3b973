import type { Kysely, Selectable } from 'kysely';
import {
  MERGED_RECORD_KINDS,
  SESSION_EDIT_DAYS,
  type MergeReport,
  type MergeSource,
  type MergedRecordKind,
} from '../../../shared/domain/mentoring';
import { bangkokDate, bangkokToday } from '../../../shared/thai/bangkok-time';
import type { CompartmentSchema } from '../compartments/compartment-schema';
import type { MentoringConflictsTable } from '../db/mentoring-schema';
import type { OfficeSide } from './compartment-refresh';
import { applyConflictPick, recordConflict } from './merge-conflicts';
import { officeRow, timelineFor, writeRecord, type RowOf, type Trx } from './merge-records';
import { reportFor } from './merge-reports';
import {
  sameContent,
  validAction,
  validMilestone,
  validMonth,
  validSession,
  type AssignmentPeriods,
  type MergeContext,
  type RecordKind,
} from './merge-rules';

type Compartment = Kysely<CompartmentSchema>;
/** A row as the compartment holds it: the office's columns and the merge's bookkeeping. */
type Incoming<K extends RecordKind> = RowOf[K] & { base_revision: number | null; dirty: number };

/** A revision may jump by the mentor's own offline edits, but not without bound. */
const REVISION_STEP_MAX = 1000;

interface Tally {
  added: Record<MergedRecordKind, number>;
  updated: Record<MergedRecordKind, number>;
  conflicts: number;
  resolved: number;
  refused: number;
  refusedIds: Set<string>;
  caseIds: Set<number>;
}

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

class Merge {
  constructor(
    private readonly trx: Trx,
    private readonly context: MergeContext,
    private readonly tally: Tally,
    private readonly now: string,
    /** Every action id the compartment holds, per session of the dirty sessions. */
    private readonly actionIdsOf: Map<string, Set<string>>,
  ) {}

  /**
   * Sessions in an order their corrections can follow (a correction names an earlier session,
   * which must be in the office first); whatever is still waiting when nothing moves is refused.
   */
  async sessions(
    rows: Incoming<'session'>[],
    incomingActionIds: Map<string, number>,
  ): Promise<void> {
    let waiting = [...rows].sort((a, b) =>
      String(a.created_at).localeCompare(String(b.created_at)),
    );
    while (waiting.length) {
      const next: Incoming<'session'>[] = [];
      for (const row of waiting) {
        const target = row.corrects_session_id;
        if (
          target &&
          waiting.some((other) => other.id === target) &&
          !(await officeRow(this.trx, 'session', target))
        ) {
          next.push(row);
          continue;
        }
        await this.session(row, incomingActionIds);
      }
      if (next.length === waiting.length) {
        for (const row of next) this.refuse(row.id);
        return;
      }
      waiting = next;
    }
  }

  private async session(row: Incoming<'session'>, incomingActionIds: Map<string, number>) {
    const checked = validSession(this.context, row);
    if (!checked) return this.refuse(row.id);
    const current = await officeRow(this.trx, 'session', checked.id);
    if (current) {
      if (current.mentor_id !== this.context.mentorId || current.case_id !== checked.case_id)
        return this.refuse(row.id);
      const windowEnd = Date.parse(current.created_at) + SESSION_EDIT_DAYS * 86_400_000;
      if (!sameContent('session', current, checked) && Date.parse(checked.updated_at) > windowEnd)
        return this.refuse(row.id);
      checked.created_at = current.created_at;
    }
    if (checked.corrects_session_id !== null) {
      const corrected = await officeRow(this.trx, 'session', checked.corrects_session_id);
      if (!corrected || corrected.case_id !== checked.case_id) return this.refuse(row.id);
    }
    // Ticked-off actions must be actions of this case; unknown ids are dropped, not stored.
    const known = new Set(
      (
        await this.trx
          .selectFrom('session_actions')
          .select('id')
          .where('case_id', '=', checked.case_id)
          .execute()
      ).map((action) => action.id),
    );
    const ticked = (JSON.parse(checked.completed_action_ids) as string[]).filter(
      (id) => known.has(id) || incomingActionIds.get(id) === checked.case_id,
    );
    checked.completed_action_ids = JSON.stringify(ticked);
    const outcome = await this.apply('session', row, checked, current);
    if (outcome === 'updated') await this.dropRemovedActions(checked.id);
  }

  /**
   * An edit of a session may leave out actions agreed in it (the mentoring service removes an
   * action left out unless it was done). A removal leaves no row to merge, so it is read from
   * the compartment: open actions of this session the office holds and the compartment no longer
   * does. Only after the edit itself was applied — it was based on the office's current state,
   * so the compartment had every action of it.
   */
  private async dropRemovedActions(sessionId: string): Promise<void> {
    const kept = this.actionIdsOf.get(sessionId) ?? new Set<string>();
    const open = await this.trx
      .selectFrom('session_actions')
      .select('id')
      .where('session_id', '=', sessionId)
      .where('done_on', 'is', null)
      .execute();
    const gone = open.map((action) => action.id).filter((id) => !kept.has(id));
    if (gone.length > 0)
      await this.trx.deleteFrom('session_actions').where('id', 'in', gone).execute();
  }

  /** Earlier versions of sessions the mentor edited offline, for the session's history. */
  async revisions(
    rows: Selectable<CompartmentSchema['advisory_session_revisions']>[],
  ): Promise<void> {
    for (const row of rows) {
      const session = await officeRow(this.trx, 'session', row.session_id);
      // Only history of the mentor's own sessions, below the office's current revision.
      if (!session || session.mentor_id !== this.context.mentorId) continue;
      if (!Number.isInteger(row.revision) || row.revision < 1 || row.revision >= session.revision)
        continue;
      // The mentoring service's format: `{ session, actions }`, each checked like an arrival.
      let snapshot: { session?: unknown; actions?: unknown };
      try {
        snapshot = JSON.parse(row.snapshot) as typeof snapshot;
      } catch {
        continue;
      }
      const state = snapshot?.session;
      const checked =
        typeof state === 'object' && state !== null
          ? validSession(this.context, { ...(state as RowOf['session']), revision: row.revision })
          : null;
      if (!checked || checked.id !== session.id) continue;
      const actions = (Array.isArray(snapshot.actions) ? (snapshot.actions as unknown[]) : [])
        .map((action) =>
          typeof action === 'object' && action !== null
            ? validAction(this.context, action as RowOf['action'])
            : null,
        )
        .filter((action) => action !== null && action.session_id === session.id);
      await this.trx
        .insertInto('advisory_session_revisions')
        .values({
          session_id: session.id,
          revision: row.revision,
          snapshot: JSON.stringify({ session: checked, actions }),
          changed_at: checked.updated_at,
          changed_by: this.context.mentorId,
        })
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
  }

  async action(row: Incoming<'action'>): Promise<void> {
    const checked = validAction(this.context, row);
    if (!checked) return this.refuse(row.id);
    const session = await officeRow(this.trx, 'session', checked.session_id);
    if (!session || session.case_id !== checked.case_id) return this.refuse(row.id);
    if (checked.done_in_session_id !== null) {
      const doneIn = await officeRow(this.trx, 'session', checked.done_in_session_id);
      if (!doneIn || doneIn.case_id !== checked.case_id) return this.refuse(row.id);
    }
    const current = await officeRow(this.trx, 'action', checked.id);
    const own = session.mentor_id === this.context.mentorId;
    if (current) {
      if (current.case_id !== checked.case_id || current.session_id !== checked.session_id)
        return this.refuse(row.id);
      // Someone else's action: the mentor may tick it off (or undo that), nothing more.
      if (
        !own &&
        (current.description !== checked.description ||
          current.owner !== checked.owner ||
          current.due_on !== checked.due_on)
      )
        return this.refuse(row.id);
    } else if (!own) {
      return this.refuse(row.id);
    }
    await this.apply('action', row, checked, current);
  }

  async record(
    kind: 'milestone' | 'month',
    row: Incoming<'milestone'> | Incoming<'month'>,
    checked: RowOf['milestone'] | RowOf['month'] | null,
  ): Promise<void> {
    if (!checked) return this.refuse(row.id);
    const current = await officeRow(this.trx, kind, checked.id);
    if (current && current.case_id !== checked.case_id) return this.refuse(row.id);
    await this.apply(kind, row, checked, current);
  }

  /** A pick the mentor made in their compartment, applied to the office's copy of the conflict. */
  async pick(conflictId: string, keep: 'office' | 'incoming'): Promise<void> {
    const conflict = await this.trx
      .selectFrom('mentoring_conflicts')
      .selectAll()
      .where('id', '=', conflictId)
      .where('mentor_id', '=', this.context.mentorId)
      .where('resolved_at', 'is', null)
      .executeTakeFirst();
    // Unknown, someone else's or already settled (a second run): nothing to do.
    if (!conflict) return;
    await this.resolve(conflict, keep);
  }

  private async resolve(conflict: MentoringConflictsTable, keep: 'office' | 'incoming') {
    const written = await applyConflictPick(this.trx, conflict, keep, this.context);
    this.tally.resolved++;
    this.tally.caseIds.add(conflict.case_id);
    if (written) this.tally.updated[written.kind]++;
  }

  /** New, next revision, conflict or nothing to do (see the function's comment above). */
  private async apply<K extends RecordKind>(
    kind: K,
    raw: { base_revision: number | null; revision: number },
    checked: RowOf[K],
    current: RowOf[K] | undefined,
  ): Promise<'added' | 'updated' | 'conflict' | 'same'> {
    const base = raw.base_revision;
    if (current && sameContent(kind, current, checked)) return 'same';
    if (!current) {
      // New here: its own revision count (offline edits before the first merge), within bounds.
      const revision = Number.isInteger(raw.revision)
        ? Math.min(Math.max(raw.revision, 1), REVISION_STEP_MAX)
        : 1;
      const next = { ...checked, revision } as RowOf[K];
      await writeRecord(this.trx, kind, undefined, next);
      await timelineFor(this.trx, kind, next, this.context.mentorId, this.now, true);
      this.tally.added[kind]++;
      this.tally.caseIds.add(checked.case_id);
      return 'added';
    }
    if (base === current.revision) {
      const revision =
        Number.isInteger(raw.revision) &&
        raw.revision > base &&
        raw.revision <= base + REVISION_STEP_MAX
          ? raw.revision
          : base + 1;
      const next = { ...checked, revision } as RowOf[K];
      await writeRecord(this.trx, kind, current, next);
      await timelineFor(this.trx, kind, next, this.context.mentorId, this.now, false);
      this.tally.updated[kind]++;
      this.tally.caseIds.add(checked.case_id);
      return 'updated';
    }
    const recorded = await recordConflict(this.trx, {
      mentorId: this.context.mentorId,
      kind,
      office: current,
      incoming: { ...checked, revision: raw.revision },
      now: this.now,
    });
    if (recorded) {
      this.tally.conflicts++;
      this.tally.caseIds.add(checked.case_id);
    }
    return 'conflict';
  }

  private refuse(id: unknown): void {
    this.tally.refused++;
    this.tally.refusedIds.add(String(id));
  }
}

function zeroCounts(): Record<MergedRecordKind, number> {
  return { session: 0, action: 0, milestone: 0, month: 0 };
}

function total(counts: Record<MergedRecordKind, number>): number {
  return MERGED_RECORD_KINDS.reduce((sum, kind) => sum + counts[kind], 0);
}
