import type { Kysely } from 'kysely';
import type { CompartmentSchema } from '../compartments/compartment-schema';

/** The compartment's own secret (the carried header's MAC key is drawn from it); caller wipes. */
export async function compartmentSecret(db: Kysely<CompartmentSchema>): Promise<Buffer> {
  const row = await db
    .selectFrom('compartment_secret')
    .select('mac_key')
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  return Buffer.from(row.mac_key);
}
