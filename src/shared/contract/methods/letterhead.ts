import { z } from 'zod';
import {
  imageIdSchema,
  imageUploadSchema,
  letterheadSaveSchema,
  signerSaveSchema,
  type Letterhead,
  type Signer,
  type StoredImage,
} from '../../domain/documents';
import { method, output } from '../define';

/**
 * The letterhead (admin): what letters and certificates print about the office, the number
 * prefix, Thai digits, the emblem, the signers and each kind's default signer.
 */
export const letterheadAuditActions = [
  'letterhead.saved',
  'letterhead.signer_saved',
  'letterhead.image_stored',
  'letterhead.image_refused',
] as const;

export const letterheadReasons = [
  /** Someone saved in between: the form reloads (letterhead, signers, agencies, referrals). */
  'stale_version',
  'letterhead_not_configured',
  'signer_not_found',
  'signer_inactive',
  /** The same signer twice among a certificate's two signers. */
  'signer_repeated',
  /** A default signer of the letterhead cannot be retired: choose another default first. */
  'signer_is_default',
  'image_not_found',
  'image_not_recognised',
  'image_unsafe_svg',
  'image_too_large',
] as const;

export const letterheadMethods = {
  /** Everyone who prints reads it (the issue dialogs show the default signers). */
  'letterhead.get': method({
    input: z.strictObject({}),
    output: output<Letterhead>(),
    access: 'documents.read',
  }),
  /** CONFLICT `stale_version` when someone saved in between. */
  'letterhead.save': method({
    input: letterheadSaveSchema,
    output: output<Letterhead>(),
    access: 'letterhead.manage',
  }),
  'letterhead.signers': method({
    input: z.strictObject({ includeInactive: z.boolean() }),
    output: output<Signer[]>(),
    access: 'documents.read',
  }),
  'letterhead.saveSigner': method({
    input: signerSaveSchema,
    output: output<Signer>(),
    access: 'letterhead.manage',
  }),
  /** Checks the bytes (PNG, JPEG, or SVG without script or external references) and stores them. */
  'letterhead.uploadImage': method({
    input: imageUploadSchema,
    output: output<StoredImage>(),
    access: 'letterhead.manage',
  }),
  'letterhead.image': method({
    input: imageIdSchema,
    output: output<StoredImage>(),
    access: 'documents.read',
  }),
};
