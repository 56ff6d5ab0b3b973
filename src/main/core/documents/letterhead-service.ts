import type { z } from 'zod';
import type { Letterhead, letterheadSaveSchema } from '../../../shared/domain/documents';
import { thaiDigitsToArabic } from '../../../shared/thai/thai-digits';
import type { SignedInCall } from '../call/call-context';
import type { Db } from '../cases/case-file-repository';
import type { LetterheadTable } from '../db/documents-schema';
import { AppError } from '../errors';
import { defaultCertificateSignerIds, readLetterheadRow } from './letterhead-snapshot';
import { findSigner, imageExists, writeLetterhead } from './letterhead-repository';

type LetterheadInput = z.output<typeof letterheadSaveSchema>;

/** What `letterhead.get` answers before the first save: nothing can be issued yet. */
const UNCONFIGURED: Letterhead = {
  agencyName: '',
  addressLines: [],
  phone: '',
  fax: '',
  email: '',
  owningDivision: '',
  numberPrefix: '',
  thaiDigits: true,
  emblemImageId: null,
  defaultLetterSignerId: null,
  defaultCertificateSignerIds: [],
  version: 0,
  configured: false,
};

type Row = NonNullable<Awaited<ReturnType<typeof readLetterheadRow>>>;

function toLetterhead(row: Row): Letterhead {
  return {
    agencyName: row.agency_name,
    addressLines: JSON.parse(row.address_lines) as string[],
    phone: row.phone,
    fax: row.fax,
    email: row.email,
    owningDivision: row.owning_division,
    numberPrefix: row.number_prefix,
    thaiDigits: row.thai_digits === 1,
    emblemImageId: row.emblem_image_id,
    defaultLetterSignerId: row.default_letter_signer_id,
    defaultCertificateSignerIds: defaultCertificateSignerIds(row),
    version: row.version,
    configured: true,
  };
}

export async function getLetterhead(db: Db): Promise<Letterhead> {
  const row = await readLetterheadRow(db);
  return row ? toLetterhead(row) : UNCONFIGURED;
}

/** A signer chosen as a default must exist and be active: NOT_FOUND / CONFLICT otherwise. */
async function requireActiveSigner(db: Db, signerId: number): Promise<void> {
  const signer = await findSigner(db, signerId);
  if (!signer) throw new AppError('NOT_FOUND', 'signer_not_found');
  if (signer.active !== 1) throw new AppError('CONFLICT', 'signer_inactive');
}

async function checkReferences(db: Db, input: LetterheadInput): Promise<void> {
  if (input.emblemImageId !== null && !(await imageExists(db, input.emblemImageId)))
    throw new AppError('NOT_FOUND', 'image_not_found');
  if (input.defaultLetterSignerId !== null)
    await requireActiveSigner(db, input.defaultLetterSignerId);
  const certificateSigners = input.defaultCertificateSignerIds;
  if (new Set(certificateSigners).size !== certificateSigners.length)
    throw new AppError('VALIDATION', 'signer_repeated');
  for (const signerId of certificateSigners) await requireActiveSigner(db, signerId);
}

const FIELD_COLUMNS = {
  agencyName: 'agency_name',
  addressLines: 'address_lines',
  phone: 'phone',
  fax: 'fax',
  email: 'email',
  owningDivision: 'owning_division',
  numberPrefix: 'number_prefix',
  thaiDigits: 'thai_digits',
  emblemImageId: 'emblem_image_id',
  defaultLetterSignerId: 'default_letter_signer_id',
  defaultCertificateSignerIds: 'default_certificate_signer_ids',
} as const satisfies Record<string, keyof LetterheadTable>;

type Values = Pick<LetterheadTable, (typeof FIELD_COLUMNS)[keyof typeof FIELD_COLUMNS]>;

function columnValues(input: LetterheadInput): Values {
  return {
    agency_name: input.agencyName,
    address_lines: JSON.stringify(input.addressLines),
    phone: input.phone,
    fax: input.fax,
    email: input.email,
    owning_division: input.owningDivision,
    // Clerks type ๐–๙ from the Thai layout; stored as 0–9, the letter prints the office's choice.
    number_prefix: thaiDigitsToArabic(input.numberPrefix),
    thai_digits: input.thaiDigits ? 1 : 0,
    emblem_image_id: input.emblemImageId,
    default_letter_signer_id: input.defaultLetterSignerId,
    default_certificate_signer_ids: JSON.stringify(input.defaultCertificateSignerIds),
  };
}

/** The names of the fields whose value changed (every field on the first save). */
function changedFields(before: Row | undefined, after: Values): string[] {
  return Object.entries(FIELD_COLUMNS)
    .filter(([, column]) => before === undefined || before[column] !== after[column])
    .map(([field]) => field);
}

/**
 * The admin's save: refused as CONFLICT `stale_version` when the version read is no longer the
 * stored one (someone saved in between), so a form never overwrites a change it did not show.
 * Audited with the names of the changed fields, never their values.
 */
export async function saveLetterhead(
  call: SignedInCall,
  input: LetterheadInput,
): Promise<Letterhead> {
  const values = columnValues(input);
  const at = call.clock.now().toISOString();
  await call.audited<{ fields: string[]; version: number }>(
    ({ fields, version }) => ({
      action: 'letterhead.saved',
      outcome: 'success',
      target: { type: 'letterhead', id: 1 },
      details: { fields, version },
    }),
    async (trx) => {
      const before = await readLetterheadRow(trx);
      if (input.version !== (before?.version ?? 0)) throw new AppError('CONFLICT', 'stale_version');
      await checkReferences(trx, input);
      const version = input.version + 1;
      await writeLetterhead(trx, {
        id: 1,
        ...values,
        version,
        updated_at: at,
        updated_by: call.user.id,
      });
      return { fields: changedFields(before, values), version };
    },
  );
  return getLetterhead(call.db);
}
