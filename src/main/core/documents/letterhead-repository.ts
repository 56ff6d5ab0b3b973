import type { Insertable } from 'kysely';
import type { ImageMimeType } from '../../../shared/domain/documents';
import type { Db } from '../cases/case-file-repository';
import type { LetterheadTable } from '../db/documents-schema';

/** SQL of the letterhead, its signers and the stored images (content-addressed, never changed). */

export function writeLetterhead(db: Db, row: Insertable<LetterheadTable>) {
  const { id: _id, ...changes } = row;
  return db
    .insertInto('letterhead')
    .values(row)
    .onConflict((c) => c.column('id').doUpdateSet(changes))
    .execute();
}

export function signerRows(db: Db, includeInactive: boolean) {
  let query = db.selectFrom('signers').selectAll().orderBy('full_name').orderBy('id');
  if (!includeInactive) query = query.where('active', '=', 1);
  return query.execute();
}

export function findSigner(db: Db, signerId: number) {
  return db.selectFrom('signers').selectAll().where('id', '=', signerId).executeTakeFirst();
}

export type SignerRow = NonNullable<Awaited<ReturnType<typeof findSigner>>>;

export interface SignerValues {
  full_name: string;
  position_lines: string;
  signature_image_id: number | null;
  active: 0 | 1;
}

export async function insertSigner(db: Db, values: SignerValues, at: string): Promise<number> {
  const row = await db
    .insertInto('signers')
    .values({ ...values, version: 1, created_at: at, updated_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Writes only if the version is still the one read; false when someone saved in between. */
export async function updateSigner(
  db: Db,
  signerId: number,
  version: number,
  values: SignerValues,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('signers')
    .set({ ...values, version: version + 1, updated_at: at })
    .where('id', '=', signerId)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

export function imageExists(db: Db, imageId: number) {
  return db
    .selectFrom('document_images')
    .select('id')
    .where('id', '=', imageId)
    .executeTakeFirst()
    .then((row) => row !== undefined);
}

export function findImage(db: Db, imageId: number) {
  return db
    .selectFrom('document_images')
    .select(['id', 'sha256', 'mime', 'bytes'])
    .where('id', '=', imageId)
    .executeTakeFirst();
}

export function findImageBySha(db: Db, sha256: string) {
  return db
    .selectFrom('document_images')
    .select(['id', 'sha256', 'mime', 'bytes'])
    .where('sha256', '=', sha256)
    .executeTakeFirst();
}

export async function insertImage(
  db: Db,
  values: { sha256: string; mime: ImageMimeType; bytes: Uint8Array; at: string; by: number },
): Promise<number> {
  const row = await db
    .insertInto('document_images')
    .values({
      sha256: values.sha256,
      mime: values.mime,
      bytes: values.bytes,
      created_at: values.at,
      created_by: values.by,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
