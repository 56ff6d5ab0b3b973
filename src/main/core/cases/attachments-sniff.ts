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

/**
 * Strict base64: Node's decoder skips what it does not understand, so a garbled upload would be
 * stored as other bytes than were sent. Only canonical base64 (what encoding the decoded bytes
 * gives back exactly) is accepted; null otherwise. A round trip rather than a pattern: a
 * repeated group in a regular expression overflows the stack on a 14 MB string.
 */
export function decodeBase64(text: string): Buffer | null {
  const bytes = Buffer.from(text, 'base64');
  return bytes.toString('base64') === text ? bytes : null;
}
