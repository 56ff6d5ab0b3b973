import { createHash } from 'node:crypto';
import type { z } from 'zod';
import {
  IMAGE_MAX_BYTES,
  type imageUploadSchema,
  type StoredImage,
} from '../../../shared/domain/documents';
import type { SignedInCall } from '../call/call-context';
import { decodeBase64 } from '../cases/attachments-sniff';
import type { Db } from '../cases/case-file-repository';
import { AppError } from '../errors';
import { checkImage } from './image-check';
import { findImage, findImageBySha, insertImage } from './letterhead-repository';

type ImageUpload = z.output<typeof imageUploadSchema>;
type ImageRow = NonNullable<Awaited<ReturnType<typeof findImage>>>;

function toStoredImage(row: ImageRow): StoredImage {
  return {
    imageId: row.id,
    sha256: row.sha256,
    mime: row.mime,
    dataUrl: `data:${row.mime};base64,${Buffer.from(row.bytes).toString('base64')}`,
  };
}

/** A refused upload leaves an audit trace (someone tried a file the app will not show). */
async function refuse(
  call: SignedInCall,
  purpose: ImageUpload['purpose'],
  reason: 'image_too_large' | 'image_not_recognised' | 'image_unsafe_svg',
): Promise<never> {
  await call.audit.record({
    action: 'letterhead.image_refused',
    outcome: 'failure',
    actor: call.actor,
    details: { reason, purpose },
  });
  throw new AppError('VALIDATION', reason);
}

/**
 * Stores an emblem or a signature, checked by content (image-check.ts). Images are
 * content-addressed and never change (a trigger keeps them): the same bytes uploaded twice are
 * the same row, and a document issued with an emblem reprints with exactly that emblem.
 */
export async function uploadImage(call: SignedInCall, input: ImageUpload): Promise<StoredImage> {
  const bytes = decodeBase64(input.dataBase64);
  // Only a broken page sends text that is not base64: no message for a person to act on.
  if (bytes === null) throw new AppError('VALIDATION');
  if (bytes.length > IMAGE_MAX_BYTES) return refuse(call, input.purpose, 'image_too_large');
  const checked = await checkImage(bytes);
  if (!checked.ok) return refuse(call, input.purpose, checked.reason);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const at = call.clock.now().toISOString();
  const imageId = await call.audited<{ imageId: number; created: boolean }>(
    ({ imageId: id, created }) => ({
      action: 'letterhead.image_stored',
      outcome: 'success',
      target: { type: 'image', id },
      details: { purpose: input.purpose, mime: checked.mime, sizeBytes: bytes.length, created },
    }),
    async (trx) => {
      const existing = await findImageBySha(trx, sha256);
      if (existing) return { imageId: existing.id, created: false };
      const id = await insertImage(trx, {
        sha256,
        mime: checked.mime,
        bytes,
        at,
        by: call.user.id,
      });
      return { imageId: id, created: true };
    },
  );
  return readImage(call.db, imageId.imageId);
}

export async function readImage(db: Db, imageId: number): Promise<StoredImage> {
  const row = await findImage(db, imageId);
  if (!row) throw new AppError('NOT_FOUND', 'image_not_found');
  return toStoredImage(row);
}
