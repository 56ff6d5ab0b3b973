import type { Generated } from 'kysely';
import type { ConsentBasis } from '../../../shared/domain/imports';

/** Import from spreadsheets (migration 0010). */
export interface ImportMappingsTable {
  id: Generated<number>;
  name: string;
  /** JSON ImportSettings. */
  settings: string;
  created_by: number;
  updated_at: string;
}

export interface ImportBatchesTable {
  id: Generated<number>;
  file_name: string;
  sha256: string;
  imported_at: string;
  imported_by: number;
  total_rows: number;
  imported_rows: number;
  warning_rows: number;
  error_rows: number;
  duplicate_rows: number;
  consent_basis: ConsentBasis;
  /** JSON ImportSettings. */
  settings: string;
}

export interface ImportsTables {
  import_mappings: ImportMappingsTable;
  import_batches: ImportBatchesTable;
}
