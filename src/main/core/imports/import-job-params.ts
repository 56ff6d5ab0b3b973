import type { ImportSettings, ReportRow, RowCounts } from '../../../shared/domain/imports';

/** What main hands the `imports.check` job: the file's bytes (copied into the worker's memory). */
export interface ImportCheckParams {
  bytes: Uint8Array;
  /** Null: only read the header and a few rows (for the mapping screen). */
  settings: ImportSettings | null;
  /** Today in Bangkok (ISO), from main's clock. */
  today: string;
}

export type ImportCheckResult =
  | {
      mode: 'opened';
      sheetName: string | null;
      headers: string[];
      sampleRows: string[][];
      rowCount: number;
    }
  | {
      mode: 'checked';
      rows: ReportRow[];
      counts: RowCounts;
      /** The original cells of the rows with errors, for the error report (kept in main). */
      failed: FailedRow[];
    }
  | { mode: 'unreadable' };

export interface FailedRow {
  rowNumber: number;
  cells: string[];
}

export interface ImportApplyParams {
  bytes: Uint8Array;
  settings: ImportSettings;
  today: string;
  /** The import's instant (ISO) from main's clock. */
  at: string;
  userId: number;
  fileName: string;
  sha256: string;
}

export type ImportApplyResult =
  | {
      mode: 'applied';
      batchId: number;
      imported: number;
      counts: RowCounts;
      /** How long the one write transaction held the database's write lock (for the bench). */
      lockHeldMs: number;
    }
  | { mode: 'unreadable' };

export const SAMPLE_ROWS = 5;
/** Rows between progress reports and cancel checks. */
export const IMPORT_CHUNK = 250;
