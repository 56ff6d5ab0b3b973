import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import type { CarryExported } from '../../../shared/domain/mentoring';
import { loadSlotFile, type Slot } from '../auth/vault/slot-file';
import type { MentorCall } from '../call/call-context';
import type { OpenCompartment } from '../compartments/compartment-file';
import type { CompartmentSchema } from '../compartments/compartment-schema';
import { compartmentVouchesFor } from '../compartments/compartment-slot';
import { readProfile } from '../compartments/compartment-repository';
import { AppError } from '../errors';
import { saveUserFile, type ChooseSavePath } from '../files/save-file';
import type { SessionManager } from '../session/session-manager';
import type { Kysely } from 'kysely';
import { buildCarryFile } from './carry-file';
import { carriedCopyBytes } from './carry-copy';
import { readCarriedHeader } from './carried-store';
import { compartmentSecret } from './compartment-secret';

export interface CarryExportDeps {
  dataDir: string;
  sessions: Pick<SessionManager, 'exclusiveSpace'>;
  chooseSavePath?: ChooseSavePath;
}

/**
 * The mentor's compartment as one encrypted file (ADR 0022). At the office PC each export starts
 * a new chain (a new carry id); on a mentor-only PC it continues the chain it came with. The
 * sequence grows with each export, so the office can refuse an older copy. Runs in the session's
 * queue, so a lock cannot close the compartment halfway.
 */
export function exportCarry(deps: CarryExportDeps, call: MentorCall): Promise<CarryExported> {
  if (call.mode === 'office') throw new AppError('CONFLICT', 'carry_export_not_here');
  return deps.sessions.exclusiveSpace(async (space) => {
    if (space.kind !== 'compartment') throw new AppError('CONFLICT', 'carry_export_not_here');
    const carried = space.carried === true;
    const { compartment } = space;
    const db = compartment.db;
    const meta = await db.selectFrom('meta').selectAll().where('id', '=', 1).executeTakeFirst();
    // A compartment the office has not stamped yet cannot say where it belongs.
    if (!meta || meta.office_uuid === '') throw new AppError('CONFLICT', 'carry_export_not_here');
    const slot = carried ? carriedSlot(deps.dataDir) : await officeSlot(deps.dataDir, compartment);
    const profile = await readProfile(db);
    const exportedAt = call.clock.now().toISOString();
    const carryId = carried && meta.carry_id ? meta.carry_id : randomUUID();
    const sequence = meta.carry_sequence + 1;
    const outcome = await saveUserFile(
      deps.chooseSavePath,
      { suggestedName: `kaona-${profile.user_name}-${sequence}.kaona-carry`, kind: 'carry' },
      async (path) => {
        await call.audited(
          { action: 'mentoring.carry_exported', outcome: 'success', details: { sequence } },
          async (trx) => {
            await (trx as unknown as Kysely<CompartmentSchema>)
              .updateTable('meta')
              .set({ carry_id: carryId, carry_sequence: sequence })
              .where('id', '=', 1)
              .execute();
          },
        );
        const body = carriedCopyBytes(deps.dataDir, compartment, space.key, !carried);
        const secret = await compartmentSecret(db);
        try {
          const file = buildCarryFile(
            {
              officeUuid: meta.office_uuid,
              mentorId: profile.user_id,
              userName: profile.user_name,
              agencyName: profile.agency_name,
              carryId,
              sequence,
              exportedAt,
              slot,
            },
            body,
            secret,
          );
          await writeFile(path, file, { mode: 0o600 });
        } finally {
          secret.fill(0);
        }
      },
    );
    return { savedTo: outcome.saved ? outcome.fileName : null, sequence, exportedAt };
  });
}

/** At the office PC: the mentor's slot in the slot file, as their compartment vouches for it. */
async function officeSlot(dataDir: string, compartment: OpenCompartment): Promise<Slot> {
  const profile = await readProfile(compartment.db);
  for (const slot of loadSlotFile(dataDir).slots) {
    if (slot.opens !== 'compartment' || slot.userId !== profile.user_id) continue;
    if (await compartmentVouchesFor(compartment, slot)) return slot;
  }
  throw new Error('the mentor has no slot their compartment vouches for');
}

/** On a mentor-only PC: the slot the carried file came with (a password change waits). */
function carriedSlot(dataDir: string): Slot {
  const stored = readCarriedHeader(dataDir);
  if (!stored) throw new Error('the carried header is unreadable');
  return stored.header.slot;
}
