import type { Role } from '../../../shared/permissions';
import type { AuditEntry } from '../audit/audit-log';
import { closeUnlocked, type UnlockedDatabase } from '../auth/unlocked-database';
import { findUserById } from '../accounts/users-repository';
import type { Clock } from '../clock';
import type { OpenCompartment } from '../compartments/compartment-file';
import { appendEvent, readProfile } from '../compartments/compartment-repository';
import type { ProfileRow } from '../compartments/compartment-schema';
import { readOfficeSettings } from '../settings/office-settings';

/** The person signed in, whichever database they opened. */
export interface SpaceUser {
  id: number;
  user_name: string;
  full_name: string;
  position: string;
  role: Role;
  must_change_password: 0 | 1;
}

/**
 * What a password opened: office roles the office database, a mentor only their compartment.
 * The session manager works with either through the functions below.
 */
export type SignedInSpace =
  | { kind: 'office'; user: SpaceUser; unlocked: UnlockedDatabase }
  | {
      kind: 'compartment';
      user: SpaceUser;
      compartment: OpenCompartment;
      key: Buffer;
      /** A carried file on a PC without the office (mentor-only mode). */
      carried?: boolean;
    };

export function mentorFromProfile(profile: ProfileRow): SpaceUser {
  return {
    id: profile.user_id,
    user_name: profile.user_name,
    full_name: profile.full_name,
    position: profile.position,
    role: 'mentor',
    must_change_password: profile.must_change_password,
  };
}

/**
 * Where the session's own events go: the office audit log, or — for a mentor, who cannot write
 * it — the compartment, from where the next office sign-in merges them into the log.
 */
export async function recordInSpace(
  space: SignedInSpace,
  entry: AuditEntry,
  clock: Clock,
): Promise<void> {
  if (space.kind === 'office') await space.unlocked.audit.record(entry);
  else await appendEvent(space.compartment.db, entry, clock.now());
}

export async function spaceSettings(
  space: SignedInSpace,
): Promise<{ agencyName: string; idleLockMinutes: number }> {
  if (space.kind === 'office') return readOfficeSettings(space.unlocked.db);
  const profile = await readProfile(space.compartment.db);
  return { agencyName: profile.agency_name, idleLockMinutes: profile.idle_lock_minutes };
}

/** The person as the database holds them now (after a change of their details or password). */
export async function reloadUser(space: SignedInSpace): Promise<SpaceUser | undefined> {
  if (space.kind === 'office') return findUserById(space.unlocked.db, space.user.id);
  return mentorFromProfile(await readProfile(space.compartment.db));
}

/** Closes what the session opened and zero-fills its key. */
export async function closeSpace(space: SignedInSpace): Promise<void> {
  if (space.kind === 'office') {
    await space.unlocked.audit.flushAnchor();
    await closeUnlocked(space.unlocked);
    return;
  }
  await space.compartment.db.destroy();
  space.key.fill(0);
}
