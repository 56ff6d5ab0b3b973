import { z } from 'zod';
import { safeText } from '../../text/safe-text';
import { IMAGE_MAX_BYTES, IMAGE_MIME_TYPES, type ImageMimeType } from './codes';

/**
 * The office's letterhead (admin): what every letter and certificate prints about the office,
 * the number prefix, the signers and who signs each kind by default. Messages are keys under
 * `documents:formErrors`.
 */
const line = safeText().trim().max(200, 'too_long');
const requiredLine = safeText().trim().min(1, 'required').max(200, 'too_long');
/** Several printed lines in one field (an address, a position): line breaks allowed, 6 lines. */
export const multiLineSchema = z
  .string()
  .max(600, 'too_long')
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  .refine((text) => !/[\p{Cf}\u0000-\u0009\u000b-\u001f\u007f]/u.test(text), {
    message: 'text_control_characters',
  })
  .transform((text) =>
    text
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .map((part) => part.trim())
      .filter((part) => part.length > 0),
  )
  .refine((lines) => lines.length <= 6, { message: 'too_many_lines' });

/** e.g. "พม 0506/" (Thai digits typed are stored as 0–9; the letter prints the office's choice). */
export const numberPrefixSchema = safeText()
  .trim()
  .min(1, 'required')
  .max(40, 'too_long')
  .regex(/^[\p{L}\p{M}\p{N} .\-/]+$/u, 'number_prefix_format');

export const emailOrEmptySchema = z.union([z.literal(''), z.email('email_format').max(200)]);

export const letterheadSaveSchema = z.strictObject({
  /** ส่วนราชการเจ้าของหนังสือ */
  agencyName: requiredLine,
  addressLines: multiLineSchema.refine((lines) => lines.length > 0, { message: 'required' }),
  phone: line,
  fax: line,
  email: emailOrEmptySchema,
  /** ส่วนราชการเจ้าของเรื่อง (bottom left of a letter), e.g. "กลุ่มการพัฒนาสังคม". */
  owningDivision: requiredLine,
  numberPrefix: numberPrefixSchema,
  thaiDigits: z.boolean(),
  /** The stored image (from `letterhead.uploadImage`) or null for none. */
  emblemImageId: z.number().int().positive().nullable(),
  defaultLetterSignerId: z.number().int().positive().nullable(),
  /** Up to two signers for certificates; the first is required when a second is set. */
  defaultCertificateSignerIds: z.array(z.number().int().positive()).max(2),
  /** The version read; a stale save is CONFLICT. 0 when nothing was saved yet. */
  version: z.number().int().min(0),
});
export type LetterheadSave = z.input<typeof letterheadSaveSchema>;

export interface Letterhead {
  agencyName: string;
  addressLines: string[];
  phone: string;
  fax: string;
  email: string;
  owningDivision: string;
  numberPrefix: string;
  thaiDigits: boolean;
  emblemImageId: number | null;
  defaultLetterSignerId: number | null;
  defaultCertificateSignerIds: number[];
  version: number;
  /** False until an admin saved it once: issuing is refused until then. */
  configured: boolean;
}

export const signerSaveSchema = z.strictObject({
  /** Absent for a new signer. */
  signerId: z.number().int().positive().optional(),
  fullName: requiredLine,
  positionLines: multiLineSchema.refine((lines) => lines.length > 0, { message: 'required' }),
  signatureImageId: z.number().int().positive().nullable(),
  active: z.boolean(),
  version: z.number().int().min(0),
});
export type SignerSave = z.input<typeof signerSaveSchema>;

export interface Signer {
  signerId: number;
  fullName: string;
  positionLines: string[];
  signatureImageId: number | null;
  active: boolean;
  version: number;
}

/** An emblem or signature picked in the page, base64 (both transports carry JSON). */
export const imageUploadSchema = z.strictObject({
  purpose: z.enum(['emblem', 'signature']),
  dataBase64: z.string().max(Math.ceil(IMAGE_MAX_BYTES / 3) * 4 + 4, 'image_too_large'),
});

export interface StoredImage {
  imageId: number;
  sha256: string;
  mime: ImageMimeType;
  /** A `data:` URL for showing it in the settings page. */
  dataUrl: string;
}

export const imageIdSchema = z.strictObject({ imageId: z.number().int().positive() });

export { IMAGE_MIME_TYPES };
