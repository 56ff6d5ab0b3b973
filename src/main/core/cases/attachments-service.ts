import { createHash } from 'node:crypto';
import type { z } from 'zod';
import {
  ATTACHMENT_MAX_BYTES,
  type AttachmentContent,
  type AttachmentInfo,
  type attachmentAddSchema,
} from '../../../shared/domain/cases';
import type { SignedInCall } from '../call/call-context';
import { AppError } from '../errors';
import { insertCaseEvent } from './case-file-history-repository';
import { requireChangeableCase } from './case-file-lookup';
import {
  attachmentContent,
  findAttachment,
  insertAttachment,
  listAttachments,
  removeAttachmentRow,
} from './attachments-repository';
import { decodeBase64, sniffAttachmentType } from './attachments-sniff';

type AttachmentAdd = z.output<typeof attachmentAddSchema>;

const INVISIBLE_OR_CONTROL = /[\p{Cf}\p{Cc}]/gu;

/**
 * The name as the PC gave it, without control and format characters: a bidi override can make
 * `gpj.exe` read as `exe.jpg` on screen, and the name is shown on the case page. Such a file is
 * not refused for its name (the person did not choose it); its type comes from its bytes anyway.
 */
export function cleanFileName(name: string): string {
  return name.replace(INVISIBLE_OR_CONTROL, '').trim() || 'attachment';
}

/**
 * Photos and scans, kept inside the encrypted database (ADR 0017). Every check happens before
 * the transaction, and the row, its bytes, the timeline line and the audit event commit together:
 * a refused or failed upload leaves nothing behind.
 */
export async function addAttachment(
  call: SignedInCall,
  input: AttachmentAdd,
): Promise<AttachmentInfo> {
  const { caseRow } = await requireChangeableCase(call.db, input.caseId);
  const bytes = decodeBase64(input.dataBase64);
  // Only a broken page sends text that is not base64: no message for a person to act on.
  if (bytes === null) throw new AppError('VALIDATION');
  if (bytes.length === 0) throw new AppError('VALIDATION', 'attachment_empty');
  if (bytes.length > ATTACHMENT_MAX_BYTES) throw new AppError('VALIDATION', 'attachment_too_large');
  const mimeType = await sniffAttachmentType(bytes);
  if (mimeType === null) throw new AppError('VALIDATION', 'attachment_type_not_allowed');

  const at = call.clock.now().toISOString();
  const attachmentId = await call.audited<number>(
    (id) => ({
      action: 'case.attachment_added',
      outcome: 'success',
      target: { type: 'attachment', id },
      details: { caseId: caseRow.id, mimeType, sizeBytes: bytes.length },
    }),
    async (trx) => {
      const id = await insertAttachment(
        trx,
        {
          case_id: caseRow.id,
          file_name: cleanFileName(input.fileName),
          mime_type: mimeType,
          size_bytes: bytes.length,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          caption: input.caption,
          added_at: at,
          added_by: call.user.id,
          removed_at: null,
          removed_by: null,
        },
        bytes,
      );
      await insertCaseEvent(trx, {
        caseId: caseRow.id,
        kind: 'attachment_added',
        at,
        userId: call.user.id,
        detail: { attachmentId: String(id), mimeType },
      });
      return id;
    },
  );
  const added = (await listAttachments(call.db, caseRow.id)).find(
    (attachment) => attachment.attachmentId === attachmentId,
  );
  if (!added) throw new Error('attachment missing after its commit');
  return added;
}

/** The bytes for the viewer, typed as they were sniffed when stored. Audited. */
export async function openAttachment(
  call: SignedInCall,
  attachmentId: number,
): Promise<AttachmentContent> {
  const attachment = await findAttachment(call.db, attachmentId);
  if (!attachment) throw new AppError('NOT_FOUND', 'attachment_not_found');
  const content = await attachmentContent(call.db, attachment.id);
  if (!content) throw new AppError('NOT_FOUND', 'attachment_not_found');
  await call.audit.record({
    action: 'case.attachment_opened',
    outcome: 'success',
    actor: call.actor,
    target: { type: 'attachment', id: attachment.id },
    details: { caseId: attachment.case_id },
  });
  return {
    attachmentId: attachment.id,
    fileName: attachment.file_name,
    mimeType: attachment.mime_type,
    dataBase64: Buffer.from(content).toString('base64'),
  };
}

/** Removal keeps the record (who added and removed what, when) and deletes the bytes. */
export async function removeAttachment(call: SignedInCall, attachmentId: number): Promise<null> {
  const attachment = await findAttachment(call.db, attachmentId);
  if (!attachment) throw new AppError('NOT_FOUND', 'attachment_not_found');
  const at = call.clock.now().toISOString();
  await call.audited(
    {
      action: 'case.attachment_removed',
      outcome: 'success',
      target: { type: 'attachment', id: attachment.id },
      details: { caseId: attachment.case_id },
    },
    async (trx) => {
      await removeAttachmentRow(trx, attachment.id, { userId: call.user.id, at });
      await insertCaseEvent(trx, {
        caseId: attachment.case_id,
        kind: 'attachment_removed',
        at,
        userId: call.user.id,
        detail: { attachmentId: String(attachment.id) },
      });
    },
  );
  return null;
}
