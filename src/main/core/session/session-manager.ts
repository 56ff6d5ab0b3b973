import type { SessionInfo } from '../../../shared/domain/accounts';
import type { SetupInput } from '../../../shared/domain/setup';
import { updateUser, findUserById } from '../accounts/users-repository';
import type { AuditActor } from '../audit/audit-log';
import { FirstRun } from '../auth/first-run';
import { recoverAdmin } from '../auth/recovery';
import { checkThrottle, failed, openAsUser, type OpenedAs, type SignInDeps } from '../auth/sign-in';
import { normaliseUserName } from '../../../shared/domain/user-name';
import { SignInThrottle } from '../auth/sign-in-throttle';
import {
  closeUnlocked,
  type UnlockContext,
  type UnlockedDatabase,
} from '../auth/unlocked-database';
import type { RotationStep } from '../auth/vault/key-rotation';
import { reconcileVault } from '../auth/vault/vault-reconcile';
import type { VaultScope } from '../auth/vault/vault-scope';
import { settleThrottle } from '../auth/throttle-audit';
import { auditedFor } from '../call/audited';
import type { SignedInCall } from '../call/call-context';
import type { UserRow } from '../db/schema';
import { AppError } from '../errors';
import type { PreferencesStore } from '../preferences/preferences-store';
import { readOfficeSettings } from '../settings/office-settings';
import type { SessionState } from '../session';
import { IdleLock } from './idle-lock';
import { SerialQueue } from './serial';
import { signedOutInfo, toSessionUser, toSessionUserInfo } from './session-info';

export type LockReason = 'manual' | 'idle' | 'os';

type State =
  | { kind: 'signed-out' }
  | { kind: 'signed-in'; user: UserRow; unlocked: UnlockedDatabase }
  | { kind: 'locked'; user: UserRow };

export interface SessionManagerOptions extends UnlockContext {
  preferences: PreferencesStore;
  /** Test hook: called after each durable step of a key rotation. */
  onRotationStep?: (step: RotationStep) => void;
  /** Told after every change of state (sign-in, lock, unlock, sign-out), once it is complete. */
  onChange?: () => Promise<void> | void;
}

/**
 * Who is signed in, and the database that is open for them. Every change of state runs through
 * one serial queue. Locking closes the database and wipes its key; the person stays known so the
 * lock screen asks only for their password. How a database is opened (password, recovery code,
 * first run) lives in `auth/`; this class only moves between states.
 */
export class SessionManager {
  private state: State = { kind: 'signed-out' };
  private readonly queue = new SerialQueue();
  private readonly signIn$: SignInDeps;
  private readonly firstRun: FirstRun;
  private readonly idle: IdleLock;
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
    const user = toSessionUser(this.state.user);
    return this.state.kind === 'locked'
      ? { status: 'locked', user }
      : { status: 'signed-in', user };
  }

  /** The open database of the signed-in person; throws the error code the renderer expects. */
  unlocked(): UnlockedDatabase {
    if (this.state.kind === 'signed-in') return this.state.unlocked;
    throw new AppError(this.state.kind === 'locked' ? 'LOCKED' : 'UNAUTHENTICATED');
  }

  /** The per-call context for a signed-in method (see `call/call-context.ts`). */
  signedInCall(): SignedInCall {
    const unlocked = this.unlocked();
    const session = this.session() as SignedInCall['session'];
    const actor = this.actor();
    return {
      session,
      user: session.user,
      actor,
      clock: this.options.clock,
      db: unlocked.db,
      audit: unlocked.audit,
      audited: auditedFor(unlocked.db, unlocked.audit, actor),
      jobs: {
        run: (kind, params) => unlocked.jobs.run(kind, params, actor),
        cancel: (jobId) => unlocked.jobs.cancel(jobId, actor),
        list: () => unlocked.jobs.list(actor),
      },
    };
  }

  actor(): AuditActor {
    if (this.state.kind === 'signed-out') return { id: null, userName: null, role: null };
    return {
      id: this.state.user.id,
      userName: this.state.user.user_name,
      role: this.state.user.role,
    };
  }

  /**
   * Runs a task in the serial queue with sign-in, lock and key rotation, handing it a fresh call
   * context and the vault scope (for the key slot and rotation work that accounts do).
   */
  exclusive<T>(task: (call: SignedInCall, vault: VaultScope) => Promise<T>): Promise<T> {
    return this.run(() => task(this.signedInCall(), this.vaultScope(this.unlocked())));
  }

  async info(): Promise<SessionInfo> {
    if (this.state.kind === 'signed-in') {
      const settings = await readOfficeSettings(this.state.unlocked.db);
      return {
        status: 'signed-in',
        user: toSessionUserInfo(this.state.user),
        agencyName: settings.agencyName,
        idleLockMinutes: settings.idleLockMinutes,
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
      await this.enter(opened);
    });
  }

  // ── signing in and out ──────────────────────────────────────────────────────────────────────

  signIn(typedUserName: string, password: string): Promise<void> {
    return this.run(async () => {
      if (this.state.kind === 'signed-in') throw new AppError('CONFLICT', 'already_signed_in');
      const opened =
        (await openAsUser(this.signIn$, typedUserName, password)) ??
        failed(this.signIn$, normaliseUserName(typedUserName));
      this.options.preferences.set({ lastUserName: opened.user.user_name });
      await this.enter(opened);
      await opened.unlocked.audit.record({
        action: 'session.sign_in',
        outcome: 'success',
        actor: this.actor(),
      });
    });
  }

  /** The lock screen: the same person, their password only. */
  unlock(password: string): Promise<void> {
    return this.run(async () => {
      if (this.state.kind !== 'locked') throw new AppError('CONFLICT', 'not_locked');
      const userName = this.state.user.user_name;
      const opened = await openAsUser(this.signIn$, userName, password);
      if (!opened) {
        // Disabled or removed while the screen was locked: nobody is left to unlock for.
        this.state = { kind: 'signed-out' };
        return failed(this.signIn$, userName);
      }
      await this.enter(opened);
      await opened.unlocked.audit.record({
        action: 'session.unlock',
        outcome: 'success',
        actor: this.actor(),
      });
    });
  }

  lock(reason: LockReason): Promise<void> {
    return this.run(async () => {
      if (this.state.kind !== 'signed-in') return;
      const { user, unlocked } = this.state;
      await unlocked.audit.record({
        action: 'session.lock',
        outcome: 'success',
        actor: this.actor(),
        details: { reason },
      });
      await this.leave(unlocked);
      this.state = { kind: 'locked', user };
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
      await this.enter(opened);
      await opened.unlocked.audit.record({
        action: 'session.recovery',
        outcome: 'success',
        actor: this.actor(),
        target: { type: 'user', id: opened.user.id },
      });
    });
  }

  /** Any call from the signed-in person counts as activity and restarts the idle timer. */
  touch(): void {
    if (this.state.kind === 'signed-in') this.idle.touch();
  }

  setIdleLockMinutes(minutes: number): void {
    this.idle.setMinutes(minutes);
  }

  /** Replaces the signed-in person's row (after they changed their own details or password). */
  async refreshUser(): Promise<void> {
    if (this.state.kind !== 'signed-in') return;
    const user = await findUserById(this.state.unlocked.db, this.state.user.id);
    if (user) this.state = { ...this.state, user };
  }

  /** On quit: anchor the audit log and close the database. */
  close(): Promise<void> {
    return this.run(() => this.end({ reason: 'quit' }));
  }

  // ── internals ───────────────────────────────────────────────────────────────────────────────

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
      const { unlocked } = this.state;
      await unlocked.audit.record({
        action: 'session.sign_out',
        outcome: 'success',
        actor: this.actor(),
        ...(details.reason ? { details } : {}),
      });
      await this.leave(unlocked);
    }
    this.state = { kind: 'signed-out' };
  }

  /** Signed in: log what happened while the database was closed, tidy the slots, start the idle timer. */
  private async enter({ user, unlocked }: OpenedAs): Promise<void> {
    this.state = { kind: 'signed-in', user, unlocked };
    const now = this.options.clock.now();
    await settleThrottle(unlocked, this.signIn$.throttle, this.actor(), now);
    await this.checkAnchor(unlocked);
    await updateUser(unlocked.db, user.id, { last_sign_in_at: now.toISOString() });
    await reconcileVault(this.vaultScope(unlocked));
    const settings = await readOfficeSettings(unlocked.db);
    this.idle.start(settings.idleLockMinutes);
  }

  private async leave(unlocked: UnlockedDatabase): Promise<void> {
    this.idle.stop();
    await unlocked.audit.flushAnchor();
    await closeUnlocked(unlocked);
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
   * Checks a typed password against the throttle (the own password change asks for the current
   * one): a wrong one counts like a failed sign-in.
   */
  readonly passwordAttempts = {
    check: (): void => checkThrottle(this.signIn$),
    failed: (userName: string): void => {
      this.signIn$.throttle.recordFailure(this.options.clock.now(), userName);
    },
  };

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
