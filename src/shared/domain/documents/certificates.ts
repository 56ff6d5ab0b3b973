import { z } from 'zod';
import { safeText } from '../../text/safe-text';
import { isoDateSchema } from '../cases/intake';
import {
  CERTIFICATE_ACHIEVEMENTS,
  CERTIFICATE_BATCH_MAX,
  type CertificateAchievement,
  type VerifyVerdict,
} from './codes';

const line = safeText().trim().max(200, 'too_long');

/** What a certificate says beyond the name; `training` needs the course, `custom` the wording. */
export const certificateWordingSchema = z
  .strictObject({
    achievement: z.enum(CERTIFICATE_ACHIEVEMENTS),
    /** The course (training) or the full achievement line (custom). */
    text: line,
    /** A second line, may be empty. */
    detailText: line,
    issuedOn: isoDateSchema,
    /** One or two signers; empty uses the letterhead's defaults. */
    signerIds: z.array(z.number().int().positive()).max(2),
  })
  .refine((wording) => wording.achievement !== 'training' || wording.text.length > 0, {
    message: 'course_required',
    path: ['text'],
  })
  .refine((wording) => wording.achievement !== 'custom' || wording.text.length > 0, {
    message: 'wording_required',
    path: ['text'],
  });
export type CertificateWording = z.input<typeof certificateWordingSchema>;

export const certificateIssueSchema = z.strictObject({
  caseId: z.number().int().positive(),
  wording: certificateWordingSchema,
});

/** Who a batch may be for: cases that reached a milestone in a fiscal year, and filters. */
export const cohortQuerySchema = z.strictObject({
  /** shop_opened / first_order: the milestone's date in the fiscal year. */
  milestone: z.enum(['shop_opened', 'first_order']).nullable(),
  /** ปีงบประมาณ (พ.ศ.). */
  fiscalYear: z.number().int().min(2500).max(2700),
  provinceId: z.number().int().positive().nullable(),
  /** Leave out cases that already hold a valid certificate for the same achievement. */
  excludeAlreadyCertified: z.boolean(),
});
export type CohortQuery = z.input<typeof cohortQuerySchema>;

export interface CohortMember {
  caseId: number;
  caseNumber: string;
  personName: string;
  provinceName: string | null;
  /** The milestone's date, when the cohort is by milestone. */
  reachedOn: string | null;
  /** The serial of a valid certificate it already holds for this achievement. */
  existingSerial: string | null;
}

export const certificateBatchSchema = z.strictObject({
  caseIds: z.array(z.number().int().positive()).min(1).max(CERTIFICATE_BATCH_MAX),
  wording: certificateWordingSchema,
});

export interface CertificateBatchResult {
  batchId: number;
  documentIds: number[];
  firstSerial: string;
  lastSerial: string;
}

/** The verify screen's input: a whole code from the QR (scanned or pasted) or a typed serial. */
export const verifySchema = z.strictObject({ code: z.string().trim().min(1).max(2000) });

export interface VerifyResult {
  verdict: VerifyVerdict;
  /** For valid and void: what the register holds. */
  serial: string | null;
  holderName: string | null;
  issuedOn: string | null;
  achievement: CertificateAchievement | null;
  voidReason: string | null;
  voidedAt: string | null;
  /** For a typed serial: the register was checked, but no signature (the paper should be seen). */
  bySerialOnly: boolean;
  /**
   * Why an `unknown`: signed by a key that is not this office's; signed by this office but not in
   * its register (a database restored from an older backup); a typed serial not in the register;
   * the register's entry no longer matches its SHA-256 (edited outside Kaona).
   */
  unknownCause: VerifyUnknownCause | null;
}

export const VERIFY_UNKNOWN_CAUSES = [
  'other_office',
  'not_in_register',
  'no_such_serial',
  'register_damaged',
] as const;
export type VerifyUnknownCause = (typeof VERIFY_UNKNOWN_CAUSES)[number];
