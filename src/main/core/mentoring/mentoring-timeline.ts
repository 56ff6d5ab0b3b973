import type { Kysely, Transaction } from 'kysely';
import type { MilestoneKind, SessionMode } from '../../../shared/domain/mentoring';
import { insertCaseEvent } from '../cases/case-file-history-repository';
import type { DatabaseSchema } from '../db/schema';

type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;

/**
 * The case page's timeline lines for mentoring records, written in the transaction of the
 * record: by the services when a record is made in the office database, and by the merge when a
 * record made in a compartment or a carried file arrives. Details are ids, dates and codes only
 * (what was said in a session stays in the session log). `by` is who made the record.
 */
export async function timelineSessionLogged(
  db: Db,
  entry: {
    caseId: number;
    sessionId: string;
    heldOn: string;
    mode: SessionMode;
    correctsSessionId: string | null;
    at: string;
    by: number;
  },
): Promise<void> {
  await insertCaseEvent(db, {
    caseId: entry.caseId,
    kind: 'session_logged',
    at: entry.at,
    userId: entry.by,
    detail: {
      sessionId: entry.sessionId,
      heldOn: entry.heldOn,
      mode: entry.mode,
      ...(entry.correctsSessionId === null ? {} : { correctsSessionId: entry.correctsSessionId }),
    },
  });
}

export async function timelineMilestoneRecorded(
  db: Db,
  entry: { caseId: number; kind: MilestoneKind; occurredOn: string; at: string; by: number },
): Promise<void> {
  await insertCaseEvent(db, {
    caseId: entry.caseId,
    kind: 'milestone_recorded',
    at: entry.at,
    userId: entry.by,
    detail: { kind: entry.kind, occurredOn: entry.occurredOn },
  });
}

export async function timelineMonthRecorded(
  db: Db,
  entry: { caseId: number; month: string; at: string; by: number },
): Promise<void> {
  await insertCaseEvent(db, {
    caseId: entry.caseId,
    kind: 'outcome_recorded',
    at: entry.at,
    userId: entry.by,
    detail: { month: entry.month },
  });
}
