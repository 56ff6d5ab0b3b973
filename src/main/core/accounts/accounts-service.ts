import type { z } from 'zod';
import type {
  Account,
  accountUpdateSchema,
  newAccountSchema,
  ownPasswordChangeSchema,
  passwordResetSchema,
} from '../../../shared/domain/accounts';
import { checkPassword } from '../auth/password-policy';
import { loadSlotFile } from '../auth/vault/slot-file';
import { unlockSlot } from '../auth/vault/slots';
import { replaceUserSlot, revokeSlotsIn } from '../auth/vault/vault-changes';
import { raiseNotice } from '../auth/vault/vault-notices';
import { rotateIfDue } from '../auth/vault/vault-rotation';
import {
  createMentorCompartment,
  removeMentorCompartment,
  replaceMentorSlot,
} from '../compartments/compartment-service';
import { flipSlotIn, moveToCompartment, moveToOffice } from '../compartments/role-move';
import type { SignedInCall } from '../call/call-context';
import type { UserRow } from '../db/schema';
import { deleteDraftsOf } from '../drafts/drafts-repository';
import { AppError } from '../errors';
import { endForMentorRemoved } from '../mentors/assignment-changes';
import type { SessionManager } from '../session/session-manager';
import {
  countActiveAdmins,
  findUserById,
  findUserByName,
  insertUser,
  listUsers,
  updateUser,
} from './users-repository';

type NewAccountInput = z.output<typeof newAccountSchema>;
type AccountUpdate = z.output<typeof accountUpdateSchema>;
type PasswordReset = z.output<typeof passwordResetSchema>;
type OwnPasswordChange = z.output<typeof ownPasswordChangeSchema>;

export interface AccountsDeps {
  dataDir: string;
  /**
   * Account changes may rotate the key: they run in the session's serial queue. A wrong current
   * password in the own password change counts against the sign-in throttle.
   */
  sessions: Pick<SessionManager, 'exclusive' | 'refreshUser' | 'passwordAttempts'>;
}

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
 * the database key) and commits one audit event in the same transaction as the change.
 */
export class AccountsService {
  constructor(private readonly deps: AccountsDeps) {}

  async list(call: SignedInCall): Promise<Account[]> {
    return (await listUsers(call.db)).map(toAccount);
  }

  create(input: NewAccountInput): Promise<Account> {
    return this.deps.sessions.exclusive(async (call, vault) => {
      checkPassword(input.temporaryPassword, input.userName, input.fullName);
      if (await findUserByName(call.db, input.userName))
        throw new AppError('CONFLICT', 'user_name_taken');
      const now = call.clock.now().toISOString();
      const id = await call.audited<number>(
        (userId: number) => ({
          action: 'account.created',
          outcome: 'success',
          target: { type: 'user', id: userId },
          details: { role: input.role },
        }),
        (trx) =>
          insertUser(trx, {
            user_name: input.userName,
            full_name: input.fullName,
            position: input.position,
            role: input.role,
            status: 'active',
            must_change_password: 1,
            created_at: now,
            updated_at: now,
            last_sign_in_at: null,
          }),
      );
      const user = await requireAccount(call, id);
      // A mentor's password opens only their compartment, never the office database.
      if (user.role === 'mentor')
        await createMentorCompartment(vault, user, input.temporaryPassword);
      else await replaceUserSlot(vault, user, input.temporaryPassword);
      return toAccount(user);
    });
  }

  update(input: AccountUpdate): Promise<Account> {
    return this.deps.sessions.exclusive(async (call, vault) => {
      const user = await requireAccount(call, input.userId);
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
      const demotesAdmin = changes.role !== undefined && user.role === 'admin';
      const toMentor = changes.role === 'mentor';
      const fromMentor = changes.role !== undefined && user.role === 'mentor';
      if (demotesAdmin) await keepAnAdmin(call, user);
      await call.audited(
        {
          action: 'account.updated',
          outcome: 'success',
          target: { type: 'user', id: user.id },
          details: {
            fields: Object.keys(changes),
            ...(changes.role ? { role: changes.role } : {}),
          },
        },
        async (trx) => {
          await updateUser(trx, user.id, {
            ...changes,
            updated_at: call.clock.now().toISOString(),
          });
          // A former admin may have noted the recovery code: the office is asked for a new one.
          if (demotesAdmin) await raiseNotice(trx, 'recovery_code_renewal', call.clock.now());
          if (toMentor || fromMentor)
            await flipSlotIn(trx, user.id, toMentor ? 'compartment' : 'office', call.clock.now());
          if (toMentor) await deleteDraftsOf(trx, user.id);
          // An admin does not mentor (no `mentoring.own`): their mentees are not left waiting.
          if (changes.role === 'admin')
            await endForMentorRemoved(trx, call, user.id, call.clock.now().toISOString());
        },
      );
      const updated = await requireAccount(call, user.id);
      if (toMentor) {
        await moveToCompartment(vault, updated);
        await rotateIfDue(vault);
      }
      if (fromMentor) await moveToOffice(vault, updated);
      await this.deps.sessions.refreshUser();
      return toAccount(await requireAccount(call, user.id));
    });
  }

  resetPassword(input: PasswordReset): Promise<void> {
    return this.deps.sessions.exclusive(async (call, vault) => {
      const user = await requireAccount(call, input.userId);
      if (user.status !== 'active') throw new AppError('CONFLICT', 'account_not_active');
      checkPassword(input.temporaryPassword, user.user_name, user.full_name);
      await markPasswordChange(call, user, 'account.password_reset', 1);
      if (user.role === 'mentor') await replaceMentorSlot(vault, user, input.temporaryPassword, 1);
      else await replaceUserSlot(vault, user, input.temporaryPassword);
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
    return this.deps.sessions.exclusive(async (call, vault) => {
      const user = await requireAccount(call, input.userId);
      if (user.status !== 'disabled') throw new AppError('CONFLICT', 'account_not_disabled');
      checkPassword(input.temporaryPassword, user.user_name, user.full_name);
      await call.audited(
        { action: 'account.enabled', outcome: 'success', target: { type: 'user', id: user.id } },
        (trx) =>
          updateUser(trx, user.id, {
            status: 'active',
            must_change_password: 1,
            updated_at: call.clock.now().toISOString(),
          }),
      );
      // Disabling removed a mentor's compartment: re-enabling gives them a new, empty one.
      if (user.role === 'mentor')
        await createMentorCompartment(vault, user, input.temporaryPassword);
      else await replaceUserSlot(vault, user, input.temporaryPassword);
    });
  }

  /**
   * Anyone may change their own password. The new password gets a new slot with a fresh key
   * pair: whoever knew the old password and kept a copy of the old file can open no key the
   * office uses from the next rotation on, and no copy of the file keeps the old slot.
   */
  changeOwnPassword(input: OwnPasswordChange): Promise<void> {
    return this.deps.sessions.exclusive(async (call, vault) => {
      const me = await requireAccount(call, call.user.id);
      checkPassword(input.newPassword, me.user_name, me.full_name);
      this.deps.sessions.passwordAttempts.check();
      const slot = loadSlotFile(this.deps.dataDir).slots.find(
        (candidate) => candidate.kind === 'user' && candidate.userId === me.id,
      );
      if (!slot) throw new AppError('CONFLICT', 'key_file_damaged');
      const privateKey = await unlockSlot(slot, input.currentPassword);
      if (!privateKey) {
        this.deps.sessions.passwordAttempts.failed(me.user_name);
        await call.audit.record({
          action: 'account.password_changed',
          outcome: 'failure',
          actor: call.actor,
          target: { type: 'user', id: me.id },
        });
        throw new AppError('VALIDATION', 'current_password_wrong');
      }
      privateKey.fill(0);
      await replaceUserSlot(vault, me, input.newPassword);
      await markPasswordChange(call, me, 'account.password_changed', 0);
      await this.deps.sessions.refreshUser();
    });
  }

  private takeAccessAway(
    userId: number,
    status: 'disabled' | 'removed',
    action: 'account.disabled' | 'account.removed',
  ): Promise<void> {
    return this.deps.sessions.exclusive(async (call, vault) => {
      const user = await requireAccount(call, userId);
      if (user.id === call.user.id) throw new AppError('CONFLICT', 'cannot_change_own_access');
      if (user.status === status) return;
      if (user.role === 'admin') await keepAnAdmin(call, user);
      const now = call.clock.now();
      await call.audited(
        { action, outcome: 'success', target: { type: 'user', id: user.id } },
        async (trx) => {
          await updateUser(trx, user.id, { status, updated_at: now.toISOString() });
          await revokeSlotsIn(trx, user, now);
          // Their mentees are not left with a mentor who can no longer sign in.
          await endForMentorRemoved(trx, call, user.id, now.toISOString());
          // Disabling keeps the drafts for when the account comes back; removal is for good.
          if (status === 'removed') await deleteDraftsOf(trx, user.id);
          // A former admin may have noted the recovery code: the office is asked for a new one.
          if (user.role === 'admin') await raiseNotice(trx, 'recovery_code_renewal', now);
        },
      );
      if (user.role === 'mentor') await removeMentorCompartment(vault, user.id);
      // The key the account held is replaced now; after a crash, at the next sign-in.
      await rotateIfDue(vault);
    });
  }
}

function markPasswordChange(
  call: SignedInCall,
  user: UserRow,
  action: 'account.password_reset' | 'account.password_changed',
  mustChange: 0 | 1,
): Promise<void> {
  return call.audited(
    { action, outcome: 'success', target: { type: 'user', id: user.id } },
    (trx) =>
      updateUser(trx, user.id, {
        must_change_password: mustChange,
        updated_at: call.clock.now().toISOString(),
      }),
  );
}

/** The last active admin can be neither removed, disabled nor demoted. */
async function keepAnAdmin(call: SignedInCall, user: UserRow): Promise<void> {
  if (user.status === 'active' && (await countActiveAdmins(call.db)) <= 1) {
    throw new AppError('CONFLICT', 'last_admin');
  }
}

async function requireAccount(call: SignedInCall, id: number): Promise<UserRow> {
  const user = await findUserById(call.db, id);
  if (!user || user.status === 'removed') throw new AppError('NOT_FOUND', 'account_not_found');
  return user;
}
