import type { SessionInfo } from '../../../shared/domain/accounts';
import type { SetupInput } from '../../../shared/domain/setup';
import { normaliseUserName } from '../../../shared/domain/user-name';
import { updateUser } from '../accounts/users-repository';
import type { AuditActor, AuditEntry } from '../audit/audit-log';
import { FirstRun } from '../auth/first-run';
import { recoverAdmin } from '../auth/recovery';
import { checkThrottle, failed, openAsUser, type SignInDeps } from '../auth/sign-in';
import { SignInThrottle } from '../auth/sign-in-throttle';
import { settleThrottle } from '../auth/throttle-audit';
import type { UnlockContext, UnlockedDatabase } from '../auth/unlocked-database';
import type { RotationStep } from '../auth/vault/key-rotation';
import { reconcileVault } from '../auth/vault/vault-reconcile';
import type { VaultScope } from '../auth/vault/vault-scope';
import { refreshDueCompartments } from '../compartments/compartment-service';
import { auditedFor } from '../call/audited';
import type { MentorCall, OwnCall, SignedInCall } from '../call/call-context';
import { mentorCallFor } from '../call/mentor-call';
import { AppError } from '../errors';
import type { PreferencesStore } from '../preferences/preferences-store';
import type { SessionState } from '../session';
import { IdleLock } from './idle-lock';
import { SerialQueue } from './serial';
import { signedOutInfo, toSessionUser, toSessionUserInfo } from './session-info';
import {
  closeSpace,
  recordInSpace,
  reloadUser,
  spaceSettings,
  type SignedInSpace,
  type SpaceUser,
} from './signed-in-space';

export type LockReason = 'manual' | 'idle' | 'os';

type State =
  | { kind: 'signed-out' }
  | { kind: 'signed-in'; space: SignedInSpace }
  | { kind: 'locked'; user: SpaceUser };

export interface SessionManagerOptions extends UnlockContext {
  preferences: PreferencesStore;
  /** Test hook: called after each durable step of a key rotation. */
  onRotationStep?: (step: RotationStep) => void;
  /** Told after every change of state (sign-in, lock, unlock, sign-out), once it is complete. */
  onChange?: () => Promise<void> | void;
}

/**
 * Who is signed in, and what their password opened: the office database for office roles, the
 * compartment for a mentor. Every change of state runs through one serial queue. Locking closes
 * the database and wipes its key; the person stays known so the lock screen asks only for their
 * password. How a database is opened (password, recovery code, first run) lives in `auth/`;
 * this class only moves between states.
 */
export class SessionManager {
  private state: State = { kind: 'signed-out' };
  private readonly queue = new SerialQueue();
  private readonly signIn$: SignInDeps;
  private readonly firstRun: FirstRun;
  private readonly idle: IdleLock;
  /** Counts sign-ins and unlocks: what belongs to one signed-in period compares against it. */
  private signedInPeriod = 0;
  /** Told as a signed-in period ends (lock, sign-out, quit), before the database closes. */
  private readonly leaveListeners = new Set<() => void>();
  /** The session as last announced through `onChange`, to announce only real changes. */
  private announced = JSON.stringify({ status: 'signed-out' });

  constructor(private readonly options: SessionManagerOptions) {
    this.signIn$ = { context: options, throttle: new SignInThrottle(options.dataDir) };
    this.firstRun = new FirstRun(options);
    this.idle = new IdleLock(options.clock, () => void this.lock('idle'));
  }

  // ── what the dispatcher and the handlers see ───────────────────────────────────────────────

  session(): SessionState {
    if (this.state.kind === 'signed-out') return { status: 'signed-out' };
    if (this.state.kind === 'locked')
      return { status: 'locked', user: toSessionUser(this.state.user) };
    return { status: 'signed-in', user: toSessionUser(this.state.space.user) };
  }

  /** The open office database; throws the error code the renderer expects. */
  unlocked(): UnlockedDatabase {
    if (this.state.kind === 'signed-in') {
      if (this.state.space.kind === 'office') return this.state.space.unlocked;
      // A mentor's session has no office database; their role reaches no method that needs one.
      throw new AppError('FORBIDDEN');
    }
    throw new AppError(this.state.kind === 'locked' ? 'LOCKED' : 'UNAUTHENTICATED');
  }

  /** The space of the signed-in person (office database or compartment). */
  space(): SignedInSpace {
    if (this.state.kind === 'signed-in') return this.state.space;
    throw new AppError(this.state.kind === 'locked' ? 'LOCKED' : 'UNAUTHENTICATED');
  }

  /** The per-call context for the person's own methods (lock, sign out, own password). */
  ownCall(): OwnCall {
    const space = this.space();
    return {
      session: { status: 'signed-in', user: toSessionUser(space.user) },
      user: toSessionUser(space.user),
      actor: this.actor(),
      clock: this.options.clock,
    };
  }

  /** The per-call context for an office method (see `call/call-context.ts`). */
  signedInCall(): SignedInCall {
    const unlocked = this.unlocked();
    const actor = this.actor();
    return {
      ...this.ownCall(),
      db: unlocked.db,
      audit: unlocked.audit,
      audited: auditedFor(unlocked.db, unlocked.audit, actor),
      jobs: {
        run: (kind, params) => unlocked.jobs.run(kind, params, actor),
        runInMain: (kind, work) => unlocked.jobs.runInMain(kind, work, actor),
        cancel: (jobId) => unlocked.jobs.cancel(jobId, actor),
        list: () => unlocked.jobs.list(actor),
      },
    };
  }

  /** The per-call context for a mentor's own work, in whichever database holds it. */
  mentorCall(): MentorCall {
    return mentorCallFor(this.space(), this.ownCall(), () => this.signedInCall());
  }

  actor(): AuditActor {
    const user = this.knownUser();
    return user
      ? { id: user.id, userName: user.user_name, role: user.role }
      : { id: null, userName: null, role: null };
  }

  /**
   * Runs a task in the serial queue with sign-in, lock and key rotation, handing it a fresh call
   * context and the vault scope (for the key slot and rotation work that accounts do).
   */
  exclusive<T>(task: (call: SignedInCall, vault: VaultScope) => Promise<T>): Promise<T> {
    return this.run(() => task(this.signedInCall(), this.vaultScope(this.unlocked())));
  }

  /** Like `exclusive`, for work on the person's own space (a mentor's own password change). */
  exclusiveSpace<T>(task: (space: SignedInSpace, call: OwnCall) => Promise<T>): Promise<T> {
    return this.run(() => task(this.space(), this.ownCall()));
  }

  async info(): Promise<SessionInfo> {
    if (this.state.kind === 'signed-in') {
      const { space } = this.state;
      const settings = await spaceSettings(space);
      return {
        status: 'signed-in',
        user: toSessionUserInfo(space.user),
        agencyName: settings.agencyName,
        idleLockMinutes: settings.idleLockMinutes,
        ...(space.kind === 'compartment' && space.carried ? { mentorOnly: true as const } : {}),
      };
    }
    if (this.state.kind === 'locked') {
      return {
        status: 'locked',
        user: { userName: this.state.user.user_name, fullName: this.state.user.full_name },
      };
    }
    return signedOutInfo(this.options.dataDir, this.options.preferences);
  }

  // ── first-run setup ─────────────────────────────────────────────────────────────────────────

  beginSetup(): { recoveryCode: string } {
    return this.firstRun.begin();
  }

  cancelSetup(): void {
    this.firstRun.cancel();
  }

  completeSetup(input: SetupInput): Promise<void> {
    return this.run(async () => {
      const opened = await this.firstRun.complete(input);
      this.options.preferences.set({ language: input.language, lastUserName: input.adminUserName });
      await this.enter({ kind: 'office', ...opened });
    });
  }

  // ── signing in and out ──────────────────────────────────────────────────────────────────────

  signIn(typedUserName: string, password: string): Promise<void> {
    return this.run(async () => {
      if (this.state.kind === 'signed-in') throw new AppError('CONFLICT', 'already_signed_in');
      const space =
        (await openAsUser(this.signIn$, typedUserName, password)) ??
        failed(this.signIn$, normaliseUserName(typedUserName));
      this.options.preferences.set({ lastUserName: space.user.user_name });
      await this.enter(space);
      await this.record({ action: 'session.sign_in', outcome: 'success', actor: this.actor() });
    });
  }

  /** The lock screen: the same person, their password only. */
  unlock(password: string): Promise<void> {
    return this.run(async () => {
      if (this.state.kind !== 'locked') throw new AppError('CONFLICT', 'not_locked');
      const userName = this.state.user.user_name;
      const space = await openAsUser(this.signIn$, userName, password);
      if (!space) {
        // Disabled or removed while the screen was locked: nobody is left to unlock for.
        this.state = { kind: 'signed-out' };
        return failed(this.signIn$, userName);
      }
      await this.enter(space);
      await this.record({ action: 'session.unlock', outcome: 'success', actor: this.actor() });
    });
  }

  lock(reason: LockReason): Promise<void> {
    return this.run(async () => {
      if (this.state.kind !== 'signed-in') return;
      const { space } = this.state;
      await this.record({
        action: 'session.lock',
        outcome: 'success',
        actor: this.actor(),
        details: { reason },
      });
      await this.leave(space);
      this.state = { kind: 'locked', user: space.user };
    });
  }

  signOut(): Promise<void> {
    return this.run(() => this.end({}));
  }

  /** From the lock screen: let someone else sign in. The lock event is already in the log. */
  switchUser(): Promise<void> {
    return this.run(async () => {
      if (this.state.kind === 'locked') this.state = { kind: 'signed-out' };
    });
  }

  recover(typedCode: string, typedUserName: string, newPassword: string): Promise<void> {
    return this.run(async () => {
      if (this.state.kind === 'signed-in') throw new AppError('CONFLICT', 'already_signed_in');
      const opened = await recoverAdmin(this.signIn$, typedCode, typedUserName, newPassword);
      await this.enter({ kind: 'office', ...opened });
      await this.record({
        action: 'session.recovery',
        outcome: 'success',
        actor: this.actor(),
        target: { type: 'user', id: opened.user.id },
      });
    });
  }

  /**
   * Which signed-in period this is (it changes at every sign-in and unlock): something prepared
   * for the person on screen, like a recovery code not yet confirmed, is valid only within one.
   */
  period(): number {
    return this.signedInPeriod;
  }

  /**
   * Calls `listener` whenever a signed-in period ends (lock, sign-out, quit): what was made for
   * that period only (print tickets) is dropped there. Returns the unsubscribe.
   */
  whenLeaving(listener: () => void): () => void {
    this.leaveListeners.add(listener);
    return () => this.leaveListeners.delete(listener);
  }

  /** Any call from the signed-in person counts as activity and restarts the idle timer. */
  touch(): void {
    if (this.state.kind === 'signed-in') this.idle.touch();
  }

  setIdleLockMinutes(minutes: number): void {
    this.idle.setMinutes(minutes);
  }

  /** Replaces the signed-in person's details (after they changed their own details or password). */
  async refreshUser(): Promise<void> {
    if (this.state.kind !== 'signed-in') return;
    const user = await reloadUser(this.state.space);
    if (user) this.state = { kind: 'signed-in', space: { ...this.state.space, user } };
  }

  /**
   * Checks a typed password against the throttle (the own password change and a new recovery
   * code ask for it again): a wrong one counts like a failed sign-in.
   */
  readonly passwordAttempts = {
    check: (): void => checkThrottle(this.signIn$),
    failed: (userName: string): void => {
      this.signIn$.throttle.recordFailure(this.options.clock.now(), userName);
    },
  };

  /**
   * Restore: signs everyone out (the office database closes, its sign-out logged) and runs
   * `task` in the session's queue, so nobody signs in while the files are being replaced.
   */
  replaceData<T>(task: () => Promise<T>): Promise<T> {
    return this.run(async () => {
      await this.end({});
      return task();
    });
  }

  /** On quit: anchor the audit log and close the database. */
  close(): Promise<void> {
    return this.run(() => this.end({ reason: 'quit' }));
  }

  // ── internals ───────────────────────────────────────────────────────────────────────────────

  private knownUser(): SpaceUser | null {
    if (this.state.kind === 'signed-in') return this.state.space.user;
    if (this.state.kind === 'locked') return this.state.user;
    return null;
  }

  private record(entry: AuditEntry): Promise<void> {
    return recordInSpace(this.space(), entry, this.options.clock);
  }

  /** Runs a task in the serial queue, then announces the session if the task changed it. */
  private run<T>(task: () => Promise<T>): Promise<T> {
    return this.queue.run(async () => {
      try {
        return await task();
      } finally {
        await this.announce();
      }
    });
  }

  private async announce(): Promise<void> {
    const now = JSON.stringify(this.session());
    if (now === this.announced) return;
    this.announced = now;
    try {
      await this.options.onChange?.();
    } catch {
      // Telling the page is best effort: the page also asks on focus and on a LOCKED answer.
    }
  }

  private async end(details: { reason?: 'quit' }): Promise<void> {
    if (this.state.kind === 'signed-in') {
      const { space } = this.state;
      await this.record({
        action: 'session.sign_out',
        outcome: 'success',
        actor: this.actor(),
        ...(details.reason ? { details } : {}),
      });
      await this.leave(space);
    }
    this.state = { kind: 'signed-out' };
  }

  private vaultScope(unlocked: UnlockedDatabase): VaultScope {
    return {
      dataDir: this.options.dataDir,
      unlocked,
      clock: this.options.clock,
      actor: this.actor(),
      onRotationStep: this.options.onRotationStep,
    };
  }

  /**
   * Signed in: log what happened while the database was closed, bring the key files in line,
   * start the idle timer. A mentor's compartment gets the failed attempts (marked unverified);
   * the office merges them at its next sign-in.
   */
  private async enter(space: SignedInSpace): Promise<void> {
    this.state = { kind: 'signed-in', space };
    this.signedInPeriod++;
    try {
      await this.settle(space);
    } catch (error) {
      // Whatever failed, nobody is signed in with a half-settled session: close it again.
      this.state = { kind: 'signed-out' };
      this.idle.stop();
      await closeSpace(space).catch(() => undefined);
      throw error;
    }
  }

  private async settle(space: SignedInSpace): Promise<void> {
    const now = this.options.clock.now();
    if (space.kind === 'office') {
      const { unlocked } = space;
      await settleThrottle(unlocked, this.signIn$.throttle, this.actor(), now);
      await this.checkAnchor(unlocked);
      await updateUser(unlocked.db, space.user.id, { last_sign_in_at: now.toISOString() });
      await reconcileVault(this.vaultScope(unlocked));
    } else {
      for (const failure of this.signIn$.throttle.pendingFailures()) {
        await this.record({
          action: 'session.sign_in',
          outcome: 'failure',
          actor: { id: null, userName: failure.userName, role: null },
          at: failure.at,
          details: { unverified: true },
        });
      }
      this.signIn$.throttle.clearPending();
    }
    this.idle.start((await spaceSettings(space)).idleLockMinutes);
  }

  private async leave(space: SignedInSpace): Promise<void> {
    this.idle.stop();
    for (const listener of this.leaveListeners) listener();
    // Compartments still marked get what their mentors need before the office key is put away.
    if (space.kind === 'office')
      await refreshDueCompartments(this.vaultScope(space.unlocked)).catch(() => undefined);
    await closeSpace(space);
  }

  /** Someone holding the key could cut off the newest audit events; the outside anchor notices. */
  private async checkAnchor(unlocked: UnlockedDatabase): Promise<void> {
    const problem = await unlocked.audit.checkAnchor();
    if (problem) {
      await unlocked.audit.record({
        action: 'audit.anchor_mismatch',
        outcome: 'failure',
        actor: this.actor(),
        details: { seq: problem.seq, problem: problem.problem },
      });
    }
  }
}
