import { fileTypeFromBuffer } from 'file-type';
import type { ImageMimeType } from '../../../shared/domain/documents';
import { checkSvg } from './svg-check';

export type ImageRefusal = 'image_not_recognised' | 'image_unsafe_svg';

export type ImageCheck = { ok: true; mime: ImageMimeType } | { ok: false; reason: ImageRefusal };

/**
 * What an emblem or signature file really is, from its bytes, never its name: PNG and JPEG by
 * their magic numbers (the maintained `file-type` library); anything else must be an SVG
 * document that passes `checkSvg`. An SVG is text a browser runs as a document, so only a plain
 * drawing is accepted: the print window shows it beside a beneficiary's data.
 */
export async function checkImage(bytes: Uint8Array): Promise<ImageCheck> {
  if (bytes.length === 0) return { ok: false, reason: 'image_not_recognised' };
  const detected = await fileTypeFromBuffer(bytes);
  if (detected?.mime === 'image/png' || detected?.mime === 'image/jpeg')
    return { ok: true, mime: detected.mime };
  // file-type names binary formats; an SVG is text it does not claim (or calls XML).
  if (detected && detected.mime !== 'application/xml' && detected.mime !== 'image/svg+xml')
    return { ok: false, reason: 'image_not_recognised' };
  const verdict = checkSvg(bytes);
  return verdict === 'ok' ? { ok: true, mime: 'image/svg+xml' } : { ok: false, reason: verdict };
}
