import type { Kysely } from 'kysely';
import type { VaultScope } from '../auth/vault/vault-scope';
import type { CompartmentSchema } from '../compartments/compartment-schema';
import { mergeWithRefusals } from './compartment-merge';
import { refreshCompartmentOf, type OfficeSide } from './compartment-refresh';

export function officeSideOf(scope: VaultScope): OfficeSide {
  return {
    db: scope.unlocked.db,
    audit: scope.unlocked.audit,
    actor: scope.actor,
    clock: scope.clock,
  };
}

/**
 * What the mentor wrote comes in (one office transaction), before anything is written out.
 * Returns the ids of rows the merge refused, for the refresh that follows.
 */
export async function mergeRecordsOf(
  scope: VaultScope,
  mentorId: number,
  compartment: Kysely<CompartmentSchema>,
): Promise<ReadonlySet<string>> {
  const { refusedIds } = await mergeWithRefusals(
    officeSideOf(scope),
    mentorId,
    compartment,
    'compartment',
  );
  return refusedIds;
}

/**
 * The compartment gets what the mentor needs now. Always after `mergeRecordsOf` on the same
 * compartment: the refresh replaces rows the office holds, so the mentor's changes must be in.
 */
export async function refreshRecordsOf(
  scope: VaultScope,
  mentorId: number,
  compartment: Kysely<CompartmentSchema>,
  refusedIds?: ReadonlySet<string>,
): Promise<void> {
  await refreshCompartmentOf(officeSideOf(scope), mentorId, compartment, refusedIds);
}
