import { z } from 'zod';
import {
  certificateBatchSchema,
  certificateIssueSchema,
  cohortQuerySchema,
  verifySchema,
  type CertificateBatchResult,
  type CohortMember,
  type DocumentDetail,
  type PrintView,
  type VerifyResult,
} from '../../domain/documents';
import { method, output } from '../define';

/**
 * Certificates: per case or for a cohort, each with a serial from the register and a QR code
 * signed with the office's Ed25519 key; the verify screen checks a code or a serial.
 */
export const certificatesAuditActions = [
  'certificate.issued',
  'certificate.batch_issued',
  'certificate.verified',
  'certificate.key_created',
  'certificate.cohort_listed',
] as const;

export const certificatesReasons = [
  'certificate_case_not_eligible',
  'certificate_batch_empty',
  'certificate_duplicate_case',
  'certificate_date_future',
  'certificate_signers_missing',
] as const;

export const certificatesMethods = {
  /** The certificate as it would be issued now, marked as a draft. */
  'certificates.preview': method({
    input: certificateIssueSchema,
    output: output<PrintView>(),
    access: 'documents.issue',
  }),
  'certificates.issue': method({
    input: certificateIssueSchema,
    output: output<DocumentDetail>(),
    access: 'documents.issue',
  }),
  /** The cases a batch could be for (a fiscal year's shops, first orders…). */
  'certificates.cohort': method({
    input: cohortQuerySchema,
    output: output<CohortMember[]>(),
    access: 'documents.issue',
  }),
  /** Issues one certificate per case in one transaction; then `documents.savePdf` prints them. */
  'certificates.issueBatch': method({
    input: certificateBatchSchema,
    output: output<CertificateBatchResult>(),
    access: 'documents.issue',
  }),
  /** valid / void / forged / unknown for a scanned code or a typed serial. Audited. */
  'certificates.verify': method({
    input: verifySchema,
    output: output<VerifyResult>(),
    access: 'documents.read',
  }),
  /** The office's public verification key (base64), for other offices to check its codes. */
  'certificates.publicKey': method({
    input: z.strictObject({}),
    output: output<{ keyId: string; publicKeyBase64: string }>(),
    access: 'documents.read',
  }),
};
