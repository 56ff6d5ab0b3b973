import {
  pdpaEraseSchema,
  pdpaPersonSchema,
  pdpaRequestCloseSchema,
  pdpaRequestCreateSchema,
  pdpaRequestListSchema,
  type ErasureOutcome,
  type PdpaRequest,
  type PdpaSubject,
  type RetentionReport,
  type SubjectExportOutcome,
  type SubjectPrintView,
} from '../../domain/pdpa';
import { PRINT_TICKET_PATTERN } from '../../domain/documents';
import { z } from 'zod';
import { method, output } from '../define';

/**
 * Data subject rights (issue 11): requests under PDPA ss. 30–35 with their 30-day due dates, the
 * person's consent history, the export of everything held about them (s.30/31), anonymisation on
 * an erasure request (s.33) and the retention report. Recording and listing requests is for
 * officers and supervisors (`pdpa.requests`); exporting and erasing only for supervisors
 * (`pdpa.fulfil`).
 */
export const pdpaAuditActions = [
  'pdpa.request_recorded',
  'pdpa.request_closed',
  'pdpa.requests_listed',
  'pdpa.subject_viewed',
  'pdpa.retention_reported',
  'pdpa.subject_exported',
  'pdpa.erased',
] as const;

export const pdpaReasons = [
  'pdpa_request_not_found',
  'pdpa_request_closed',
  'pdpa_refusal_reason_required',
  'pdpa_representative_name_required',
  'pdpa_received_in_future',
  'pdpa_person_not_found',
  'pdpa_person_erased',
  /** Erasure waits until every case of the person is graduated, referred out or closed. */
  'pdpa_open_case',
  'pdpa_not_erasure_request',
  /** An erasure request is done only by erasing (`pdpa.erase`), never by ticking it done. */
  'pdpa_erasure_needs_erase',
  'pdpa_export_failed',
  'pdpa_print_ticket_invalid',
] as const;

export const pdpaMethods = {
  /** All requests (the /pdpa page) or one person's, oldest due first. Audited. */
  'pdpa.listRequests': method({
    input: pdpaRequestListSchema,
    output: output<PdpaRequest[]>(),
    access: 'pdpa.requests',
  }),
  'pdpa.recordRequest': method({
    input: pdpaRequestCreateSchema,
    output: output<PdpaRequest>(),
    access: 'pdpa.requests',
  }),
  /** Done or refused (with its reason). An erasure request is done by `pdpa.erase` only. */
  'pdpa.closeRequest': method({
    input: pdpaRequestCloseSchema,
    output: output<PdpaRequest>(),
    access: 'pdpa.requests',
  }),
  /** The case page's tab: the person's consent history and requests. Audited. */
  'pdpa.subject': method({
    input: pdpaPersonSchema,
    output: output<PdpaSubject>(),
    access: 'pdpa.requests',
  }),
  /** Final cases past the office's `retentionYears`. Audited with the row count. */
  'pdpa.retentionReport': method({
    input: z.strictObject({}),
    output: output<RetentionReport>(),
    access: 'pdpa.requests',
  }),
  /**
   * Everything held about the person as one JSON file (machine-readable, s.31; attachments
   * inside, base64) and a readable PDF beside it, written by main as the host job
   * `pdpa.subjectExport`. Audited `pdpa.subject_exported` with counts only.
   */
  'pdpa.exportSubject': method({
    input: pdpaPersonSchema,
    output: output<SubjectExportOutcome>(),
    access: 'pdpa.fulfil',
  }),
  /** The print route's view for a `pdpa-` ticket (one use, dropped on lock). */
  'pdpa.printView': method({
    input: z.strictObject({ ticket: z.string().regex(PRINT_TICKET_PATTERN) }),
    output: output<SubjectPrintView>(),
    access: 'pdpa.fulfil',
  }),
  /** Anonymises the person of an open erasure request, in one transaction (ADR 0034). */
  'pdpa.erase': method({
    input: pdpaEraseSchema,
    output: output<ErasureOutcome>(),
    access: 'pdpa.fulfil',
  }),
};
