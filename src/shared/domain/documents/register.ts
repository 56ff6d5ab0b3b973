import { z } from 'zod';
import { isoDateSchema, longText } from '../cases/intake';
import { DOCUMENT_KINDS, DOCUMENT_STATUSES, type DocumentKind, type DocumentStatus } from './codes';
import type { DocumentModel } from './models';

/** The document register: every number issued, never deleted; a void keeps its number. */
export const documentListSchema = z.strictObject({
  kind: z.enum(DOCUMENT_KINDS).nullable(),
  status: z.enum(DOCUMENT_STATUSES).nullable(),
  caseId: z.number().int().positive().nullable(),
  /** Issue dates, inclusive. */
  from: isoDateSchema.nullable(),
  to: isoDateSchema.nullable(),
  /** A number or serial, or part of the holder's name. */
  text: z.string().trim().max(100),
  offset: z.number().int().min(0),
  limit: z.number().int().min(1).max(200),
});
export type DocumentListQuery = z.input<typeof documentListSchema>;

export interface DocumentRow {
  documentId: number;
  kind: DocumentKind;
  /** The letter number or the certificate serial, as stored (Arabic digits). */
  number: string;
  caseId: number;
  caseNumber: string;
  personName: string;
  issuedOn: string;
  issuedAt: string;
  issuedByDisplayName: string;
  status: DocumentStatus;
  voidReason: string | null;
  voidedAt: string | null;
  /** How many times it was printed or saved as PDF; after the first, prints say "สำเนา". */
  printCount: number;
  referralId: number | null;
  batchId: number | null;
}

export interface DocumentList {
  rows: DocumentRow[];
  total: number;
}

export interface DocumentDetail extends DocumentRow {
  sha256: string;
  /** Whether the stored snapshot still matches its SHA-256 (checked on every read). */
  intact: boolean;
  model: DocumentModel;
  /** The images the model prints, as `data:` URLs by SHA-256 (for the on-screen preview). */
  images: Record<string, string>;
}

export const documentIdSchema = z.strictObject({ documentId: z.number().int().positive() });

export const documentVoidSchema = z.strictObject({
  documentId: z.number().int().positive(),
  reason: longText.refine((text) => text.length >= 5, { message: 'void_reason_required' }),
});

/** Print on paper (system dialog) or save a PDF (save dialog), from the snapshot. */
export const documentOutputSchema = z.strictObject({
  documentIds: z.array(z.number().int().positive()).min(1).max(1000),
});

export type OutputOutcome =
  | { done: false }
  /** `fileName` is set for a PDF; `copies` counts the documents printed as สำเนา. */
  | { done: true; fileName: string | null; pages: number; copies: number };
