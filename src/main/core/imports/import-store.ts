import type { FailedRow } from './import-job-params';
import type { ImportSettings, ReportRow, RowCounts } from '../../../shared/domain/imports';

/** The dry run of one mapping, kept for paging, the error report and the apply. */
export interface CheckedImport {
  settings: ImportSettings;
  rows: ReportRow[];
  counts: RowCounts;
  failed: FailedRow[];
}

/** A spreadsheet the person sent, held in main's memory only (never on disk). */
export interface OpenImport {
  importId: string;
  ownerId: number;
  fileName: string;
  bytes: Buffer;
  sha256: string;
  headers: string[];
  rowCount: number;
  checked: CheckedImport | null;
  /** Set once the rows were written: the same check cannot be applied twice. */
  appliedBatchId: number | null;
}

/**
 * The files people are importing, for the signed-in period only: a lock, sign-out or quit drops
 * them all (their bytes zero-filled), as print tickets are dropped. One open file per person: a
 * new one replaces the last.
 */
export class ImportStore {
  private readonly imports = new Map<string, OpenImport>();

  constructor(whenLeaving: (listener: () => void) => unknown) {
    whenLeaving(() => this.clear());
  }

  put(entry: OpenImport): void {
    for (const other of [...this.imports.values()])
      if (other.ownerId === entry.ownerId) this.drop(other.importId);
    this.imports.set(entry.importId, entry);
  }

  /** Only the person who sent the file may use it. */
  get(importId: string, ownerId: number): OpenImport | undefined {
    const entry = this.imports.get(importId);
    return entry && entry.ownerId === ownerId ? entry : undefined;
  }

  drop(importId: string): void {
    const entry = this.imports.get(importId);
    if (!entry) return;
    entry.bytes.fill(0);
    this.imports.delete(importId);
  }

  clear(): void {
    for (const importId of [...this.imports.keys()]) this.drop(importId);
  }

  get size(): number {
    return this.imports.size;
  }
}
