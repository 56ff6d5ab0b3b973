import type { Insertable } from 'kysely';
import type { AttachmentInfo } from '../../../shared/domain/cases';
import type { AttachmentsTable } from '../db/schema';
import { precompileQuery } from '../db/precompiled-query';
import type { Db } from './case-file-repository';

const selectAttachments = precompileQuery((db, params: { caseId: number }) =>
  db
    .selectFrom('attachments')
    .innerJoin('users', 'users.id', 'attachments.added_by')
    .select([
      'attachments.id',
      'attachments.file_name',
      'attachments.mime_type',
      'attachments.size_bytes',
      'attachments.caption',
      'attachments.added_at',
      'users.full_name as added_by_name',
    ])
    .where('attachments.case_id', '=', params.caseId)
    .where('attachments.removed_at', 'is', null)
    .orderBy('attachments.id', 'desc'),
);

/** The case's attachments still in place, newest first; never reads their bytes. */
export async function listAttachments(db: Db, caseId: number): Promise<AttachmentInfo[]> {
  const rows = await selectAttachments.execute(db, { caseId });
  return rows.map((row) => ({
    attachmentId: row.id,
    fileName: row.file_name,
    mimeType: row.mime_type,
    sizeBytes: row.size_bytes,
    caption: row.caption,
    addedAt: row.added_at,
    addedByName: row.added_by_name,
  }));
}

/** An attachment that has not been removed. */
export function findAttachment(db: Db, attachmentId: number) {
  return db
    .selectFrom('attachments')
    .selectAll()
    .where('id', '=', attachmentId)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
}

export async function insertAttachment(
  db: Db,
  row: Insertable<AttachmentsTable>,
  content: Buffer,
): Promise<number> {
  const { id } = await db
    .insertInto('attachments')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('attachment_contents').values({ attachment_id: id, content }).execute();
  return id;
}

export async function attachmentContent(db: Db, attachmentId: number): Promise<Buffer | undefined> {
  const row = await db
    .selectFrom('attachment_contents')
    .select('content')
    .where('attachment_id', '=', attachmentId)
    .executeTakeFirst();
  return row?.content;
}

/**
 * Marks the attachment removed and deletes its bytes. With `secure_delete` on, SQLite overwrites
 * the freed pages, so the bytes do not linger in the file.
 */
export async function removeAttachmentRow(
  db: Db,
  attachmentId: number,
  by: { userId: number; at: string },
): Promise<void> {
  await db
    .updateTable('attachments')
    .set({ removed_at: by.at, removed_by: by.userId })
    .where('id', '=', attachmentId)
    .execute();
  await db.deleteFrom('attachment_contents').where('attachment_id', '=', attachmentId).execute();
}
