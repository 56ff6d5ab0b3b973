import { z } from 'zod';
import {
  importApplySchema,
  importCheckSchema,
  importErrorReportSchema,
  importIdSchema,
  importMappingSaveSchema,
  importReportPageSchema,
  importUploadSchema,
  type ImportApplied,
  type ImportChecked,
  type ImportOpened,
  type ImportOutcome,
  type ImportReportPage,
  type SavedMapping,
} from '../../domain/imports';
import { method, output } from '../define';

/**
 * Import from a spreadsheet (issue 11). The renderer sends the file once (`imports.open`); main
 * keeps it in memory for the signed-in period only, checks it in a background job (dry run,
 * writes nothing), then writes the valid rows in one transaction (`imports.apply`, a writing job
 * with progress and cancel). Rows come back to the page only as the report of its own file.
 */
export const importsAuditActions = [
  'imports.checked',
  'imports.applied',
  'imports.error_report_saved',
  'imports.mapping_saved',
] as const;

export const importsReasons = [
  /** The file is not there any more (a lock or sign-out drops it): choose it again. */
  'import_not_found',
  'import_file_unreadable',
  'import_file_too_large',
  'import_file_empty',
  'import_too_many_rows',
  /** A mapped column is beyond the file's last column. */
  'import_mapping_column_missing',
  'mapping_incomplete',
  /** Apply or the error report asked before a dry run of the current mapping. */
  'import_not_checked',
  'import_consent_not_declared',
  'import_nothing_to_import',
  'import_no_errors',
  'import_failed',
] as const;

export const importsMethods = {
  /** Sends the chosen file (base64) and reads its header and first rows for the mapping. */
  'imports.open': method({
    input: importUploadSchema,
    output: output<ImportOpened>(),
    access: 'cases.import',
  }),
  /** The dry run with a mapping: every row checked, nothing written. Audited (counts). */
  'imports.check': method({
    input: importCheckSchema,
    output: output<ImportChecked>(),
    access: 'cases.import',
  }),
  /** A page of the dry run's rows, all or of one kind. */
  'imports.report': method({
    input: importReportPageSchema,
    output: output<ImportReportPage>(),
    access: 'cases.import',
  }),
  /**
   * Writes the valid rows in one transaction (a background job with progress and cancel).
   * `{ done: false }` when cancelled: nothing was written.
   */
  'imports.apply': method({
    input: importApplySchema,
    output: output<({ done: true } & ImportApplied) | { done: false }>(),
    access: 'cases.import',
  }),
  /** The failed rows with a "ปัญหา" column, saved where the person chooses. Audited. */
  'imports.saveErrorReport': method({
    input: importErrorReportSchema,
    output: output<ImportOutcome>(),
    access: 'cases.import',
  }),
  /** Forgets the file (the person is done with it). */
  'imports.discard': method({
    input: importIdSchema,
    output: output<null>(),
    access: 'cases.import',
  }),
  'imports.listMappings': method({
    input: z.strictObject({}),
    output: output<SavedMapping[]>(),
    access: 'cases.import',
  }),
  /** Saves a mapping by name (the same name replaces it). Audited. */
  'imports.saveMapping': method({
    input: importMappingSaveSchema,
    output: output<SavedMapping>(),
    access: 'cases.import',
  }),
};
