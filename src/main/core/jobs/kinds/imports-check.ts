import { checkContext, checkRows } from '../../imports/check-rows';
import {
  SAMPLE_ROWS,
  type ImportCheckParams,
  type ImportCheckResult,
} from '../../imports/import-job-params';
import { parseSheet, SheetUnreadableError } from '../../imports/parse-sheet';
import type { JobHandler } from '../job-kind';

/**
 * The dry run of an import, read-only: parses the spreadsheet held in memory and either returns
 * its header and a few rows (no settings yet: the mapping screen) or checks every row with the
 * intake's rules and reports each (ok, warning, error, duplicate). Writes nothing.
 */
export const importsCheckJob: JobHandler<unknown, ImportCheckResult> = {
  writes: false,
  async run({ db, params: given, progress, throwIfCancelled }) {
    // Handed over by main's imports service, never by the page.
    const params = given as ImportCheckParams;
    let rows: string[][];
    let sheetName: string | null;
    try {
      ({ rows, sheetName } = await parseSheet(params.bytes));
    } catch (error) {
      if (error instanceof SheetUnreadableError) return { mode: 'unreadable' };
      throw error;
    }
    const [headers = [], ...data] = rows;
    if (!params.settings)
      return {
        mode: 'opened',
        sheetName,
        headers,
        sampleRows: data.slice(0, SAMPLE_ROWS),
        rowCount: data.length,
      };
    progress(0, data.length);
    const context = await checkContext(db, params.settings, params.today);
    const checked = checkRows(data, context, (done) => {
      throwIfCancelled();
      progress(done, data.length);
    });
    progress(data.length, data.length);
    return {
      mode: 'checked',
      counts: checked.counts,
      rows: checked.rows.map(({ record: _record, ...row }) => row),
      failed: checked.rows
        .filter((row) => row.kind === 'error')
        .map((row) => ({ rowNumber: row.rowNumber, cells: data[row.rowNumber - 2] ?? [] })),
    };
  },
};
