import type { Kysely, Transaction } from 'kysely';
import type { AuditActor, AuditEntry, AuditLog } from '../audit/audit-log';
import type { Clock } from '../clock';
import type { DatabaseSchema } from '../db/schema';
import type { MentoringTables } from '../db/mentoring-schema';
import type { WorkspaceMode } from '../../../shared/domain/mentoring';
import type { SessionState, SessionUser } from '../session';
import type { HostJobKind, JobProgress, WorkerJobKind } from '../../../shared/domain/jobs';
import type { HostJobContext, HostJobEnd, JobEnd } from '../jobs/session-jobs';

/** What every handler gets: who is at the keyboard (if anyone) and the clock. */
export interface PublicCall {
  session: SessionState;
  clock: Clock;
}

/** An audit event about to be recorded by `audited`: the actor is filled in from the call. */
export type AuditedEvent = Omit<AuditEntry, 'actor' | 'at'>;

/**
 * What the person's own methods get (lock, sign out, their own password): whoever is signed in,
 * mentors included, whose session has no office database.
 */
export interface OwnCall extends PublicCall {
  session: Extract<SessionState, { status: 'signed-in' }>;
  user: SessionUser;
  actor: AuditActor;
}

/**
 * What a handler of a signed-in method gets: the open database, the person and the audit log.
 * Handlers and services take this instead of reaching into the session manager, so a service
 * can be called (and tested) with exactly the call it serves.
 */
export interface SignedInCall extends OwnCall {
  db: Kysely<DatabaseSchema>;
  audit: AuditLog;
  /** Background jobs, started and listed as this person. */
  jobs: {
    run<K extends WorkerJobKind>(kind: K, params: unknown): Promise<JobEnd<K>>;
    /** Async work in main as a job (a host kind: Chromium printing), cancellable like the rest. */
    runInMain<T>(
      kind: HostJobKind,
      work: (job: HostJobContext) => Promise<T>,
    ): Promise<HostJobEnd<T>>;
    cancel(jobId: string): boolean;
    list(): JobProgress[];
  };
  /**
   * Runs `change` in one transaction together with its audit event: both commit or neither does.
   * The event may depend on what the change returned (the id of a new row).
   */
  audited<T>(
    event: AuditedEvent | ((result: NoInfer<T>) => AuditedEvent),
    change: (trx: Transaction<DatabaseSchema>) => Promise<T>,
  ): Promise<T>;
}

/**
 * What a mentor's own methods (`mentoring.own`) get: the tables of their work in whichever
 * database this session opened — the office database for an office role who mentors, the
 * compartment for a mentor (on the office PC, or carried to another PC). Both have the same
 * mentoring tables, so one service serves all three; `office` is there only in office mode,
 * for what only the office has (the timeline, attachments, the real case rows).
 */
export interface MentorCall extends OwnCall {
  mode: WorkspaceMode;
  db: Kysely<MentoringTables>;
  /** The change and its audit event (office log, or the compartment's events) in one transaction. */
  audited<T>(
    event: AuditedEvent | ((result: NoInfer<T>) => AuditedEvent),
    change: (trx: Transaction<MentoringTables>) => Promise<T>,
  ): Promise<T>;
  /** Records an event that changes nothing (a case opened). */
  record(event: AuditedEvent): Promise<void>;
  office: SignedInCall | null;
}
