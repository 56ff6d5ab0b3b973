import type { z } from 'zod';
import type {
  Account,
  accountUpdateSchema,
  newAccountSchema,
  ownPasswordChangeSchema,
  passwordResetSchema,
} from '../../../shared/domain/accounts';
import { assessPassword } from '../../../shared/domain/password-strength';
import type { Clock } from '../clock';
import type { UserRow } from '../db/schema';
import { AppError } from '../errors';
import type { SessionManager } from '../session/session-manager';
import { rewrapSlot, unlockSlot } from '../auth/vault/slots';
import { loadSlotFile, writeSlotFile } from '../auth/vault/slot-file';
import type { RotationStep } from '../auth/vault/key-rotation';
import {
  countActiveAdmins,
  findUserById,
  findUserByName,
  insertUser,
  listUsers,
  updateUser,
} from './users-repository';
import { reconcileSlots, replaceUserSlot } from './slot-maintenance';

type NewAccountInput = z.output<typeof newAccountSchema>;
type AccountUpdate = z.output<typeof accountUpdateSchema>;
type PasswordReset = z.output<typeof passwordResetSchema>;
type OwnPasswordChange = z.output<typeof ownPasswordChangeSchema>;

function toAccount(row: UserRow): Account {
  return {
    id: row.id,
    userName: row.user_name,
    fullName: row.full_name,
    position: row.position,
    role: row.role,
    status: row.status === 'disabled' ? 'disabled' : 'active',
    mustChangePassword: row.must_change_password === 1,
    createdAt: row.created_at,
    lastSignInAt: row.last_sign_in_at,
  };
}

/**
 * Accounts and their key slots. Every change runs in the session's serial queue (it may rotate
 * the database key) and writes one audit event in the same transaction as the change.
 */
export class AccountsService {
  constructor(
    private readonly sessions: SessionManager,
    private readonly dataDir: string,
    private readonly clock: Clock,
    /** Tests kill the process at each step of a key rotation. */
    private readonly onRotationStep?: (step: RotationStep) => void,
  ) {}

  async list(): Promise<Account[]> {
    return (await listUsers(this.sessions.unlocked().db)).map(toAccount);
  }

  create(input: NewAccountInput): Promise<Account> {
    return this.sessions.exclusive(async () => {
      const unlocked = this.sessions.unlocked();
      checkPassword(input.temporaryPassword, input.userName, input.fullName);
      if (await findUserByName(unlocked.db, input.userName))
        throw new AppError('CONFLICT', 'user_name_taken');
      const now = this.clock.now().toISOString();
      const id = await unlocked.db.transaction().execute(async (trx) => {
        const userId = await insertUser(trx, {
          user_name: input.userName,
          full_name: input.fullName,
          position: input.position,
          role: input.role,
          status: 'active',
          must_change_password: 1,
          created_at: now,
          updated_at: now,
          last_sign_in_at: null,
        });
        await unlocked.audit.record(
          {
            action: 'account.created',
            outcome: 'success',
            actor: this.sessions.actor(),
            target: { type: 'user', id: userId },
            details: { role: input.role },
          },
          trx,
        );
        return userId;
      });
      const user = await this.require(id);
      await replaceUserSlot(this.dataDir, unlocked, user, input.temporaryPassword);
      return toAccount(user);
    });
  }

  update(input: AccountUpdate): Promise<Account> {
    return this.sessions.exclusive(async () => {
      const unlocked = this.sessions.unlocked();
      const user = await this.require(input.userId);
      const changes = {
        ...(input.fullName !== undefined && input.fullName !== user.full_name
          ? { full_name: input.fullName }
          : {}),
        ...(input.position !== undefined && input.position !== user.position
          ? { position: input.position }
          : {}),
        ...(input.role !== undefined && input.role !== user.role ? { role: input.role } : {}),
      };
      if (Object.keys(changes).length === 0) return toAccount(user);
      if (changes.role && user.role === 'admin') await this.keepAnAdmin(user);
      await unlocked.db.transaction().execute(async (trx) => {
        await updateUser(trx, user.id, { ...changes, updated_at: this.clock.now().toISOString() });
        await unlocked.audit.record(
          {
            action: 'account.updated',
            outcome: 'success',
            actor: this.sessions.actor(),
            target: { type: 'user', id: user.id },
            details: {
              fields: Object.keys(changes),
              ...(changes.role ? { role: changes.role } : {}),
            },
          },
          trx,
        );
      });
      await this.sessions.refreshUser();
      return toAccount(await this.require(user.id));
    });
  }

  resetPassword(input: PasswordReset): Promise<void> {
    return this.sessions.exclusive(async () => {
      const unlocked = this.sessions.unlocked();
      const user = await this.require(input.userId);
      if (user.status !== 'active') throw new AppError('CONFLICT', 'account_not_active');
      checkPassword(input.temporaryPassword, user.user_name, user.full_name);
      await this.markPasswordChange(user, 'account.password_reset', 1);
      await replaceUserSlot(this.dataDir, unlocked, user, input.temporaryPassword);
    });
  }

  disable(userId: number): Promise<void> {
    return this.takeAccessAway(userId, 'disabled', 'account.disabled');
  }

  remove(userId: number): Promise<void> {
    return this.takeAccessAway(userId, 'removed', 'account.removed');
  }

  /** Re-enabling needs a new temporary password: the old slot was deleted when it was disabled. */
  enable(input: PasswordReset): Promise<void> {
    return this.sessions.exclusive(async () => {
      const unlocked = this.sessions.unlocked();
      const user = await this.require(input.userId);
      if (user.status !== 'disabled') throw new AppError('CONFLICT', 'account_not_disabled');
      checkPassword(input.temporaryPassword, user.user_name, user.full_name);
      await unlocked.db.transaction().execute(async (trx) => {
        await updateUser(trx, user.id, {
          status: 'active',
          must_change_password: 1,
          updated_at: this.clock.now().toISOString(),
        });
        await unlocked.audit.record(
          {
            action: 'account.enabled',
            outcome: 'success',
            actor: this.sessions.actor(),
            target: { type: 'user', id: user.id },
          },
          trx,
        );
      });
      await replaceUserSlot(
        this.dataDir,
        unlocked,
        { ...user, status: 'active' },
        input.temporaryPassword,
      );
    });
  }

  /** Anyone may change their own password; only their slot is re-wrapped. */
  changeOwnPassword(input: OwnPasswordChange): Promise<void> {
    return this.sessions.exclusive(async () => {
      const unlocked = this.sessions.unlocked();
      const me = await this.require(this.sessions.actor().id ?? 0);
      checkPassword(input.newPassword, me.user_name, me.full_name);
      const file = loadSlotFile(this.dataDir);
      const slot = file.slots.find(
        (candidate) => candidate.kind === 'user' && candidate.userId === me.id,
      );
      if (!slot) throw new AppError('CONFLICT', 'key_file_damaged');
      const privateKey = await unlockSlot(slot, input.currentPassword);
      if (!privateKey) {
        await unlocked.audit.record({
          action: 'account.password_changed',
          outcome: 'failure',
          actor: this.sessions.actor(),
          target: { type: 'user', id: me.id },
        });
        throw new AppError('VALIDATION', 'current_password_wrong');
      }
      const rewrapped = await rewrapSlot(slot, privateKey, input.newPassword);
      privateKey.fill(0);
      writeSlotFile(this.dataDir, {
        ...file,
        slots: file.slots.map((candidate) => (candidate.id === slot.id ? rewrapped : candidate)),
      });
      await this.markPasswordChange(me, 'account.password_changed', 0);
      await this.sessions.refreshUser();
    });
  }

  /** Used by recovery: the admin who forgot their password gets a new one. */
  async replaceSlotForRecovery(
    unlocked: Parameters<typeof replaceUserSlot>[1],
    user: UserRow,
    newPassword: string,
  ): Promise<void> {
    checkPassword(newPassword, user.user_name, user.full_name);
    await replaceUserSlot(this.dataDir, unlocked, user, newPassword);
    await updateUser(unlocked.db, user.id, {
      must_change_password: 0,
      updated_at: this.clock.now().toISOString(),
    });
    await unlocked.audit.record({
      action: 'account.password_reset',
      outcome: 'success',
      actor: { id: user.id, userName: user.user_name, role: user.role },
      target: { type: 'user', id: user.id },
      details: { via: 'recovery_code' },
    });
  }

  private takeAccessAway(
    userId: number,
    status: 'disabled' | 'removed',
    action: 'account.disabled' | 'account.removed',
  ): Promise<void> {
    return this.sessions.exclusive(async () => {
      const unlocked = this.sessions.unlocked();
      const user = await this.require(userId);
      if (user.id === this.sessions.actor().id)
        throw new AppError('CONFLICT', 'cannot_change_own_access');
      if (user.status === status) return;
      if (user.role === 'admin') await this.keepAnAdmin(user);
      await unlocked.db.transaction().execute(async (trx) => {
        await updateUser(trx, user.id, { status, updated_at: this.clock.now().toISOString() });
        await unlocked.audit.record(
          {
            action,
            outcome: 'success',
            actor: this.sessions.actor(),
            target: { type: 'user', id: user.id },
          },
          trx,
        );
      });
      await reconcileSlots(this.dataDir, unlocked, this.sessions.actor(), this.onRotationStep);
    });
  }

  private async markPasswordChange(
    user: UserRow,
    action: 'account.password_reset' | 'account.password_changed',
    mustChange: 0 | 1,
  ) {
    const unlocked = this.sessions.unlocked();
    await unlocked.db.transaction().execute(async (trx) => {
      await updateUser(trx, user.id, {
        must_change_password: mustChange,
        updated_at: this.clock.now().toISOString(),
      });
      await unlocked.audit.record(
        {
          action,
          outcome: 'success',
          actor: this.sessions.actor(),
          target: { type: 'user', id: user.id },
        },
        trx,
      );
    });
  }

  /** The last active admin can be neither removed, disabled nor demoted. */
  private async keepAnAdmin(user: UserRow): Promise<void> {
    if (user.status === 'active' && (await countActiveAdmins(this.sessions.unlocked().db)) <= 1) {
      throw new AppError('CONFLICT', 'last_admin');
    }
  }

  private async require(id: number): Promise<UserRow> {
    const user = await findUserById(this.sessions.unlocked().db, id);
    if (!user || user.status === 'removed') throw new AppError('NOT_FOUND', 'account_not_found');
    return user;
  }
}

/** The full strength rules (the contract's schema only checks length and encoding). */
export function checkPassword(password: string, userName: string, fullName: string): void {
  const { problems } = assessPassword(password, { userName, fullName });
  if (problems.length > 0) throw new AppError('VALIDATION', `password_${problems[0]}`);
}
