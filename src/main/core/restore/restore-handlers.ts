import { randomUUID } from 'node:crypto';
import type { JobProgress } from '../../../shared/domain/jobs';
import type { Clock } from '../clock';
import { AppError } from '../errors';
import type { EventHub } from '../events/event-hub';
import type { ChooseFolder } from '../files/choose-folder';
import type { FeatureHandlers } from '../handlers';
import type { CopyProgress } from './copy-verified';
import type { SessionManager } from '../session/session-manager';
import { restoreGate } from './restore-gate';
import { RestoreService } from './restore-service';
import { finishInterruptedRestore, type SwapStep } from './restore-swap';

export interface RestoreDeps {
  dataDir: string;
  sessions: SessionManager;
  events: EventHub;
  clock: Clock;
  machine: string;
  appVersion: string;
  chooseFolder: ChooseFolder | undefined;
  onSwapStep?: (step: SwapStep) => void;
}

/**
 * Restore from a backup. Built at start, before anything opens the database: a swap a crash
 * interrupted is finished here first (see `restore-swap.ts`).
 */
export function restoreHandlers(deps: RestoreDeps): FeatureHandlers<'restore'> {
  finishInterruptedRestore(deps.dataDir);
  const { sessions } = deps;
  const service = new RestoreService(deps);
  // An opened backup (its key in memory) belongs to the signed-in period that opened it: a lock or
  // sign-out forgets it — except the sign-out that `restore.apply` itself causes.
  let applying = false;
  sessions.whenLeaving(() => {
    if (!applying) service.reset();
  });

  /**
   * Signed in, the check is the host job `backup.restore` (listed, cancellable, audited when it
   * does not finish). Before sign-in there is no session's jobs: the same `job.progress` events
   * are sent from here (they carry counts only), and `restore.cancel` stops it.
   */
  const asJob = async <T>(
    where: 'signed-in' | 'signed-out',
    work: (job: CopyProgress) => Promise<T>,
  ): Promise<T> => {
    if (where === 'signed-in') {
      const end = await sessions.signedInCall().jobs.runInMain('backup.restore', work);
      if (end.state === 'done') return end.result;
      if (end.state === 'cancelled') throw new AppError('CONFLICT', 'restore_cancelled');
      throw end.error;
    }
    const progress: JobProgress = {
      jobId: randomUUID(),
      kind: 'backup.restore',
      state: 'running',
      done: 0,
      total: null,
      reason: null,
    };
    const emit = () => deps.events.emit('job.progress', { ...progress });
    emit();
    try {
      const result = await work({
        signal: new AbortController().signal,
        report: (done, total) => {
          progress.done = done;
          progress.total = total;
          emit();
        },
      });
      progress.state = 'done';
      return result;
    } catch (error) {
      const cancelled = error instanceof AppError && error.reason === 'restore_cancelled';
      progress.state = cancelled ? 'cancelled' : 'failed';
      progress.reason = cancelled ? null : 'job_threw';
      throw error;
    } finally {
      emit();
    }
  };

  const currentOfficeUuid = async (where: 'signed-in' | 'signed-out'): Promise<string | null> => {
    if (where === 'signed-out') return null;
    const row = await sessions
      .signedInCall()
      .db.selectFrom('office_identity')
      .select('office_uuid')
      .where('id', '=', 1)
      .executeTakeFirst();
    return row?.office_uuid ?? null;
  };

  /** People erased in the office open now: a backup from before brings them back. */
  const erasedNow = async (where: 'signed-in' | 'signed-out'): Promise<number[] | null> => {
    if (where === 'signed-out') return null;
    const rows = await sessions
      .signedInCall()
      .db.selectFrom('beneficiaries')
      .select('id')
      .where('erased_at', 'is not', null)
      .execute();
    return rows.map((row) => row.id);
  };

  /** Accounts disabled or removed in the office open now: an older copy may hold them active. */
  const inactiveNow = async (where: 'signed-in' | 'signed-out'): Promise<string[] | null> => {
    if (where === 'signed-out') return null;
    const rows = await sessions
      .signedInCall()
      .db.selectFrom('users')
      .select('user_name')
      .where('status', '<>', 'active')
      .execute();
    return rows.map((row) => row.user_name);
  };

  return {
    'restore.choose': async (_input, call) => {
      await restoreGate(call.session, sessions);
      return service.choose();
    },
    'restore.inspect': async (_input, call) => {
      const where = await restoreGate(call.session, sessions);
      return asJob(where, (job) => service.inspect(job));
    },
    'restore.unlock': async ({ userName, password }, call) => {
      const where = await restoreGate(call.session, sessions);
      return service.unlock(
        userName,
        password,
        sessions.passwordAttempts,
        await currentOfficeUuid(where),
        await erasedNow(where),
        await inactiveNow(where),
      );
    },
    'restore.apply': async ({ token }, call) => {
      await restoreGate(call.session, sessions);
      service.pending(token);
      // Everyone is signed out (the office database closes) before a file moves; nobody can
      // sign in until the swap is over (the session's queue).
      applying = true;
      try {
        await sessions.replaceData(() => service.apply(token));
      } finally {
        applying = false;
      }
      return sessions.info();
    },
    'restore.cancel': async (_input, call) => {
      const where = await restoreGate(call.session, sessions);
      if (where === 'signed-in') {
        // Through the session's jobs, so the check ends as `cancelled` (and is audited so).
        const { jobs } = sessions.signedInCall();
        for (const job of jobs.list()) if (job.kind === 'backup.restore') jobs.cancel(job.jobId);
      }
      service.reset();
      return null;
    },
  };
}
