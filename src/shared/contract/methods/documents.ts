import { z } from 'zod';
import {
  documentIdSchema,
  documentListSchema,
  documentOutputSchema,
  documentVoidSchema,
  PRINT_TICKET_PATTERN,
  type DocumentDetail,
  type DocumentList,
  type OutputOutcome,
  type PrintView,
} from '../../domain/documents';
import { method, output } from '../define';

/**
 * The document register and printing. Issuing gives a number and stores a snapshot with its
 * SHA-256 in one transaction; printing and saving PDF render the snapshot (a reprint says
 * "สำเนา"); voiding keeps the number with a reason. Files are written by main, never sent.
 */
export const documentsAuditActions = [
  'document.letter_issued',
  'document.viewed',
  'document.listed',
  'document.voided',
  'document.printed',
  'document.pdf_saved',
] as const;

export const documentsReasons = [
  'document_not_found',
  'document_already_void',
  'document_void',
  'document_snapshot_damaged',
  'letter_already_issued',
  /** No signer was chosen and the letterhead names no default letter signer. */
  'letter_signer_missing',
  'print_ticket_invalid',
  'printing_unavailable',
  'print_failed',
  'print_one_letter_at_a_time',
] as const;

export const documentsMethods = {
  'documents.list': method({
    input: documentListSchema,
    output: output<DocumentList>(),
    access: 'documents.read',
  }),
  /** One document with its snapshot, checked against its SHA-256. Audited. */
  'documents.get': method({
    input: documentIdSchema,
    output: output<DocumentDetail>(),
    access: 'documents.read',
  }),
  /** The referral's letter as it would be issued now, marked as a draft, without a number. */
  'documents.previewLetter': method({
    input: z.strictObject({
      referralId: z.number().int().positive(),
      signerId: z.number().int().positive().nullable(),
    }),
    output: output<PrintView>(),
    access: 'documents.issue',
  }),
  /**
   * Issues the referral's letter: the next number, the snapshot and its SHA-256 in one
   * transaction, and the referral becomes `sent`. CONFLICT `letter_already_issued` the second time.
   */
  'documents.issueLetter': method({
    input: z.strictObject({
      referralId: z.number().int().positive(),
      signerId: z.number().int().positive().nullable(),
    }),
    output: output<DocumentDetail>(),
    access: 'documents.issue',
  }),
  'documents.void': method({
    input: documentVoidSchema,
    output: output<DocumentDetail>(),
    access: 'documents.issue',
  }),
  /**
   * Saves the documents as one PDF where the person chooses (a background job with progress and
   * cancel when there are many). `{ done: false }` when they cancel the dialog or the job.
   */
  'documents.savePdf': method({
    input: documentOutputSchema,
    output: output<OutputOutcome>(),
    access: 'documents.issue',
  }),
  /** Prints through the system dialog (desktop only; FORBIDDEN `printing_unavailable` elsewhere). */
  'documents.print': method({
    input: documentOutputSchema,
    output: output<OutputOutcome>(),
    access: 'documents.issue',
  }),
  /**
   * What the print route renders for a ticket main made for one print (single use, expires fast).
   * NOT_FOUND `print_ticket_invalid` for any other.
   */
  'documents.printView': method({
    input: z.strictObject({ ticket: z.string().regex(PRINT_TICKET_PATTERN) }),
    output: output<PrintView>(),
    access: 'documents.issue',
  }),
};
