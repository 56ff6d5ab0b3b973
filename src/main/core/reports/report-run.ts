import type { Kysely } from 'kysely';
import type {
  ReportCell,
  ReportFilters,
  ReportKind,
  ReportLanguage,
} from '../../../shared/domain/reports';
import type { DatabaseSchema } from '../db/schema';

export type ReportDb = Kysely<DatabaseSchema>;

/**
 * One report, prepared: how many rows it holds and a way to read them in chunks. The same code
 * serves the preview (in main, the first rows) and the export (in the worker, every row), so the
 * screen and the file cannot disagree.
 */
export interface ReportRun {
  total: number;
  /** People left out for want of `programme` consent; null for the counts. */
  excluded: number | null;
  /** Rows `offset` … `offset + limit - 1`, already in the report's language. */
  rows(offset: number, limit: number): Promise<ReportCell[][]>;
}

export interface ReportRequest {
  report: ReportKind;
  filters: ReportFilters;
  language: ReportLanguage;
}

export type PrepareReport = (db: ReportDb, request: ReportRequest) => Promise<ReportRun>;

/** A report whose rows are few (one per mentor, quarter, agency): computed whole, then sliced. */
export function wholeRun(rows: ReportCell[][]): ReportRun {
  return {
    total: rows.length,
    excluded: null,
    rows: async (offset, limit) => rows.slice(offset, offset + limit),
  };
}

/**
 * A personal report: the ordered ids are read once (small: numbers), then each chunk's rows by
 * primary key, so a 100,000-row export never re-sorts the table per chunk.
 */
export function idRun(
  ids: readonly number[],
  excluded: number,
  readRows: (ids: number[]) => Promise<Map<number, ReportCell[]>>,
): ReportRun {
  return {
    total: ids.length,
    excluded,
    rows: async (offset, limit) => {
      const chunk = ids.slice(offset, offset + limit);
      if (chunk.length === 0) return [];
      const byId = await readRows(chunk);
      return chunk.flatMap((id) => {
        const row = byId.get(id);
        return row ? [row] : [];
      });
    },
  };
}
