import { z } from 'zod';
import type { CaseListRow } from '../../domain/cases';
import {
  assignSchema,
  bulkAssignSchema,
  bulkPreviewSchema,
  carryImportSchema,
  endAssignmentSchema,
  mentorIdSchema,
  mentorListSchema,
  mentorProfileSchema,
  mergeReportsSchema,
  skillSaveSchema,
  suggestSchema,
  type BulkAssignResult,
  type BulkPreview,
  type CaseAssignments,
  type MentorListItem,
  type MentorProfile,
  type MergeReport,
  type ReminderList,
  type Skill,
  type SuggestionList,
} from '../../domain/mentoring';
import { caseIdSchema } from '../../domain/cases/case-file';
import { method, output } from '../define';

/**
 * The office's side of mentoring: the mentor registry and the skills taxonomy, matching and
 * assignment, what mentors' compartments and carried files brought in, and the reminders.
 */
export const mentorsAuditActions = [
  'mentor.profile_saved',
  'mentor.skill_saved',
  'mentor.suggestions_viewed',
  'mentor.assigned',
  'mentor.reassigned',
  'mentor.assignment_ended',
  'mentor.bulk_assigned',
  'mentor.compartment_refreshed',
  'mentor.compartment_merged',
  'mentor.carry_imported',
  'mentor.carry_refused',
] as const;

export const mentorsReasons = [
  'mentor_not_found',
  'mentor_not_mentor_role',
  'mentor_inactive',
  'mentor_unavailable',
  'skill_unknown',
  'skill_code_taken',
  'province_unknown',
  'case_closed_for_assignment',
  'no_sharing_consent',
  'over_capacity_needs_reason',
  'reassign_needs_reason',
  'assignment_changed',
  'already_assigned_to_mentor',
  'no_current_assignment',
  'bulk_row_refused',
  'carry_not_kaona',
  'carry_file_damaged',
  'carry_other_office',
  'carry_other_mentor',
  'carry_older_copy',
  'carry_mentor_removed',
  'carry_file_too_large',
] as const;

export const mentorsMethods = {
  /** The registry: every mentor account and office staff with a profile. */
  'mentors.list': method({
    input: mentorListSchema,
    output: output<MentorListItem[]>(),
    access: 'cases.read',
  }),
  'mentors.get': method({
    input: mentorIdSchema,
    output: output<MentorProfile>(),
    access: 'cases.read',
  }),
  /** Creates or updates a profile (CONFLICT when `expectedVersion` is stale). */
  'mentors.save': method({
    input: mentorProfileSchema,
    output: output<MentorProfile>(),
    access: 'mentors.manage',
  }),
  /** Office accounts that could get a mentor profile (officers and supervisors without one). */
  'mentors.candidates': method({
    input: z.strictObject({}),
    output: output<{ userId: number; fullName: string; role: string; hasProfile: boolean }[]>(),
    access: 'mentors.manage',
  }),
  'mentors.skills': method({
    input: z.strictObject({}),
    output: output<Skill[]>(),
    access: 'cases.read',
  }),
  /** The admin edits the taxonomy: add, rename, re-order, retire (a used skill is never deleted). */
  'mentors.saveSkill': method({
    input: skillSaveSchema,
    output: output<Skill[]>(),
    access: 'settings.write',
  }),

  /** Ranked mentors for one case with the score explained (audited: it reads the case). */
  'assignments.suggest': method({
    input: suggestSchema,
    output: output<SuggestionList>(),
    access: 'mentoring.coordinate',
  }),
  'assignments.forCase': method({
    input: caseIdSchema,
    output: output<CaseAssignments>(),
    access: 'cases.read',
  }),
  /** Assign, or reassign with a reason; CONFLICT when the case's assignment changed meanwhile. */
  'assignments.assign': method({
    input: assignSchema,
    output: output<CaseAssignments>(),
    access: 'mentoring.coordinate',
  }),
  'assignments.end': method({
    input: endAssignmentSchema,
    output: output<CaseAssignments>(),
    access: 'mentoring.coordinate',
  }),
  'assignments.bulkPreview': method({
    input: bulkPreviewSchema,
    output: output<BulkPreview>(),
    access: 'mentoring.coordinate',
  }),
  /** All rows in one transaction, or none. */
  'assignments.bulkAssign': method({
    input: bulkAssignSchema,
    output: output<BulkAssignResult>(),
    access: 'mentoring.coordinate',
  }),
  /** A mentor's current mentees as office case-list rows (the registry's detail page). */
  'assignments.ofMentor': method({
    input: mentorIdSchema,
    output: output<CaseListRow[]>(),
    access: 'cases.read',
  }),

  /** What the latest merges brought in from compartments and carried files. */
  'sync.reports': method({
    input: mergeReportsSchema,
    output: output<MergeReport[]>(),
    access: 'mentoring.coordinate',
  }),
  /** A mentor's carried file comes back: verified, merged in one transaction, reported. */
  'sync.importCarry': method({
    input: carryImportSchema,
    output: output<MergeReport>(),
    access: 'mentoring.coordinate',
  }),

  /** Overdue actions, cases without a recent session, mentors over capacity. */
  'reminders.list': method({
    input: z.strictObject({}),
    output: output<ReminderList>(),
    access: 'cases.read',
  }),
};
