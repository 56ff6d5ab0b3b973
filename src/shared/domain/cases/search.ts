import { z } from 'zod';
import { MILESTONE_KINDS } from '../mentoring/codes';
import { isoDateSchema } from './intake';
import { CASE_STATUSES, type CaseStatus } from './status';
import {
  DEPARTMENTS,
  FLAGSHIP_PROJECTS,
  TARGET_GROUPS,
  type Department,
  type FlagshipProject,
  type TargetGroup,
} from './codes';

/** Rows per page the core returns; the table asks for the pages it is about to show. */
export const CASE_PAGE_SIZE_MAX = 200;
export const SEARCH_TEXT_MAX = 100;

export const CASE_SORTS = ['name', 'intake_newest', 'intake_oldest', 'case_number'] as const;
export type CaseSort = (typeof CASE_SORTS)[number];

/**
 * The case list's query. `text` matches a fragment of a name, nickname, national ID, phone or
 * case number (three characters or more through the trigram index, shorter ones as a prefix).
 * Dates are Gregorian ISO days, inclusive, compared in Asia/Bangkok.
 */
export const caseSearchSchema = z.strictObject({
  text: z.string().trim().max(SEARCH_TEXT_MAX, 'too_long'),
  statuses: z.array(z.enum(CASE_STATUSES)).max(CASE_STATUSES.length),
  targetGroup: z.enum(TARGET_GROUPS).nullable(),
  department: z.enum(DEPARTMENTS).nullable(),
  flagshipProject: z.enum(FLAGSHIP_PROJECTS).nullable(),
  provinceId: z.number().int().positive().nullable(),
  /** A mentor's account id, or 0 for "no mentor yet". */
  mentorId: z.number().int().min(0).nullable(),
  intakeFrom: isoDateSchema.nullable(),
  intakeTo: isoDateSchema.nullable(),
  /**
   * What the dashboard clicks through to (issue 11), each optional so older callers need not
   * send them: a milestone reached (of this kind, on a day in the range when one is given), a
   * session held on a day in the range, and at least one monthly figure recorded.
   */
  milestone: z.enum(MILESTONE_KINDS).nullable().optional(),
  milestoneFrom: isoDateSchema.nullable().optional(),
  milestoneTo: isoDateSchema.nullable().optional(),
  sessionFrom: isoDateSchema.nullable().optional(),
  sessionTo: isoDateSchema.nullable().optional(),
  withIncome: z.boolean().optional(),
  sort: z.enum(CASE_SORTS),
  offset: z.number().int().min(0).max(10_000_000),
  limit: z.number().int().min(1).max(CASE_PAGE_SIZE_MAX),
});
export type CaseSearch = z.input<typeof caseSearchSchema>;

/** One row of the case list. The national ID is never in a list; only its last four digits. */
export interface CaseListRow {
  caseId: number;
  caseNumber: string;
  beneficiaryId: number;
  /** Title, first and last name as shown (`นางสาวสมศรี ใจดี`). */
  displayName: string;
  nickname: string;
  status: CaseStatus;
  targetGroups: TargetGroup[];
  department: Department;
  flagshipProject: FlagshipProject;
  provinceName: string | null;
  /** Local form (081-234-5678), or empty. */
  phone: string;
  idLastDigits: string;
  intakeDate: string;
  mentorName: string | null;
}

export interface CasePage {
  rows: CaseListRow[];
  /** How many cases match, for the scroll bar and "n cases". */
  total: number;
}
