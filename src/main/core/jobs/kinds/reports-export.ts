import { setImmediate as nextTurn } from 'node:timers/promises';
import { z } from 'zod';
import {
  EXPORT_FORMATS,
  REPORT_FILE_TITLES,
  REPORT_KINDS,
  REPORT_LANGUAGES,
  reportColumns,
  reportFiltersSchema,
} from '../../../../shared/domain/reports';
import { openReportFile } from '../../reports/report-file';
import { prepareReport } from '../../reports/report-sources';
import type { JobHandler } from '../job-kind';

/** Rows read per query and written per progress report. */
export const EXPORT_CHUNK = 2000;

export const reportsExportParamsSchema = z.strictObject({
  report: z.enum(REPORT_KINDS),
  filters: reportFiltersSchema,
  language: z.enum(REPORT_LANGUAGES),
  format: z.enum(EXPORT_FORMATS),
  /** The temporary file beside the chosen one (`saveUserFile`); main renames it when done. */
  path: z.string().min(1),
});
export type ReportsExportParams = z.infer<typeof reportsExportParamsSchema>;

export interface ReportsExportResult {
  rows: number;
  excluded: number | null;
}

/**
 * Writes a report to the temporary path, reading it in chunks so that progress moves and a
 * cancel is noticed between chunks. Rows stay in the worker's memory; the only file is the one
 * the person asked for, and on cancel or failure it is removed here (and again by
 * `saveUserFile`, which never renames an unfinished file).
 */
export const reportsExportJob: JobHandler<unknown, ReportsExportResult> = {
  writes: false,
  async run({ db, params: raw, progress, throwIfCancelled }) {
    const params = reportsExportParamsSchema.parse(raw);
    const run = await prepareReport(db, params);
    const file = openReportFile(
      params.format,
      params.path,
      REPORT_FILE_TITLES[params.report][params.language],
      reportColumns(params.report, params.language),
    );
    try {
      progress(0, run.total);
      let done = 0;
      while (done < run.total) {
        // better-sqlite3 answers synchronously: without a turn of the event loop the cancel
        // message (and the file stream's writes) would wait until the whole report was read.
        await nextTurn();
        throwIfCancelled();
        const rows = await run.rows(done, EXPORT_CHUNK);
        if (rows.length === 0) break;
        await file.addRows(rows);
        done += rows.length;
        progress(done, run.total);
      }
      throwIfCancelled();
      await file.finish();
      return { rows: done, excluded: run.excluded };
    } catch (error) {
      await file.abort();
      throw error;
    }
  },
};
