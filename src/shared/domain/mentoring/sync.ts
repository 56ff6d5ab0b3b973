import { z } from 'zod';

/** What can arrive from a mentor and be merged into the office database. */
export const MERGED_RECORD_KINDS = ['session', 'action', 'milestone', 'month'] as const;
export type MergedRecordKind = (typeof MERGED_RECORD_KINDS)[number];

export const MERGE_SOURCES = ['compartment', 'carried_file'] as const;
export type MergeSource = (typeof MERGE_SOURCES)[number];

/** What one merge brought in, shown to the office ("what arrived"). */
export interface MergeReport {
  mergeId: number;
  mentorId: number;
  mentorName: string;
  source: MergeSource;
  mergedAt: string;
  added: Record<MergedRecordKind, number>;
  updated: Record<MergedRecordKind, number>;
  conflicts: number;
  /** Rows the merge refused (invalid, or not the mentor's to write); 0 when none. */
  refused: number;
  /** Cases the arrivals belong to (numbers and names for the office's screen). */
  cases: { caseId: number; caseNumber: string; beneficiaryName: string }[];
}

export const mergeReportsSchema = z.strictObject({
  limit: z.number().int().min(1).max(100).default(20),
});

/** A carried file comes back: the office says whose it is; the file must agree. */
export const CARRY_FILE_MAX_BYTES = 64 * 1024 * 1024;
export const carryImportSchema = z.strictObject({
  mentorId: z.number().int().positive(),
  fileName: z.string().max(255),
  /** The file's bytes, base64 (the renderer reads the file the person picked). */
  contentBase64: z
    .string()
    .max(Math.ceil((CARRY_FILE_MAX_BYTES * 4) / 3) + 4, 'carry_file_too_large')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'carry_file_damaged'),
});

/** On a PC without an office: the carried file becomes this PC's mentor-only data. */
export const carryOpenSchema = z.strictObject({
  fileName: z.string().max(255),
  contentBase64: carryImportSchema.shape.contentBase64,
});

export interface CarryOpened {
  userName: string;
  fullName: string;
  agencyName: string;
  exportedAt: string;
}

export interface CarryExported {
  /** Where the file went; null when the person cancelled the save dialog. */
  savedTo: string | null;
  /** This copy's number: the office refuses a copy older than one it took in. */
  sequence: number;
  exportedAt: string;
}

/** Two edits of the same record, made in two places; the mentor picks which one stands. */
export interface MergeConflict {
  conflictId: string;
  recordKind: MergedRecordKind;
  recordId: string;
  caseId: number;
  displayName: string;
  /** The two versions as the screen shows them side by side (field → value). */
  officeVersion: Record<string, string | number | boolean | null | string[]>;
  incomingVersion: Record<string, string | number | boolean | null | string[]>;
  officeChangedAt: string;
  incomingChangedAt: string;
  createdAt: string;
}

export const conflictResolveSchema = z.strictObject({
  conflictId: z.string().uuid(),
  keep: z.enum(['office', 'incoming']),
});
