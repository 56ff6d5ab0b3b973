import { createHash, randomUUID } from 'node:crypto';
import type { z } from 'zod';
import {
  IMPORT_FILE_MAX_BYTES,
  IMPORT_MAX_ROWS,
  type importApplySchema,
  type ImportApplied,
  type importCheckSchema,
  type ImportChecked,
  type importErrorReportSchema,
  type importMappingSaveSchema,
  type ImportOpened,
  type ImportOutcome,
  type importReportPageSchema,
  type ImportReportPage,
  type ReportRow,
  type importUploadSchema,
  type SavedMapping,
} from '../../../shared/domain/imports';
import { bangkokDate } from '../../../shared/thai/bangkok-time';
import type { SignedInCall } from '../call/call-context';
import { AppError } from '../errors';
import { saveUserFile, type ChooseSavePath } from '../files/save-file';
import { writeErrorReport } from './error-report';
import { suggestMapping } from './import-words';
import type { ImportApplyParams, ImportCheckParams } from './import-job-params';
import type { ImportStore, OpenImport } from './import-store';
import { listMappings as readMappings, upsertMapping } from './imports-repository';

export interface ImportsDeps {
  store: ImportStore;
  chooseSavePath: ChooseSavePath | undefined;
}

function openImport(deps: ImportsDeps, call: SignedInCall, importId: string): OpenImport {
  const entry = deps.store.get(importId, call.user.id);
  if (!entry) throw new AppError('NOT_FOUND', 'import_not_found');
  return entry;
}

/**
 * Takes the file the person chose and reads its header in a background job (parsing a large
 * XLSX would block main). The bytes stay in main's memory (`ImportStore`) until the person is
 * done, signs out or the screen locks; nothing is written to disk.
 */
export async function openSpreadsheet(
  call: SignedInCall,
  deps: ImportsDeps,
  input: z.output<typeof importUploadSchema>,
): Promise<ImportOpened> {
  const bytes = Buffer.from(input.contentBase64, 'base64');
  if (bytes.length === 0) throw new AppError('VALIDATION', 'import_file_empty');
  if (bytes.length > IMPORT_FILE_MAX_BYTES)
    throw new AppError('VALIDATION', 'import_file_too_large');
  const params: ImportCheckParams = { bytes, settings: null, today: today(call) };
  const end = await call.jobs.run('imports.check', params);
  if (end.state !== 'done') throw new AppError('INTERNAL', 'import_failed');
  const result = end.result;
  if (result.mode === 'unreadable') throw new AppError('VALIDATION', 'import_file_unreadable');
  if (result.mode !== 'opened') throw new AppError('INTERNAL', 'import_failed');
  if (result.headers.length === 0 || result.rowCount === 0)
    throw new AppError('VALIDATION', 'import_file_empty');
  if (result.rowCount > IMPORT_MAX_ROWS) throw new AppError('VALIDATION', 'import_too_many_rows');
  const importId = randomUUID();
  deps.store.put({
    importId,
    ownerId: call.user.id,
    fileName: input.fileName,
    bytes,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    headers: result.headers,
    rowCount: result.rowCount,
    checked: null,
    appliedBatchId: null,
  });
  return {
    importId,
    fileName: input.fileName,
    sheetName: result.sheetName,
    headers: result.headers,
    sampleRows: result.sampleRows,
    rowCount: result.rowCount,
    suggested: suggestMapping(result.headers),
  };
}

/** The dry run: every row checked in a read-only job; one audit event with the counts. */
export async function checkSpreadsheet(
  call: SignedInCall,
  deps: ImportsDeps,
  input: z.output<typeof importCheckSchema>,
): Promise<ImportChecked> {
  const entry = openImport(deps, call, input.importId);
  const columns = Object.values(input.settings.mapping).filter((column) => column !== undefined);
  if (columns.some((column) => column >= entry.headers.length))
    throw new AppError('VALIDATION', 'import_mapping_column_missing');
  const params: ImportCheckParams = {
    bytes: entry.bytes,
    settings: input.settings,
    today: today(call),
  };
  const end = await call.jobs.run('imports.check', params);
  if (end.state !== 'done' || end.result.mode !== 'checked')
    throw new AppError('INTERNAL', 'import_failed');
  const { rows, counts, failed } = end.result;
  entry.checked = { settings: input.settings, rows, counts, failed };
  entry.appliedBatchId = null;
  await call.audit.record({
    action: 'imports.checked',
    outcome: 'success',
    actor: call.actor,
    details: { total: rows.length, ...counts, matched: matchedPeople(rows) },
  });
  return { importId: entry.importId, total: rows.length, counts };
}

/**
 * The registered people the dry run matched, ids only: a file of guessed national IDs is a bulk
 * "whose number is this?", and the log must show whom it reached, as the intake's duplicate
 * check does one person at a time (found in review, issue 11).
 */
function matchedPeople(rows: readonly ReportRow[]): string[] {
  const ids = new Set<number>();
  for (const row of rows)
    if (row.duplicateOf && 'beneficiaryId' in row.duplicateOf)
      ids.add(row.duplicateOf.beneficiaryId);
  return [...ids].sort((a, b) => a - b).map(String);
}

export function reportPage(
  call: SignedInCall,
  deps: ImportsDeps,
  input: z.output<typeof importReportPageSchema>,
): ImportReportPage {
  const entry = openImport(deps, call, input.importId);
  if (!entry.checked) throw new AppError('CONFLICT', 'import_not_checked');
  // Without a kind: the rows the person has to look at (everything but `ok`).
  const rows = entry.checked.rows.filter((row) =>
    input.kind === null ? row.kind !== 'ok' : row.kind === input.kind,
  );
  return { total: rows.length, rows: rows.slice(input.offset, input.offset + input.limit) };
}

/**
 * Writes the valid rows in one transaction, in the writing job `imports.apply`. The audit event
 * follows the commit (the job's transaction runs on the worker's connection, the audit chain on
 * main's): a crash between the two leaves the batch row, which names the file, who and when.
 */
export async function applySpreadsheet(
  call: SignedInCall,
  deps: ImportsDeps,
  input: z.output<typeof importApplySchema>,
): Promise<({ done: true } & ImportApplied) | { done: false }> {
  const entry = openImport(deps, call, input.importId);
  const checked = entry.checked;
  if (!checked || entry.appliedBatchId !== null)
    throw new AppError('CONFLICT', 'import_not_checked');
  if (checked.settings.consentBasis === 'paper_declaration' && !input.consentDeclared)
    throw new AppError('VALIDATION', 'import_consent_not_declared');
  if (checked.counts.ok + checked.counts.warning === 0)
    throw new AppError('CONFLICT', 'import_nothing_to_import');
  const now = call.clock.now();
  const params: ImportApplyParams = {
    bytes: entry.bytes,
    settings: checked.settings,
    today: bangkokDate(now),
    at: now.toISOString(),
    userId: call.user.id,
    fileName: entry.fileName,
    sha256: entry.sha256,
  };
  const end = await call.jobs.run('imports.apply', params);
  if (end.state === 'cancelled') return { done: false };
  if (end.state !== 'done' || end.result.mode !== 'applied')
    throw new AppError('INTERNAL', 'import_failed');
  const { batchId, imported, counts, lockHeldMs } = end.result;
  entry.appliedBatchId = batchId;
  await call.audit.record({
    action: 'imports.applied',
    outcome: 'success',
    actor: call.actor,
    target: { type: 'import_batch', id: batchId },
    details: { batchId, imported, total: entry.rowCount, ...counts },
  });
  return { done: true, batchId, imported, skipped: entry.rowCount - imported, writeMs: lockHeldMs };
}

export async function saveErrorReport(
  call: SignedInCall,
  deps: ImportsDeps,
  input: z.output<typeof importErrorReportSchema>,
): Promise<ImportOutcome> {
  const entry = openImport(deps, call, input.importId);
  const checked = entry.checked;
  if (!checked) throw new AppError('CONFLICT', 'import_not_checked');
  if (checked.failed.length === 0) throw new AppError('CONFLICT', 'import_no_errors');
  const base = entry.fileName.replace(/\.(xlsx|csv)$/iu, '');
  const saved = await saveUserFile(
    deps.chooseSavePath,
    { suggestedName: `${base}-ปัญหา.${input.format}`, kind: input.format },
    (path) => writeErrorReport(path, input.format, entry.headers, checked.failed, checked.rows),
  );
  if (!saved.saved) return { done: false };
  await call.audit.record({
    action: 'imports.error_report_saved',
    outcome: 'success',
    actor: call.actor,
    details: { rows: checked.failed.length, format: input.format },
  });
  return { done: true, fileName: saved.fileName };
}

export function listMappings(call: SignedInCall): Promise<SavedMapping[]> {
  return readMappings(call.db);
}

export function saveMapping(
  call: SignedInCall,
  input: z.output<typeof importMappingSaveSchema>,
): Promise<SavedMapping> {
  return call.audited(
    (saved) => ({
      action: 'imports.mapping_saved',
      outcome: 'success',
      target: { type: 'import_mapping', id: saved.id },
    }),
    (trx) =>
      upsertMapping(trx, {
        name: input.name,
        settings: JSON.stringify(input.settings),
        userId: call.user.id,
        at: call.clock.now().toISOString(),
      }),
  );
}

const today = (call: SignedInCall) => bangkokDate(call.clock.now());
