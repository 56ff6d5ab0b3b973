import { fileTypeFromBuffer } from 'file-type';
import { ATTACHMENT_MIME_TYPES, type AttachmentMimeType } from '../../../shared/domain/cases';

/**
 * The file's type from its bytes (magic numbers, by the maintained `file-type` library), never
 * from its name: an executable renamed `photo.jpg` is an executable. Null when the content is
 * not one of the types the case page accepts.
 */
export async function sniffAttachmentType(bytes: Uint8Array): Promise<AttachmentMimeType | null> {
  const detected = await fileTypeFromBuffer(bytes);
  const mime = detected?.mime;
  return (ATTACHMENT_MIME_TYPES as readonly string[]).includes(mime ?? '')
    ? (mime as AttachmentMimeType)
    : null;
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * Strict base64: Node's decoder skips what it does not understand, so a garbled upload would be
 * stored as other bytes than were sent. Null for anything that is not canonical base64.
 */
export function decodeBase64(text: string): Buffer | null {
  return BASE64.test(text) ? Buffer.from(text, 'base64') : null;
}
