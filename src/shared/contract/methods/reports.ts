import {
  reportExportSchema,
  reportPreviewSchema,
  type ExportOutcome,
  type ReportPreview,
} from '../../domain/reports';
import { method, output } from '../define';

/**
 * Reports (issue 11, ADR 0030): a preview on screen and an export to XLSX or CSV written by a
 * worker job to the place the person chose. Reports that name people also need
 * `reports.exportPersonal` (checked in the core, refusals audited) and a typed reason.
 */
export const reportsAuditActions = [
  /** A personal report shown on screen (report, filters, row count). */
  'report.previewed',
  /** A file written: report, format, rows, fiscal year and the typed reason, never rows. */
  'report.exported',
  /** A personal report asked for without `reports.exportPersonal`. */
  'report.denied',
] as const;

export const reportsReasons = [
  /** A personal export without a reason of at least EXPORT_REASON_MIN characters. */
  'export_reason_required',
  /** The role may read counts but not reports that name people. */
  'personal_report_forbidden',
  /** The file could not be written (disk full, folder gone). */
  'export_failed',
] as const;

export const reportsMethods = {
  /** The first PREVIEW_ROWS rows, the headers and the total. A personal preview is audited. */
  'reports.preview': method({
    input: reportPreviewSchema,
    output: output<ReportPreview>(),
    access: 'reports.read',
  }),
  /**
   * Asks where to save, then writes the whole report as a background job (`reports.export`,
   * progress and cancel); `{ done: false }` when the dialog or the job was cancelled.
   */
  'reports.export': method({
    input: reportExportSchema,
    output: output<ExportOutcome>(),
    access: 'reports.read',
  }),
};
