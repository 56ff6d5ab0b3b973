import type { Kysely, Transaction } from 'kysely';
import type {
  ImageRef,
  LetterheadSnapshot,
  SignerSnapshot,
} from '../../../shared/domain/documents';
import { AppError } from '../errors';
import type { DatabaseSchema } from '../db/schema';

type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;

/**
 * What an issued document freezes about the office and its signers, read in the issue's own
 * transaction. Issuing is refused until an admin has saved the letterhead once
 * (`letterhead_not_configured`), and with an unknown or retired signer.
 */
export async function readLetterheadRow(db: Db) {
  return db.selectFrom('letterhead').selectAll().where('id', '=', 1).executeTakeFirst();
}

export type LetterheadRow = NonNullable<Awaited<ReturnType<typeof readLetterheadRow>>>;

export async function requireLetterhead(db: Db): Promise<LetterheadRow> {
  const row = await readLetterheadRow(db);
  if (!row) throw new AppError('CONFLICT', 'letterhead_not_configured');
  return row;
}

async function imageRef(db: Db, imageId: number | null): Promise<ImageRef | null> {
  if (imageId === null) return null;
  const image = await db
    .selectFrom('document_images')
    .select(['sha256', 'mime'])
    .where('id', '=', imageId)
    .executeTakeFirst();
  return image ? { sha256: image.sha256, mime: image.mime } : null;
}

export async function letterheadSnapshot(db: Db, row: LetterheadRow): Promise<LetterheadSnapshot> {
  return {
    agencyName: row.agency_name,
    addressLines: JSON.parse(row.address_lines) as string[],
    emblem: await imageRef(db, row.emblem_image_id),
    thaiDigits: row.thai_digits === 1,
  };
}

/** A signer as the document prints them; NOT_FOUND or CONFLICT `signer_inactive` otherwise. */
export async function signerSnapshot(db: Db, signerId: number): Promise<SignerSnapshot> {
  const signer = await db
    .selectFrom('signers')
    .selectAll()
    .where('id', '=', signerId)
    .executeTakeFirst();
  if (!signer) throw new AppError('NOT_FOUND', 'signer_not_found');
  if (signer.active !== 1) throw new AppError('CONFLICT', 'signer_inactive');
  return {
    fullName: signer.full_name,
    positionLines: JSON.parse(signer.position_lines) as string[],
    signature: await imageRef(db, signer.signature_image_id),
  };
}

/** The default certificate signers from the letterhead (JSON array of ids). */
export function defaultCertificateSignerIds(row: LetterheadRow): number[] {
  return JSON.parse(row.default_certificate_signer_ids) as number[];
}
