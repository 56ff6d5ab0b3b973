import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema';
import type { OpenCompartment } from './compartment-file';

/**
 * Writes the office's identity into a compartment, so a file carried from it names its office
 * and another office refuses it (ADR 0022). The mentor has no office database to read it from.
 */
export async function stampOfficeIdentity(
  office: Kysely<DatabaseSchema>,
  compartment: OpenCompartment,
): Promise<void> {
  const { office_uuid } = await office
    .selectFrom('office_identity')
    .select('office_uuid')
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  await compartment.db
    .updateTable('meta')
    .set({ office_uuid })
    .where('id', '=', 1)
    .where('office_uuid', '!=', office_uuid)
    .execute();
}
