import type { z } from 'zod';
import type { Agency, agencySaveSchema } from '../../../shared/domain/documents';
import { sortThai } from '../../../shared/thai/thai-collation';
import type { SignedInCall } from '../call/call-context';
import type { Db } from '../cases/case-file-repository';
import { AppError } from '../errors';
import {
  agencyNamed,
  agencyRowsWithUse,
  findAgency,
  insertAgency,
  updateAgencyAt,
  type AgencyRow,
} from './agencies-repository';
import { readJsonList, writeJsonList } from './json-lists';

type AgencySave = z.output<typeof agencySaveSchema>;

function toAgency(row: AgencyRow, referralCount: number): Agency {
  return {
    agencyId: row.id,
    name: row.name,
    addressee: row.addressee,
    addressLines: readJsonList(row.address_lines),
    phone: row.phone,
    email: row.email,
    contactPerson: row.contact_person,
    active: row.active === 1,
    version: row.version,
    referralCount,
  };
}

/** The directory in Thai order (เกษม under ก), active agencies only unless asked. */
export async function listAgencies(db: Db, includeInactive: boolean): Promise<Agency[]> {
  const rows = await agencyRowsWithUse(db, includeInactive);
  return sortThai(
    rows.map((row) => toAgency(row, Number(row.referral_count ?? 0))),
    (agency) => agency.name,
  );
}

/**
 * Adds an agency or changes one. An agency is never deleted: referrals and issued letters point
 * at it, so one that is no longer used is retired (`active: false`) and stops being offered.
 * A save names the version it read; CONFLICT `stale_version` when a colleague saved in between.
 */
export async function saveAgency(call: SignedInCall, input: AgencySave): Promise<Agency> {
  const at = call.clock.now().toISOString();
  const values = {
    name: input.name,
    addressee: input.addressee,
    address_lines: writeJsonList(input.addressLines),
    phone: input.phone,
    email: input.email,
    contact_person: input.contactPerson,
    active: input.active ? (1 as const) : (0 as const),
    updated_at: at,
  };
  const agencyId = await call.audited<number>(
    (id) => ({
      action: 'referral.agency_saved',
      outcome: 'success',
      target: { type: 'agency', id },
      details: { created: input.agencyId === undefined, active: input.active },
    }),
    async (trx) => {
      if (await agencyNamed(trx, input.name, input.agencyId ?? null))
        throw new AppError('CONFLICT', 'agency_name_taken');
      if (input.agencyId === undefined) return insertAgency(trx, { ...values, created_at: at });
      if (!(await findAgency(trx, input.agencyId)))
        throw new AppError('NOT_FOUND', 'agency_not_found');
      if (!(await updateAgencyAt(trx, input.agencyId, input.version, values)))
        throw new AppError('CONFLICT', 'stale_version');
      return input.agencyId;
    },
  );
  const saved = (await listAgencies(call.db, true)).find((agency) => agency.agencyId === agencyId);
  if (!saved) throw new Error('agency vanished after its save');
  return saved;
}

/** The agency a new referral goes to: it must exist and still be in use. */
export async function requireActiveAgency(db: Db, agencyId: number): Promise<AgencyRow> {
  const agency = await findAgency(db, agencyId);
  if (!agency) throw new AppError('NOT_FOUND', 'agency_not_found');
  if (agency.active !== 1) throw new AppError('CONFLICT', 'agency_inactive');
  return agency;
}
