import type { Selectable } from 'kysely';
import {
  SESSION_EDIT_DAYS,
  MERGED_RECORD_KINDS,
  type MergedRecordKind,
} from '../../../shared/domain/mentoring';
import type { CompartmentSchema } from '../compartments/compartment-schema';
import type { MentoringConflictsTable } from '../db/mentoring-schema';
import { applyConflictPick, recordConflict } from './merge-conflicts';
import { officeRow, timelineFor, writeRecord, type RowOf, type Trx } from './merge-records';
import {
  sameContent,
  validAction,
  validSession,
  type MergeContext,
  type RecordKind,
} from './merge-rules';

/**
 * One merge's work inside the office transaction, record by record (the rules are described
 * on `mergeCompartmentInto`).
 */
/** A row as the compartment holds it: the office's columns and the merge's bookkeeping. */
export type Incoming<K extends RecordKind> = RowOf[K] & {
  base_revision: number | null;
  dirty: number;
};

/** A revision may jump by the mentor's own offline edits, but not without bound. */
const REVISION_STEP_MAX = 1000;

export interface Tally {
  added: Record<MergedRecordKind, number>;
  updated: Record<MergedRecordKind, number>;
  conflicts: number;
  resolved: number;
  refused: number;
  refusedIds: Set<string>;
  caseIds: Set<number>;
}

export class Merge {
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
      // As the mentoring service: a mentor corrects only their own sessions.
      if (
        !corrected ||
        corrected.case_id !== checked.case_id ||
        corrected.mentor_id !== this.context.mentorId
      )
        return this.refuse(row.id);
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
    if (written === 'reopened') return;
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
    // A change based on the office's revision cannot have been made before that revision was
    // written. The date is the compartment's to claim, so a claim older than the office's row
    // (a former mentor backdating a change into the time they held the case, over what the
    // office recorded after they left) is a conflict, never an overwrite: it reaches only a
    // mentor who holds the case now. An honest change from a PC whose clock runs behind lands
    // here too, and the mentor settles it.
    if (base === current.revision && writtenAt(kind, checked) >= writtenAt(kind, current)) {
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

/** When a record's state was written (ISO instants compare as text). */
function writtenAt(kind: RecordKind, row: object): string {
  const record = row as { updated_at?: string; recorded_at?: string };
  return (kind === 'session' || kind === 'action' ? record.updated_at : record.recorded_at) ?? '';
}

export function zeroCounts(): Record<MergedRecordKind, number> {
  return { session: 0, action: 0, milestone: 0, month: 0 };
}

export function total(counts: Record<MergedRecordKind, number>): number {
  return MERGED_RECORD_KINDS.reduce((sum, kind) => sum + counts[kind], 0);
}
