import { randomBytes } from 'node:crypto';
import type { SessionInfo } from '../../../shared/domain/accounts';
import { normaliseRecoveryCode, recoveryCodeFromBytes } from '../../../shared/domain/recovery-code';
import type { SetupInput } from '../../../shared/domain/setup';
import { findUserById, findUserByName, updateUser } from '../accounts/users-repository';
import type { AuditActor } from '../audit/audit-log';
import { databaseExists } from '../db/database-file';
import { DatabaseOpenError } from '../db/errors';
import type { UserRow } from '../db/schema';
import { AppError } from '../errors';
import type { PreferencesStore } from '../preferences/preferences-store';
import { readOfficeSettings } from '../settings/office-settings';
import type { SessionState, SessionUser } from '../session';
import { createOffice } from '../auth/setup';
import { SignInThrottle } from '../auth/sign-in-throttle';
import {
  closeUnlocked,
  unlockWithSlot,
  type UnlockContext,
  type UnlockedDatabase,
} from '../auth/unlocked-database';
import { loadSlotFile, readSlotFile, type Slot, type SlotFile } from '../auth/vault/slot-file';
import { SerialQueue } from './serial';
import { newKdfParams, deriveKek } from '../auth/crypto/kdf';
import { normaliseUserName } from '../../../shared/domain/user-name';
import { reconcileSlots } from '../accounts/slot-maintenance';
import { checkPassword } from '../accounts/accounts-service';

export type LockReason = 'manual' | 'idle' | 'os';

type State =
  | { kind: 'signed-out' }
  | { kind: 'signed-in'; user: UserRow; unlocked: UnlockedDatabase }
  | { kind: 'locked'; user: UserRow };

export interface SessionManagerOptions extends UnlockContext {
  preferences: PreferencesStore;
  /** Told after every change of state (sign-in, lock, unlock, sign-out), once it is complete. */
  onChange?: () => Promise<void> | void;
}

/**
 * Who is signed in, and the database that is open for them. Every change of state runs through
 * one serial queue. Locking closes the database and wipes its key; the person stays known so the
 * lock screen asks only for their password.
 */
export class SessionManager {
  private state: State = { kind: 'signed-out' };
  private pendingRecoveryCode: string | null = null;
  private idleTimer: ReturnType<UnlockContext['clock']['setTimeout']> | undefined;
  private idleLockMs = 5 * 60_000;
  private readonly queue = new SerialQueue();
  /** The session as last announced through `onChange`, to announce only real changes. */
  private announced = JSON.stringify({ status: 'signed-out' });
  private readonly throttle: SignInThrottle;

  constructor(private readonly options: SessionManagerOptions) {
    this.throttle = new SignInThrottle(options.dataDir);
  }

  // ── what the dispatcher and the services see ────────────────────────────────────────────────

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

  actor(): AuditActor {
    if (this.state.kind === 'signed-out') return { id: null, userName: null, role: null };
    return {
      id: this.state.user.id,
      userName: this.state.user.user_name,
      role: this.state.user.role,
    };
  }

  /** Serialises a task with sign-in, lock and key rotation. */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    return this.run(task);
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
    if (!databaseExists(this.options.dataDir)) return { status: 'needs-setup' };
    const slots = readSlotFile(this.options.dataDir);
    if (slots.status === 'damaged')
      return { status: 'key-file-damaged', backupUsable: slots.backupUsable };
    if (slots.status === 'missing') return { status: 'key-file-damaged', backupUsable: false };
    return {
      status: 'signed-out',
      lastUserName: this.options.preferences.get().lastUserName ?? null,
    };
  }

  // ── first-run setup ─────────────────────────────────────────────────────────────────────────

  /** Makes the recovery code for the wizard to show. It lives only in memory until setup completes. */
  beginSetup(): { recoveryCode: string } {
    if (databaseExists(this.options.dataDir)) throw new AppError('CONFLICT', 'already_set_up');
    this.pendingRecoveryCode ??= recoveryCodeFromBytes(randomBytes(25));
    return { recoveryCode: this.pendingRecoveryCode };
  }

  cancelSetup(): void {
    this.pendingRecoveryCode = null;
  }

  completeSetup(input: SetupInput): Promise<void> {
    return this.run(async () => {
      if (!this.pendingRecoveryCode) throw new AppError('CONFLICT', 'setup_not_started');
      checkPassword(input.password, input.adminUserName, input.adminFullName);
      const { unlocked, adminId } = await createOffice(
        this.options,
        input,
        this.pendingRecoveryCode,
      );
      this.pendingRecoveryCode = null;
      this.options.preferences.set({ language: input.language, lastUserName: input.adminUserName });
      const user = await findUserById(unlocked.db, adminId);
      if (!user) throw new Error('admin missing after setup');
      await this.enter(user, unlocked);
    });
  }

  // ── signing in and out ──────────────────────────────────────────────────────────────────────

  signIn(typedUserName: string, password: string): Promise<void> {
    return this.run(async () => {
      if (this.state.kind === 'signed-in') throw new AppError('CONFLICT', 'already_signed_in');
      const userName = normaliseUserName(typedUserName);
      const opened = await this.openActive(userName, password);
      if (!opened) this.failed(userName);
      const { user, unlocked } = opened;
      this.options.preferences.set({ lastUserName: userName });
      await this.enter(user, unlocked);
      await unlocked.audit.record({
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
      const opened = await this.openActive(userName, password);
      if (!opened) {
        // Disabled or removed while the screen was locked.
        this.state = { kind: 'signed-out' };
        this.failed(userName);
      }
      const { user, unlocked } = opened;
      await this.enter(user, unlocked);
      await unlocked.audit.record({
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
    return this.run(async () => {
      if (this.state.kind === 'signed-in') {
        const { unlocked } = this.state;
        await unlocked.audit.record({
          action: 'session.sign_out',
          outcome: 'success',
          actor: this.actor(),
        });
        await this.leave(unlocked);
      }
      this.state = { kind: 'signed-out' };
    });
  }

  /** From the lock screen: let someone else sign in. The lock event is already in the log. */
  switchUser(): Promise<void> {
    return this.run(async () => {
      if (this.state.kind === 'locked') this.state = { kind: 'signed-out' };
    });
  }

  /**
   * Forgotten admin password: the recovery code opens the database, the named admin gets a new
   * password (their slot is replaced) and is signed in.
   */
  recover(
    typedCode: string,
    typedUserName: string,
    newPassword: string,
    replaceSlot: RecoverySlotReplacer,
  ): Promise<void> {
    return this.run(async () => {
      if (this.state.kind === 'signed-in') throw new AppError('CONFLICT', 'already_signed_in');
      this.checkThrottle();
      const slotFile = loadSlotFile(this.options.dataDir);
      const code = normaliseRecoveryCode(typedCode);
      const recoverySlot = slotFile.slots.find((slot) => slot.kind === 'recovery');
      const unlocked =
        code && recoverySlot
          ? await this.tryUnlock(slotFile, recoverySlot, code)
          : await this.burn();
      if (!unlocked) this.failed('(recovery)');
      const user = await findUserByName(unlocked.db, normaliseUserName(typedUserName));
      if (!user || user.status !== 'active' || user.role !== 'admin') {
        await closeUnlocked(unlocked);
        throw new AppError('NOT_FOUND', 'recovery_user_not_admin');
      }
      await replaceSlot(unlocked, user, newPassword);
      await this.enter(user, unlocked);
      await unlocked.audit.record({
        action: 'session.recovery',
        outcome: 'success',
        actor: this.actor(),
        target: { type: 'user', id: user.id },
      });
    });
  }

  /** Any call from the signed-in person counts as activity and restarts the idle timer. */
  touch(): void {
    if (this.state.kind !== 'signed-in') return;
    const { clock } = this.options;
    if (this.idleTimer) clock.clearTimeout(this.idleTimer);
    this.idleTimer = clock.setTimeout(() => void this.lock('idle'), this.idleLockMs);
  }

  setIdleLockMinutes(minutes: number): void {
    this.idleLockMs = minutes * 60_000;
    this.touch();
  }

  /** Replaces the signed-in person's row (after they changed their own details or password). */
  async refreshUser(): Promise<void> {
    if (this.state.kind !== 'signed-in') return;
    const user = await findUserById(this.state.unlocked.db, this.state.user.id);
    if (user) this.state = { ...this.state, user };
  }

  /** On quit: anchor the audit log and close the database. */
  close(): Promise<void> {
    return this.run(async () => {
      if (this.state.kind === 'signed-in') {
        const { unlocked } = this.state;
        await unlocked.audit.record({
          action: 'session.sign_out',
          outcome: 'success',
          actor: this.actor(),
          details: { reason: 'quit' },
        });
        await this.leave(unlocked);
      }
      this.state = { kind: 'signed-out' };
    });
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

  private async openAs(userName: string, password: string): Promise<UnlockedDatabase> {
    this.checkThrottle();
    const slotFile = loadSlotFile(this.options.dataDir);
    const slot = slotFile.slots.find(
      (candidate) => candidate.kind === 'user' && candidate.userName === userName,
    );
    const unlocked = slot ? await this.tryUnlock(slotFile, slot, password) : await this.burn();
    if (!unlocked) this.failed(userName);
    return unlocked;
  }

  /** Opens the database as `userName`, or null when the account is no longer active. */
  private async openActive(
    userName: string,
    password: string,
  ): Promise<{ user: UserRow; unlocked: UnlockedDatabase } | null> {
    const unlocked = await this.openAs(userName, password);
    const user = await findUserByName(unlocked.db, userName);
    if (user?.status === 'active') return { user, unlocked };
    await closeUnlocked(unlocked);
    return null;
  }

  private async tryUnlock(
    slotFile: SlotFile,
    slot: Slot,
    secret: string,
  ): Promise<UnlockedDatabase | null> {
    try {
      return await unlockWithSlot(this.options, slotFile, slot, secret);
    } catch (error) {
      if (error instanceof DatabaseOpenError) {
        const reason = {
          'not-kaona-or-wrong-key': 'database_unreadable',
          damaged: 'database_damaged',
          'newer-version': 'database_newer',
          missing: 'database_missing',
        }[error.failure];
        throw new AppError('CONFLICT', reason);
      }
      throw error;
    }
  }

  /** For an unknown user name: spend the same Argon2id time, so timing does not tell names apart. */
  private async burn(): Promise<null> {
    await deriveKek('not-a-password', newKdfParams());
    return null;
  }

  private checkThrottle(): void {
    const wait = this.throttle.retryAfterSeconds(this.options.clock.now());
    if (wait > 0) throw new AppError('UNAUTHENTICATED', 'throttled', wait);
  }

  private failed(userName: string): never {
    this.throttle.recordFailure(this.options.clock.now(), userName);
    throw new AppError('UNAUTHENTICATED', 'bad_credentials');
  }

  /** Signed in: log what happened while the database was closed, tidy the slots, start the idle timer. */
  private async enter(user: UserRow, unlocked: UnlockedDatabase): Promise<void> {
    this.state = { kind: 'signed-in', user, unlocked };
    await this.recordQueuedFailures(unlocked);
    await this.checkAnchor(unlocked);
    await updateUser(unlocked.db, user.id, {
      last_sign_in_at: this.options.clock.now().toISOString(),
    });
    await reconcileSlots(this.options.dataDir, unlocked, this.actor());
    const settings = await readOfficeSettings(unlocked.db);
    this.idleLockMs = settings.idleLockMinutes * 60_000;
    this.touch();
  }

  private async leave(unlocked: UnlockedDatabase): Promise<void> {
    if (this.idleTimer) this.options.clock.clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    await unlocked.audit.flushAnchor();
    await closeUnlocked(unlocked);
  }

  private async recordQueuedFailures(unlocked: UnlockedDatabase): Promise<void> {
    const failures = this.throttle.pendingFailures();
    for (const failure of failures) {
      await unlocked.audit.record({
        action: 'session.sign_in',
        outcome: 'failure',
        actor: { id: null, userName: failure.userName, role: null },
        at: failure.at,
      });
    }
    this.throttle.reset();
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

export type RecoverySlotReplacer = (
  unlocked: UnlockedDatabase,
  user: UserRow,
  newPassword: string,
) => Promise<void>;

function toSessionUser(user: UserRow): SessionUser {
  return {
    id: user.id,
    userName: user.user_name,
    role: user.role,
    mustChangePassword: user.must_change_password === 1,
  };
}

function toSessionUserInfo(user: UserRow) {
  return {
    id: user.id,
    userName: user.user_name,
    fullName: user.full_name,
    position: user.position,
    role: user.role,
    mustChangePassword: user.must_change_password === 1,
  };
}
