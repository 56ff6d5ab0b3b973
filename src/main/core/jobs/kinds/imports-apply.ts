import { checkContext, checkRows } from '../../imports/check-rows';
import {
  IMPORT_CHUNK,
  type ImportApplyParams,
  type ImportApplyResult,
} from '../../imports/import-job-params';
import { parseSheet, SheetUnreadableError } from '../../imports/parse-sheet';
import { writeRecord } from '../../imports/write-rows';
import type { JobHandler } from '../job-kind';

/**
 * Writes the valid rows of a checked spreadsheet in ONE transaction (issue 11: a cancelled or
 * failed import writes nothing). The rows are checked again inside the transaction, against the
 * database as it is now (someone may have registered one of these people since the dry run), so
 * what is written is exactly what this check finds valid. Progress and cancel work inside the
 * transaction: a cancel throws, the transaction rolls back, the case numbers are given back.
 * It holds the write lock for the whole import, which ADR 0011 asks to avoid: see ADR 0031.
 */
export const importsApplyJob: JobHandler<unknown, ImportApplyResult> = {
  writes: true,
  async run({ params: given, progress, throwIfCancelled, writeTransaction }) {
    // Handed over by main's imports service, never by the page.
    const params = given as ImportApplyParams;
    let rows: string[][];
    try {
      ({ rows } = await parseSheet(params.bytes));
    } catch (error) {
      if (error instanceof SheetUnreadableError) return { mode: 'unreadable' };
      throw error;
    }
    const data = rows.slice(1);
    progress(0, data.length);
    return writeTransaction(async (trx) => {
      const started = performance.now();
      const checked = checkRows(data, await checkContext(trx, params.settings, params.today));
      const valid = checked.rows.filter((row) => row.record !== null);
      const batch = await trx
        .insertInto('import_batches')
        .values({
          file_name: params.fileName,
          sha256: params.sha256,
          imported_at: params.at,
          imported_by: params.userId,
          total_rows: data.length,
          imported_rows: valid.length,
          warning_rows: checked.counts.warning,
          error_rows: checked.counts.error,
          duplicate_rows: checked.counts.duplicate,
          consent_basis: params.settings.consentBasis,
          settings: JSON.stringify(params.settings),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const context = { userId: params.userId, at: params.at, batchId: batch.id };
      for (const [index, row] of valid.entries()) {
        if (index % IMPORT_CHUNK === 0) {
          throwIfCancelled();
          progress(index, valid.length);
        }
        await writeRecord(trx, row.record!, context);
      }
      throwIfCancelled();
      progress(valid.length, valid.length);
      return {
        mode: 'applied' as const,
        batchId: batch.id,
        imported: valid.length,
        counts: checked.counts,
        lockHeldMs: Math.round(performance.now() - started),
      };
    });
  },
};
