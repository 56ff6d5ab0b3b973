import type { z } from 'zod';
import type { Signer, signerSaveSchema } from '../../../shared/domain/documents';
import type { SignedInCall } from '../call/call-context';
import type { Db } from '../cases/case-file-repository';
import { AppError } from '../errors';
import { defaultCertificateSignerIds, readLetterheadRow } from './letterhead-snapshot';
import {
  findSigner,
  imageExists,
  insertSigner,
  signerRows,
  updateSigner,
  type SignerRow,
  type SignerValues,
} from './letterhead-repository';

type SignerInput = z.output<typeof signerSaveSchema>;

function toSigner(row: SignerRow): Signer {
  return {
    signerId: row.id,
    fullName: row.full_name,
    positionLines: JSON.parse(row.position_lines) as string[],
    signatureImageId: row.signature_image_id,
    active: row.active === 1,
    version: row.version,
  };
}

export async function listSigners(db: Db, includeInactive: boolean): Promise<Signer[]> {
  return (await signerRows(db, includeInactive)).map(toSigner);
}

/** Whether the letterhead names this signer as a default (letters or certificates). */
async function isDefaultSigner(db: Db, signerId: number): Promise<boolean> {
  const letterhead = await readLetterheadRow(db);
  if (!letterhead) return false;
  return (
    letterhead.default_letter_signer_id === signerId ||
    defaultCertificateSignerIds(letterhead).includes(signerId)
  );
}

const FIELDS = {
  fullName: 'full_name',
  positionLines: 'position_lines',
  signatureImageId: 'signature_image_id',
  active: 'active',
} as const satisfies Record<string, keyof SignerValues>;

function changedFields(before: SignerRow | undefined, after: SignerValues): string[] {
  return Object.entries(FIELDS)
    .filter(([, column]) => before === undefined || before[column] !== after[column])
    .map(([field]) => field);
}

/**
 * Adds a signer or changes one (with the version read: CONFLICT `stale_version` otherwise).
 * Signers are never deleted: issued documents froze their name, and a retired signer only stops
 * being offered. A default signer of the letterhead cannot be retired (`signer_is_default`): the
 * next letter would be refused for a reason the admin would not see on this page.
 */
export async function saveSigner(call: SignedInCall, input: SignerInput): Promise<Signer> {
  const values: SignerValues = {
    full_name: input.fullName,
    position_lines: JSON.stringify(input.positionLines),
    signature_image_id: input.signatureImageId,
    active: input.active ? 1 : 0,
  };
  const at = call.clock.now().toISOString();
  const saved = await call.audited<{ signerId: number; created: boolean; fields: string[] }>(
    ({ signerId, created, fields }) => ({
      action: 'letterhead.signer_saved',
      outcome: 'success',
      target: { type: 'signer', id: signerId },
      details: { created, fields, active: input.active },
    }),
    async (trx) => {
      if (input.signatureImageId !== null && !(await imageExists(trx, input.signatureImageId)))
        throw new AppError('NOT_FOUND', 'image_not_found');
      if (input.signerId === undefined) {
        if (input.version !== 0) throw new AppError('CONFLICT', 'stale_version');
        const signerId = await insertSigner(trx, values, at);
        return { signerId, created: true, fields: changedFields(undefined, values) };
      }
      const before = await findSigner(trx, input.signerId);
      if (!before) throw new AppError('NOT_FOUND', 'signer_not_found');
      if (before.version !== input.version) throw new AppError('CONFLICT', 'stale_version');
      if (!input.active && before.active === 1 && (await isDefaultSigner(trx, before.id)))
        throw new AppError('CONFLICT', 'signer_is_default');
      if (!(await updateSigner(trx, before.id, input.version, values, at)))
        throw new AppError('CONFLICT', 'stale_version');
      return { signerId: before.id, created: false, fields: changedFields(before, values) };
    },
  );
  const row = await findSigner(call.db, saved.signerId);
  if (!row) throw new Error('signer missing after its commit');
  return toSigner(row);
}
