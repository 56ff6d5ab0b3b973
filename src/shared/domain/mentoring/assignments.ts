import { z } from 'zod';
import { safeText } from '../../text/safe-text';
import { BULK_ASSIGN_MAX, type AssignmentEndKind, type OrganisationKind } from './codes';

/**
 * Why a mentor ranks where they do: one line per criterion, each with the points it gave, so
 * the screen can say it in words ("ทักษะตรง 2 จาก 3: การถ่ายภาพสินค้า, การลงสินค้า").
 * `params` are codes and numbers only; the renderer translates `criterion` + `verdict`.
 */
export const MATCH_CRITERIA = [
  'skills',
  'product_category',
  'place',
  'language',
  'load',
  'availability',
] as const;
export type MatchCriterion = (typeof MATCH_CRITERIA)[number];

/**
 * The verdicts each criterion gives, with their params (ADR 0021): the renderer translates
 * `<criterion>.<verdict>`.
 * - skills: matched | partial | none `{ matched: codes, needed }`; no_needs `{}` (half points)
 * - product_category: matched | none `{ category }`; not_recorded `{}` (half points, rounded down)
 * - place: same_province | other_province `{ provinceId }`; online | online_without_device |
 *   province_unknown `{}`
 * - language: shared | none `{ languages: the shared codes }`
 * - load: has_room | over_capacity `{ active, capacity }`
 * - availability: available | unavailable `{ from?, until? }` (ISO dates)
 */
export const MATCH_VERDICTS = {
  skills: ['matched', 'partial', 'none', 'no_needs'],
  product_category: ['matched', 'none', 'not_recorded'],
  place: ['same_province', 'online', 'online_without_device', 'other_province', 'province_unknown'],
  language: ['shared', 'none'],
  load: ['has_room', 'over_capacity'],
  availability: ['available', 'unavailable'],
} as const satisfies Record<MatchCriterion, readonly string[]>;

export interface MatchReason {
  criterion: MatchCriterion;
  /** e.g. `matched`, `partial`, `none`, `online`, `same_province`, `over_capacity`, `unavailable`. */
  verdict: string;
  points: number;
  maxPoints: number;
  params: Record<string, string | number | string[]>;
}

/** Why a mentor cannot take this case at all (shown, not ranked). */
export const MATCH_BLOCKERS = [
  'no_sharing_consent',
  'mentor_inactive',
  'unavailable',
  'current_mentor',
] as const;
export type MatchBlocker = (typeof MATCH_BLOCKERS)[number];

export interface MentorSuggestion {
  mentorId: number;
  fullName: string;
  organisationKind: OrganisationKind;
  organisationName: string;
  isExternal: boolean;
  /** 0–100, the sum of the reasons' points. */
  score: number;
  /** 1, 2, … among the mentors who can take the case; 0 for a blocked one (not ranked). */
  rank: number;
  activeMentees: number;
  capacity: number;
  overCapacity: boolean;
  reasons: MatchReason[];
  blockers: MatchBlocker[];
}

export interface SuggestionList {
  caseId: number;
  /** Ranked: assignable first by score, then blocked ones (so the clerk sees why). */
  suggestions: MentorSuggestion[];
  /** The rule that broke ties, for the screen's "how is this ranked" note. */
  tieBreak: 'score_then_load_then_name_then_id';
}

export const suggestSchema = z.strictObject({
  caseId: z.number().int().positive(),
  limit: z.number().int().min(1).max(50).default(10),
});

const reasonText = safeText().trim().min(1, 'required').max(500, 'too_long');
const optionalReasonText = safeText().trim().max(500, 'too_long');

/**
 * Assign a mentor to a case that has none, or reassign (then `reason` is required). The caller
 * says which assignment it saw (`expectedAssignmentId`, null for none): if another officer
 * changed it meanwhile the core answers CONFLICT and the screen reloads the current state.
 */
export const assignSchema = z.strictObject({
  caseId: z.number().int().positive(),
  mentorId: z.number().int().positive(),
  expectedAssignmentId: z.number().int().positive().nullable(),
  reason: optionalReasonText,
  /** Required when the mentor is at or over capacity. */
  overCapacityReason: optionalReasonText,
});

export const endAssignmentSchema = z.strictObject({
  caseId: z.number().int().positive(),
  expectedAssignmentId: z.number().int().positive(),
  reason: reasonText,
});

export interface AssignmentEntry {
  assignmentId: number;
  mentorId: number;
  mentorName: string;
  organisationKind: OrganisationKind;
  startedAt: string;
  startedByName: string;
  reason: string;
  overCapacityReason: string;
  endedAt: string | null;
  endedByName: string | null;
  endKind: AssignmentEndKind | null;
  endReason: string;
}

export interface CaseAssignments {
  caseId: number;
  current: AssignmentEntry | null;
  /** Newest first, the current one included. */
  history: AssignmentEntry[];
}

export const bulkPreviewSchema = z.strictObject({
  caseIds: z
    .array(z.number().int().positive())
    .min(1, 'choose_one')
    .max(BULK_ASSIGN_MAX, 'too_many'),
  /** One mentor for all, or null to take each case's best suggestion. */
  mentorId: z.number().int().positive().nullable(),
});

export const BULK_PROBLEMS = [
  'case_closed',
  'already_assigned',
  'no_sharing_consent',
  'no_suggestion',
  'over_capacity',
  'mentor_inactive',
] as const;
export type BulkProblem = (typeof BULK_PROBLEMS)[number];

export interface BulkPreviewRow {
  caseId: number;
  caseNumber: string;
  beneficiaryName: string;
  mentorId: number | null;
  mentorName: string | null;
  score: number | null;
  currentAssignmentId: number | null;
  /** `over_capacity` can be overridden with a reason; the others skip the row. */
  problems: BulkProblem[];
}

export interface BulkPreview {
  rows: BulkPreviewRow[];
  /** Per mentor: active mentees now, after the assignment, and capacity. */
  load: { mentorId: number; mentorName: string; before: number; after: number; capacity: number }[];
}

export const bulkAssignSchema = z.strictObject({
  items: z
    .array(
      z.strictObject({
        caseId: z.number().int().positive(),
        mentorId: z.number().int().positive(),
        expectedAssignmentId: z.number().int().positive().nullable(),
      }),
    )
    .min(1, 'choose_one')
    .max(BULK_ASSIGN_MAX, 'too_many'),
  reason: optionalReasonText,
  overCapacityReason: optionalReasonText,
});

/** All or nothing: a row that fails refuses the whole batch with its case number. */
export interface BulkAssignResult {
  assigned: number;
}
