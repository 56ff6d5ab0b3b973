import { openCompartmentAt, type OpenCompartment } from '../compartments/compartment-file';
import { appendEvent, readProfile } from '../compartments/compartment-repository';
import { compartmentVouchesFor } from '../compartments/compartment-slot';
import { databaseExists } from '../db/database-file';
import { mentorFromProfile, type SignedInSpace } from '../session/signed-in-space';
import { carryMacValid, headerSlot } from '../sync/carry-file';
import {
  carriedDatabasePath,
  carriedExists,
  markCarriedAnnounced,
  readCarriedHeader,
} from '../sync/carried-store';
import { compartmentSecret } from '../sync/compartment-secret';
import { failed, spendArgon2Time, type SignInDeps } from './sign-in';
import { slotDbKeys, unlockSlot } from './vault/slots';

/** A data folder with no office, only a mentor's carried file (ADR 0022). */
export function isMentorOnlyFolder(dataDir: string): boolean {
  return !databaseExists(dataDir) && carriedExists(dataDir);
}

/**
 * Sign-in on a mentor-only PC: the slot the carried file came with unseals the compartment key,
 * and only then can the header be checked — its MAC under the compartment's own secret, its slot
 * as the compartment records it, the compartment's owner and carry id. Anything that does not
 * hold together is the generic failed sign-in.
 */
export async function openCarried(
  deps: SignInDeps,
  userName: string,
  password: string,
): Promise<SignedInSpace> {
  const { dataDir } = deps.context;
  const stored = readCarriedHeader(dataDir);
  const slot = stored ? headerSlot(stored.header) : null;
  if (!stored || !slot || slot.userName !== userName) {
    await spendArgon2Time();
    return failed(deps, userName);
  }
  const privateKey = await unlockSlot(slot, password);
  if (!privateKey) return failed(deps, userName);
  const [sealed] = slotDbKeys(slot, privateKey);
  privateKey.fill(0);
  if (!sealed) return failed(deps, userName);
  let compartment: OpenCompartment;
  try {
    compartment = await openCompartmentAt(carriedDatabasePath(dataDir), slot.userId!, sealed.key);
  } catch {
    sealed.key.fill(0);
    return failed(deps, userName);
  }
  let holds: boolean;
  try {
    const secret = await compartmentSecret(compartment.db);
    const meta = await compartment.db.selectFrom('meta').selectAll().executeTakeFirst();
    const profile = await readProfile(compartment.db);
    holds =
      carryMacValid(stored, secret) &&
      (await compartmentVouchesFor(compartment, slot)) &&
      profile.user_id === stored.header.mentorId &&
      meta?.carried === 1 &&
      meta.carry_id === stored.header.carryId &&
      meta.office_uuid === stored.header.officeUuid;
    secret.fill(0);
    if (holds && !stored.announced) {
      await appendEvent(
        compartment.db,
        {
          action: 'mentoring.carry_opened',
          outcome: 'success',
          actor: { id: profile.user_id, userName: profile.user_name, role: 'mentor' },
          details: { sequence: stored.header.sequence },
        },
        deps.context.clock.now(),
      );
      markCarriedAnnounced(dataDir, stored);
    }
  } catch {
    holds = false;
  }
  if (!holds) {
    await compartment.db.destroy();
    sealed.key.fill(0);
    return failed(deps, userName);
  }
  const user = mentorFromProfile(await readProfile(compartment.db));
  return { kind: 'compartment', user, compartment, key: sealed.key, carried: true };
}
