import type { Insertable } from 'kysely';
import type { ImageMimeType } from '../../../shared/domain/documents';
import type { Db } from '../cases/case-file-repository';
import type { LetterheadTable } from '../db/documents-schema';

/** SQL of the letterhead, its signers and the stored images (content-addressed, never changed). */

export function writeLetterhead(db: Db, row: Insertable<LetterheadTable>) {
  return (
    db
      .insertInto('letterhead')
      .values(row)
      // The one row (id 1): every column but the id takes the new value.
      .onConflict((c) =>
        c.column('id').doUpdateSet((eb) => ({
          agency_name: eb.ref('excluded.agency_name'),
          address_lines: eb.ref('excluded.address_lines'),
          phone: eb.ref('excluded.phone'),
          fax: eb.ref('excluded.fax'),
          email: eb.ref('excluded.email'),
          owning_division: eb.ref('excluded.owning_division'),
          number_prefix: eb.ref('excluded.number_prefix'),
          thai_digits: eb.ref('excluded.thai_digits'),
          emblem_image_id: eb.ref('excluded.emblem_image_id'),
          default_letter_signer_id: eb.ref('excluded.default_letter_signer_id'),
          default_certificate_signer_ids: eb.ref('excluded.default_certificate_signer_ids'),
          version: eb.ref('excluded.version'),
          updated_at: eb.ref('excluded.updated_at'),
          updated_by: eb.ref('excluded.updated_by'),
        })),
      )
      .execute()
  );
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
