import { z } from 'zod';
import { addDays } from '../thai/iso-date';
import { safeText } from '../text/safe-text';
import { isoDateSchema, longText } from './cases/intake';
import type { CaseStatus, ConsentPurpose } from './cases';

/**
 * Data subject rights (PDPA B.E. 2562, ss. 30–35): the requests a person (or their
 * representative) makes about the data the office holds on them, and their due dates.
 */
export const PDPA_REQUEST_KINDS = [
  'access', // s.30: access to and a copy of their data
  'portability', // s.31: in a machine-readable form
  'objection', // s.32
  'erasure', // s.33
  'restriction', // s.34
  'rectification', // s.35
] as const;
export type PdpaRequestKind = (typeof PDPA_REQUEST_KINDS)[number];

export const PDPA_REQUESTERS = ['self', 'representative'] as const;
export const PDPA_CHANNELS = ['in_person', 'letter', 'phone', 'email', 'line', 'other'] as const;
/**
 * No "extended": s.30 gives the controller 30 days and no extension; a request the office cannot
 * meet is refused with its reason (which the person may take to the PDPC), never left to drift.
 */
export const PDPA_REQUEST_STATUSES = ['open', 'done', 'refused'] as const;
export type PdpaRequestStatus = (typeof PDPA_REQUEST_STATUSES)[number];

/** Days the office has to answer (s.30 para. 3). */
export const PDPA_DUE_DAYS = 30;
/** An open request this close to its due date is shown as due soon. */
export const PDPA_DUE_SOON_DAYS = 7;

/**
 * The due date: the 30th day after the day of receipt (the day of receipt is not counted, the due
 * day is: the answer is on time on the due date itself). Received 2 Dec 2569 → due 1 Jan 2570.
 */
export function pdpaDueDate(receivedOn: string): string {
  return addDays(receivedOn, PDPA_DUE_DAYS);
}

export type PdpaDeadline = 'closed' | 'overdue' | 'due_soon' | 'on_time';

/** Where an open request stands on `today` (Bangkok date): overdue only after the due date. */
export function pdpaDeadline(
  status: PdpaRequestStatus,
  dueOn: string,
  today: string,
): PdpaDeadline {
  if (status !== 'open') return 'closed';
  if (today > dueOn) return 'overdue';
  if (addDays(today, PDPA_DUE_SOON_DAYS) >= dueOn) return 'due_soon';
  return 'on_time';
}

const note = longText.pipe(z.string().max(2000, 'too_long'));

export const pdpaRequestCreateSchema = z.strictObject({
  beneficiaryId: z.number().int().positive(),
  kind: z.enum(PDPA_REQUEST_KINDS),
  receivedOn: isoDateSchema,
  requester: z.enum(PDPA_REQUESTERS),
  /** The representative's name; empty when the person asked themselves. */
  representativeName: safeText().trim().max(200, 'too_long'),
  channel: z.enum(PDPA_CHANNELS),
  note,
});
export type PdpaRequestCreate = z.input<typeof pdpaRequestCreateSchema>;

export const pdpaRequestCloseSchema = z.strictObject({
  requestId: z.number().int().positive(),
  status: z.enum(['done', 'refused']),
  /** Required when refused (s.30: the reason is recorded). */
  reason: note,
});
export type PdpaRequestClose = z.input<typeof pdpaRequestCloseSchema>;

export const pdpaRequestListSchema = z.strictObject({
  beneficiaryId: z.number().int().positive().nullable(),
  status: z.enum(['open', 'all']),
});
export type PdpaRequestListQuery = z.input<typeof pdpaRequestListSchema>;

export const pdpaPersonSchema = z.strictObject({ beneficiaryId: z.number().int().positive() });

export const pdpaEraseSchema = z.strictObject({
  requestId: z.number().int().positive(),
  /** Typed by the supervisor as the confirmation; kept in the request and the audit event. */
  reason: longText.pipe(z.string().min(5, 'required').max(500, 'too_long')),
});
export type PdpaErase = z.input<typeof pdpaEraseSchema>;

export interface PdpaRequest {
  id: number;
  beneficiaryId: number;
  /** Empty once the person is erased. */
  personName: string;
  caseNumbers: string[];
  kind: PdpaRequestKind;
  receivedOn: string;
  dueOn: string;
  requester: (typeof PDPA_REQUESTERS)[number];
  representativeName: string;
  channel: (typeof PDPA_CHANNELS)[number];
  note: string;
  status: PdpaRequestStatus;
  deadline: PdpaDeadline;
  reason: string;
  recordedBy: string;
  recordedAt: string;
  handledBy: string | null;
  handledAt: string | null;
}

export interface ConsentHistoryRow {
  id: number;
  purpose: ConsentPurpose;
  granted: boolean;
  noticeVersion: string;
  givenBy: 'self' | 'guardian';
  guardianName: string;
  note: string;
  recordedAt: string;
  recordedBy: string;
}

export interface PdpaSubject {
  beneficiaryId: number;
  personName: string;
  erasedAt: string | null;
  /** Any case not yet graduated, referred out or closed: erasure waits for it. */
  hasOpenCase: boolean;
  consents: ConsentHistoryRow[];
  requests: PdpaRequest[];
}

export interface RetentionRow {
  caseId: number;
  caseNumber: string;
  beneficiaryId: number;
  personName: string;
  status: CaseStatus;
  finalOn: string;
  /** An erasure request for this person is already open. */
  erasureRequestId: number | null;
}

export interface RetentionReport {
  retentionYears: number;
  cutoff: string;
  rows: RetentionRow[];
}

/** The JSON file the person chose, and the PDF written beside it (null when no printer). */
export type SubjectExportOutcome =
  { done: false } | { done: true; fileName: string; pdfFileName: string | null };

export interface ErasureOutcome {
  beneficiaryId: number;
  casesErased: number;
  documentsRedacted: number;
  attachmentsRemoved: number;
}

/**
 * The print route's view of a subject export: composed in the core, in Thai with พ.ศ. dates
 * (like a letter), so the page only lays it out. Its tickets start with this prefix, which tells
 * the print page to ask `pdpa.printView` instead of `documents.printView`.
 */
export const SUBJECT_TICKET_PREFIX = 'pdpa-';

export interface SubjectPrintSection {
  heading: string;
  /** One block per record (a case, a consent, a session…), each a list of label and value. */
  records: { label: string; value: string }[][];
}

export interface SubjectPrintView {
  kind: 'pdpa_subject';
  title: string;
  personName: string;
  preparedOn: string;
  sections: SubjectPrintSection[];
}
