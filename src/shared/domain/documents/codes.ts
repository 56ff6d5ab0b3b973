/**
 * Codes of the official-documents feature (issue 10): what the office prints, the life of a
 * referral, what a letter may say about the person, and what a certificate recognises. Each list
 * is mirrored by a CHECK constraint in migration 0008.
 */

/** What the document register numbers. */
export const DOCUMENT_KINDS = ['referral_letter', 'certificate'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** A voided document keeps its number and says why; nothing is ever deleted from the register. */
export const DOCUMENT_STATUSES = ['issued', 'void'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/**
 * A referral's life: a draft is edited freely; issuing its letter sends it; the receiving agency
 * accepts or declines; an accepted referral is completed when the service was given. `cancelled`
 * ends a draft or a sent referral that will not go on (its letter, if any, is voided separately).
 */
export const REFERRAL_STATUSES = [
  'draft',
  'sent',
  'accepted',
  'declined',
  'completed',
  'cancelled',
] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** Which status may follow which: the service refuses anything else. */
export const REFERRAL_TRANSITIONS: Readonly<Record<ReferralStatus, readonly ReferralStatus[]>> = {
  draft: ['sent', 'cancelled'],
  sent: ['accepted', 'declined', 'cancelled'],
  accepted: ['completed'],
  declined: [],
  completed: [],
  cancelled: [],
};

/**
 * What a referral letter may say about the person beyond the name (PDPA s.22, s.27: only what the
 * receiving agency needs). The officer ticks them per referral; nothing is included by default
 * except the name. `disability` is sensitive (s.26) and needs `cases.reveal` to tick.
 */
export const REFERRAL_DETAILS = [
  'national_id',
  'birth_date',
  'address',
  'phone',
  'target_groups',
  'disability',
  'business',
] as const;
export type ReferralDetail = (typeof REFERRAL_DETAILS)[number];

/** What a certificate recognises; `training` and `custom` carry the course or the wording. */
export const CERTIFICATE_ACHIEVEMENTS = [
  'shop_opened',
  'first_order',
  'training',
  'custom',
] as const;
export type CertificateAchievement = (typeof CERTIFICATE_ACHIEVEMENTS)[number];

/** The images the letterhead and signers may carry; checked by content, never by name. */
export const IMAGE_MIME_TYPES = ['image/png', 'image/jpeg', 'image/svg+xml'] as const;
export type ImageMimeType = (typeof IMAGE_MIME_TYPES)[number];
/** An emblem or a signature is small; a 1 MiB cap keeps snapshots and print views light. */
export const IMAGE_MAX_BYTES = 1024 * 1024;

/** Days without a reply before a sent referral shows as overdue (office setting). */
export const REFERRAL_REPLY_DAYS = { min: 1, max: 180, default: 15 } as const;

/** A batch of certificates is one PDF; more than this is several batches. */
export const CERTIFICATE_BATCH_MAX = 1000;

/** The answers of the verify screen. */
export const VERIFY_VERDICTS = ['valid', 'void', 'forged', 'unknown'] as const;
export type VerifyVerdict = (typeof VERIFY_VERDICTS)[number];
