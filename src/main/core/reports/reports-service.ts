import {
  exportReasonSchema,
  isPersonalReport,
  PREVIEW_ROWS,
  reportColumns,
  reportFileName,
  type ExportOutcome,
  type ReportExportInput,
  type ReportPreview,
  type ReportPreviewInput,
} from '../../../shared/domain/reports';
import { roleHasPermission } from '../../../shared/permissions';
import type { AuditedEvent, SignedInCall } from '../call/call-context';
import { AppError } from '../errors';
import { saveUserFile, type ChooseSavePath } from '../files/save-file';
import type { ReportsExportResult } from '../jobs/kinds/reports-export';
import type { ReportRequest } from './report-run';
import { prepareReport } from './report-sources';

export interface ReportsDeps {
  chooseSavePath: ChooseSavePath | undefined;
}

/** Thrown inside the save's write when the job was cancelled: the temporary file goes. */
class ExportCancelled extends Error {}

/** What an audit event says about the request: the report and its filters, never rows. */
function requestDetails({ report, filters }: ReportRequest) {
  return {
    report,
    fiscalYear: filters.fiscalYear,
    provinceId: filters.provinceId,
    department: filters.department,
  };
}

/**
 * Reports that name people need `reports.exportPersonal` on top of the method's `reports.read`
 * (an admin reads the counts but not the registers). A refusal is audited: someone tried to
 * take a list of people.
 */
async function assertMayName(
  call: SignedInCall,
  request: ReportRequest,
  step: 'preview' | 'export',
): Promise<void> {
  if (!isPersonalReport(request.report)) return;
  if (roleHasPermission(call.user.role, 'reports.exportPersonal')) return;
  await call.audit.record({
    action: 'report.denied',
    outcome: 'denied',
    actor: call.actor,
    details: { ...requestDetails(request), step },
  });
  throw new AppError('FORBIDDEN', 'personal_report_forbidden');
}

/** The first rows and the total, for the screen; a personal preview is a read of personal data. */
export async function previewReport(
  call: SignedInCall,
  input: ReportPreviewInput,
): Promise<ReportPreview> {
  await assertMayName(call, input, 'preview');
  const run = await prepareReport(call.db, input);
  const rows = await run.rows(0, PREVIEW_ROWS);
  const personal = isPersonalReport(input.report);
  if (personal)
    await call.audit.record({
      action: 'report.previewed',
      outcome: 'success',
      actor: call.actor,
      details: {
        ...requestDetails(input),
        rows: run.total,
        shown: rows.length,
        excluded: run.excluded,
      },
    });
  return {
    report: input.report,
    personal,
    columns: reportColumns(input.report, input.language),
    rows,
    total: run.total,
    excluded: run.excluded,
  };
}

/**
 * Writes the report where the person chooses, as the worker job `reports.export` writing the
 * temporary file beside it. The audit event (with the typed reason for a personal report) is
 * recorded before the rename: a file the log cannot account for is never left under its name.
 */
export async function exportReport(
  call: SignedInCall,
  deps: ReportsDeps,
  input: ReportExportInput,
): Promise<ExportOutcome> {
  await assertMayName(call, input, 'export');
  const personal = isPersonalReport(input.report);
  let reason: string | null = null;
  if (personal) {
    const parsed = exportReasonSchema.safeParse(input.reason ?? '');
    if (!parsed.success) throw new AppError('VALIDATION', 'export_reason_required');
    reason = parsed.data;
  }
  let result: ReportsExportResult | undefined;
  try {
    const saved = await saveUserFile(
      deps.chooseSavePath,
      {
        suggestedName: reportFileName(input.report, input.filters.fiscalYear, input.format),
        kind: input.format,
      },
      async (path) => {
        const end = await call.jobs.run('reports.export', {
          report: input.report,
          filters: input.filters,
          language: input.language,
          format: input.format,
          path,
        });
        if (end.state !== 'done') {
          if (end.state === 'cancelled') throw new ExportCancelled();
          throw new AppError('INTERNAL', 'export_failed');
        }
        const written = end.result;
        result = written;
        const event: AuditedEvent = {
          action: 'report.exported',
          outcome: 'success',
          details: {
            ...requestDetails(input),
            format: input.format,
            rows: written.rows,
            excluded: written.excluded,
            ...(reason === null ? {} : { reason }),
          },
        };
        await call.audit.record({ ...event, actor: call.actor });
      },
    );
    const written = result as ReportsExportResult | undefined;
    if (!saved.saved || !written) return { done: false };
    return {
      done: true,
      fileName: saved.fileName,
      rows: written.rows,
      excluded: written.excluded,
    };
  } catch (error) {
    if (error instanceof ExportCancelled) return { done: false };
    if (error instanceof AppError) throw error;
    // The file system's message names paths: a reason only.
    throw new AppError('INTERNAL', 'export_failed');
  }
}
