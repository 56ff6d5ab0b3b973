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
import { slotAccepted, type ExpectedOwner } from './vault/slot-acceptance';
import { loadSlotFile, type Slot, type SlotFile } from './vault/slot-file';
import { slotDbKeys, unlockSlot } from './vault/slots';
import {
  compartmentExists,
  openCompartment,
  type OpenCompartment,
} from '../compartments/compartment-file';
import { appendEvent, readProfile } from '../compartments/compartment-repository';
import { compartmentVouchesFor } from '../compartments/compartment-slot';
import { mentorFromProfile, type SignedInSpace } from '../session/signed-in-space';
import { isMentorOnlyFolder, openCarried } from './carried-sign-in';

export interface SignInDeps {
  context: UnlockContext;
  throttle: SignInThrottle;
}

/** An office role's database, opened for them (setup, recovery). */
export interface OpenedAs {
  user: UserRow;
  unlocked: UnlockedDatabase;
}

/**
 * Opens the database as `typedUserName` with their password, for sign-in and unlock. A wrong
 * password, an unknown name or a slot the registry does not vouch for is the generic
 * `bad_credentials`, counted by the throttle, at the same Argon2id cost. Resolves null when the
 * password was right but the account is no longer active (the database is closed again): the
 * caller refuses with `failed` after its own tidying.
 */
export async function openAsUser(
  deps: SignInDeps,
  typedUserName: string,
  password: string,
): Promise<SignedInSpace | null> {
  checkThrottle(deps);
  const userName = normaliseUserName(typedUserName);
  // A PC without the office, holding a mentor's carried file: that slot is the only one.
  if (isMentorOnlyFolder(deps.context.dataDir)) return openCarried(deps, userName, password);
  const slotFile = loadSlotFile(deps.context.dataDir);
  // Two slots may carry the name for a moment while a password change is being written.
  const candidates = slotFile.slots.filter(
    (candidate) => candidate.kind === 'user' && candidate.userName === userName,
  );
  if (candidates.length === 0) await spendArgon2Time();
  // An office account's name is never a mentor's: when the file has an office slot under this
  // name, a compartment slot under it can only have been planted (the office's next sign-in
  // drops it), so it is not tried.
  const officeName = candidates.some((slot) => slot.opens === 'office');
  for (const slot of candidates) {
    if (slot.opens === 'compartment') {
      if (officeName) continue;
      const opened = await openMentorCompartment(deps, slot, password, userName);
      if (opened === 'wrong-password') continue;
      return opened;
    }
    const unlocked = await unlockOrExplain(deps.context, slotFile, slot, password);
    if (!unlocked) continue;
    const user = await findUserByName(unlocked.db, userName);
    if (!user || user.status !== 'active') {
      await closeUnlocked(unlocked);
      return null;
    }
    await acceptOrRefuse(
      deps,
      unlocked,
      slotFile,
      slot,
      { kind: 'user', userId: user.id },
      userName,
    );
    return { kind: 'office', user, unlocked };
  }
  return failed(deps, userName, slotFile);
}

/**
 * Closes the database again and refuses, exactly like a wrong password, when the slot is not
 * registered for the expected owner. The refusal is written to the audit log first: the database
 * is open, and an admin must learn that someone tried.
 */
export async function acceptOrRefuse(
  deps: SignInDeps,
  unlocked: UnlockedDatabase,
  slotFile: SlotFile,
  slot: Slot,
  owner: ExpectedOwner,
  typedUserName: string,
): Promise<void> {
  let accepted = false;
  try {
    accepted = await slotAccepted(unlocked.db, slot, owner, slotFile.legacy);
    if (accepted) return;
    await unlocked.audit.record({
      action: 'vault.slot_rejected',
      outcome: 'denied',
      actor: { id: null, userName: owner.kind === 'user' ? typedUserName : null, role: null },
      target: { type: 'key_slot', id: slot.id },
      details: { why: 'not_registered_for_account', kind: slot.kind },
    });
    await unlocked.audit.flushAnchor();
  } finally {
    // Refused (or failing while deciding): the database does not stay open.
    if (!accepted) await closeUnlocked(unlocked);
  }
  failed(deps, typedUserName, slotFile);
}

/**
 * A mentor's slot seals only their compartment's key: it opens `mentors/mentor-<id>.kaona` and
 * nothing of the office database. The compartment, not the office registry (which the mentor
 * cannot read), vouches for the slot.
 */
async function openMentorCompartment(
  deps: SignInDeps,
  slot: Slot,
  password: string,
  userName: string,
): Promise<SignedInSpace | null | 'wrong-password'> {
  const privateKey = await unlockSlot(slot, password);
  if (!privateKey) return 'wrong-password';
  const [sealed] = slotDbKeys(slot, privateKey);
  privateKey.fill(0);
  const { dataDir } = deps.context;
  if (!sealed || slot.userId === null || !compartmentExists(dataDir, slot.userId)) {
    // Removed or disabled: the compartment and its key are gone.
    sealed?.key.fill(0);
    return null;
  }
  let compartment: OpenCompartment;
  try {
    compartment = await openCompartment(dataDir, slot.userId, sealed.key);
  } catch {
    sealed.key.fill(0);
    return null;
  }
  let vouched = false;
  try {
    vouched = await compartmentVouchesFor(compartment, slot);
  } catch {
    // A compartment whose record cannot be read vouches for nothing.
  }
  if (!vouched) {
    try {
      await appendEvent(
        compartment.db,
        {
          action: 'vault.slot_rejected',
          outcome: 'denied',
          actor: { id: null, userName, role: null },
          target: { type: 'key_slot', id: slot.id },
          details: { why: 'not_registered_for_account', kind: slot.kind },
        },
        deps.context.clock.now(),
      );
    } finally {
      await compartment.db.destroy();
      sealed.key.fill(0);
    }
    return failed(deps, userName);
  }
  const user = mentorFromProfile(await readProfile(compartment.db));
  return { kind: 'compartment', user, compartment, key: sealed.key };
}

export function checkThrottle(deps: SignInDeps): void {
  const wait = deps.throttle.retryAfterSeconds(deps.context.clock.now());
  if (wait > 0) throw new AppError('UNAUTHENTICATED', 'throttled', wait);
}

/**
 * Counts a failed attempt and refuses. The typed name is kept for the audit log only when a slot
 * carries it: a name that matches nobody may be a password typed into the wrong box.
 */
export function failed(deps: SignInDeps, typedUserName: string, slotFile?: SlotFile): never {
  const known =
    typedUserName === '(recovery)' ||
    (slotFile ?? safeSlotFile(deps))?.slots.some((slot) => slot.userName === typedUserName);
  deps.throttle.recordFailure(deps.context.clock.now(), known ? typedUserName : null);
  throw new AppError('UNAUTHENTICATED', 'bad_credentials');
}

function safeSlotFile(deps: SignInDeps): SlotFile | null {
  try {
    return loadSlotFile(deps.context.dataDir);
  } catch {
    return null;
  }
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
