import type { Kysely, Transaction } from 'kysely';
import type { DocumentModel, ImageRef } from '../../../shared/domain/documents';
import type { DatabaseSchema } from '../db/schema';

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
 * shows the emblem it was issued with.
 */
export async function printImages(
  db: Db,
  models: readonly DocumentModel[],
): Promise<Record<string, string>> {
  const hashes = [...new Set(models.flatMap(imageRefsOf).map((ref) => ref.sha256))];
  if (hashes.length === 0) return {};
  const rows = await db
    .selectFrom('document_images')
    .select(['sha256', 'mime', 'bytes'])
    .where('sha256', 'in', hashes)
    .execute();
  return Object.fromEntries(
    rows.map((row) => [
      row.sha256,
      `data:${row.mime};base64,${Buffer.from(row.bytes).toString('base64')}`,
    ]),
  );
}
