import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { DocumentModel, ImageRef } from '../../../shared/domain/documents';
import type { DatabaseSchema } from '../db/schema';
import { AppError } from '../errors';

type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;

/** Every image a model prints (emblem, signatures), by SHA-256. */
export function imageRefsOf(model: DocumentModel): ImageRef[] {
  const refs: (ImageRef | null)[] =
    model.kind === 'referral_letter'
      ? [model.letterhead.emblem, model.signer.signature]
      : [model.letterhead.emblem, ...model.signers.map((signer) => signer.signature)];
  return refs.filter((ref): ref is ImageRef => ref !== null);
}

/**
 * The `data:` URLs of every image the models print, keyed by SHA-256: the print window loads
 * images only from these (its CSP allows no network), so a document shows exactly the bytes the
 * office stored. Images are content-addressed and never change, so a reprint of an old document
 * shows the emblem it was issued with. The bytes are hashed again on every read: an image whose
 * bytes no longer match its SHA-256 (a signature swapped behind the trigger's back) is left out,
 * and the models are then not `intact`.
 */
export async function storedImages(
  db: Db,
  models: readonly DocumentModel[],
): Promise<{ images: Record<string, string>; intact: boolean }> {
  const hashes = [...new Set(models.flatMap(imageRefsOf).map((ref) => ref.sha256))];
  if (hashes.length === 0) return { images: {}, intact: true };
  const rows = await db
    .selectFrom('document_images')
    .select(['sha256', 'mime', 'bytes'])
    .where('sha256', 'in', hashes)
    .execute();
  const images = Object.fromEntries(
    rows
      .filter((row) => createHash('sha256').update(row.bytes).digest('hex') === row.sha256)
      .map((row) => [
        row.sha256,
        `data:${row.mime};base64,${Buffer.from(row.bytes).toString('base64')}`,
      ]),
  );
  return { images, intact: hashes.every((hash) => Object.hasOwn(images, hash)) };
}

/**
 * The images to print: every one the models name, as stored. A print or a preview is refused
 * (`document_snapshot_damaged`) rather than made with an image missing or changed.
 */
export async function printImages(
  db: Db,
  models: readonly DocumentModel[],
): Promise<Record<string, string>> {
  const { images, intact } = await storedImages(db, models);
  if (!intact) throw new AppError('CONFLICT', 'document_snapshot_damaged');
  return images;
}
