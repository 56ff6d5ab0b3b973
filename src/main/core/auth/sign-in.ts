import { normaliseUserName } from '../../../shared/domain/user-name';
import { findUserByName } from '../accounts/users-repository';
import { DatabaseOpenError } from '../db/errors';
import type { UserRow } from '../db/schema';
import { AppError } from '../errors';
import { deriveKek, newKdfParams } from './crypto/kdf';
import type { SignInThrottle } from './sign-in-throttle';
import {
  closeUnlocked,
  unlockWithSlot,
  type UnlockContext,
  type UnlockedDatabase,
} from './unlocked-database';
import { loadSlotFile, type Slot, type SlotFile } from './vault/slot-file';

export interface SignInDeps {
  context: UnlockContext;
  throttle: SignInThrottle;
}

export interface OpenedAs {
  user: UserRow;
  unlocked: UnlockedDatabase;
}

/**
 * Opens the database as `typedUserName` with their password, for sign-in and unlock. A wrong
 * password or an unknown name is the generic `bad_credentials`, counted by the throttle, at the
 * same Argon2id cost. Resolves null when the password was right but the account is no longer
 * active (the database is closed again): the caller refuses with `failed` after its own tidying.
 */
export async function openAsUser(
  deps: SignInDeps,
  typedUserName: string,
  password: string,
): Promise<OpenedAs | null> {
  checkThrottle(deps);
  const userName = normaliseUserName(typedUserName);
  const slotFile = loadSlotFile(deps.context.dataDir);
  const slot = slotFile.slots.find(
    (candidate) => candidate.kind === 'user' && candidate.userName === userName,
  );
  const unlocked = slot
    ? await unlockOrExplain(deps.context, slotFile, slot, password)
    : await spendArgon2Time();
  if (!unlocked) return failed(deps, userName);
  const user = await findUserByName(unlocked.db, userName);
  if (user?.status === 'active') return { user, unlocked };
  await closeUnlocked(unlocked);
  return null;
}

export function checkThrottle(deps: SignInDeps): void {
  const wait = deps.throttle.retryAfterSeconds(deps.context.clock.now());
  if (wait > 0) throw new AppError('UNAUTHENTICATED', 'throttled', wait);
}

export function failed(deps: SignInDeps, userName: string): never {
  deps.throttle.recordFailure(deps.context.clock.now(), userName);
  throw new AppError('UNAUTHENTICATED', 'bad_credentials');
}

/**
 * Opens the database through one slot, or null for a wrong secret. A database that will not open
 * with the right key is a different story, told to the person as such.
 */
export async function unlockOrExplain(
  context: UnlockContext,
  slotFile: SlotFile,
  slot: Slot,
  secret: string,
): Promise<UnlockedDatabase | null> {
  try {
    return await unlockWithSlot(context, slotFile, slot, secret);
  } catch (error) {
    if (error instanceof DatabaseOpenError) {
      const reason = (
        {
          'not-kaona-or-wrong-key': 'database_unreadable',
          damaged: 'database_damaged',
          'newer-version': 'database_newer',
          missing: 'database_missing',
        } as const
      )[error.failure];
      throw new AppError('CONFLICT', reason);
    }
    throw error;
  }
}

/** For an unknown user name: spend the same Argon2id time, so timing does not tell names apart. */
export async function spendArgon2Time(): Promise<null> {
  await deriveKek('not-a-password', newKdfParams());
  return null;
}
