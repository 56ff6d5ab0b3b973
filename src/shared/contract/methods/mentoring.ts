import { z } from 'zod';
import { caseIdSchema } from '../../domain/cases/case-file';
import {
  actionTickSchema,
  carryOpenSchema,
  conflictResolveSchema,
  menteeCaseSchema,
  milestoneSchema,
  monthlyFigureSchema,
  sessionCorrectSchema,
  sessionEditSchema,
  sessionIdSchema,
  sessionLogSchema,
  type AdvisorySession,
  type AgreedAction,
  type CarryExported,
  type CarryOpened,
  type CaseProgress,
  type MenteeCase,
  type MergeConflict,
  type Milestone,
  type MonthlyFigure,
  type ReminderList,
  type SessionRevision,
  type TopicOption,
  type Workspace,
} from '../../domain/mentoring';
import { method, output } from '../define';

/**
 * A mentor's own work (`mentoring.*`, `carry.export`): the same methods whether the mentor is an
 * office role (office database), a mentor at the office PC (their compartment) or a mentor on
 * another PC (a carried file). The office's view and record of a case's progress (`progress.*`).
 * A mentor's events go to their compartment and reach the audit log at the next office sign-in.
 */
export const mentoringAuditActions = [
  'mentoring.workspace_viewed',
  'mentoring.case_viewed',
  'mentoring.session_logged',
  'mentoring.session_edited',
  'mentoring.session_corrected',
  'mentoring.action_ticked',
  'mentoring.milestone_recorded',
  'mentoring.month_recorded',
  'mentoring.conflict_resolved',
  'mentoring.carry_exported',
  'mentoring.carry_opened',
  'progress.viewed',
  'progress.milestone_recorded',
  'progress.month_recorded',
] as const;

export const mentoringReasons = [
  'not_a_mentor',
  'not_your_mentee',
  'session_not_found',
  'action_not_found',
  'session_edit_window_closed',
  'session_not_yours',
  'session_before_case',
  'session_in_future',
  'next_session_in_past',
  'topic_unknown',
  'record_changed',
  'conflict_not_found',
  'case_not_active_for_mentoring',
  'evidence_not_found',
  'month_before_case',
  'month_in_future',
  'milestone_in_future',
  'carry_needs_no_office',
  'carry_export_not_here',
  'password_change_at_office',
] as const;

export const mentoringMethods = {
  'mentoring.workspace': method({
    input: z.strictObject({}),
    output: output<Workspace>(),
    access: 'mentoring.own',
  }),
  /** One mentee's file as the mentor may see it (audited). */
  'mentoring.case': method({
    input: menteeCaseSchema,
    output: output<MenteeCase>(),
    access: 'mentoring.own',
  }),
  'mentoring.topics': method({
    input: z.strictObject({}),
    output: output<TopicOption[]>(),
    access: 'mentoring.own',
  }),
  'mentoring.logSession': method({
    input: sessionLogSchema,
    output: output<AdvisorySession>(),
    access: 'mentoring.own',
  }),
  'mentoring.editSession': method({
    input: sessionEditSchema,
    output: output<AdvisorySession>(),
    access: 'mentoring.own',
  }),
  'mentoring.correctSession': method({
    input: sessionCorrectSchema,
    output: output<AdvisorySession>(),
    access: 'mentoring.own',
  }),
  'mentoring.sessionHistory': method({
    input: sessionIdSchema,
    output: output<SessionRevision[]>(),
    access: 'mentoring.own',
  }),
  'mentoring.tickAction': method({
    input: actionTickSchema,
    output: output<AgreedAction>(),
    access: 'mentoring.own',
  }),
  'mentoring.recordMilestone': method({
    input: milestoneSchema,
    output: output<Milestone>(),
    access: 'mentoring.own',
  }),
  'mentoring.recordMonth': method({
    input: monthlyFigureSchema,
    output: output<MonthlyFigure>(),
    access: 'mentoring.own',
  }),
  /** The mentor's own reminders: overdue actions, mentees without a recent session. */
  'mentoring.reminders': method({
    input: z.strictObject({}),
    output: output<ReminderList>(),
    access: 'mentoring.own',
  }),
  'mentoring.conflicts': method({
    input: z.strictObject({}),
    output: output<MergeConflict[]>(),
    access: 'mentoring.own',
  }),
  'mentoring.resolveConflict': method({
    input: conflictResolveSchema,
    output: output<MergeConflict[]>(),
    access: 'mentoring.own',
  }),

  /** The mentor's compartment as one encrypted file, to take to another PC. */
  'carry.export': method({
    input: z.strictObject({}),
    output: output<CarryExported>(),
    access: 'mentoring.own',
  }),
  /**
   * On a PC with no office database: keep the carried file as this PC's mentor-only data; the
   * mentor then signs in with their password. Refused where an office exists.
   */
  'carry.open': method({
    input: carryOpenSchema,
    output: output<CarryOpened>(),
    access: 'public',
  }),

  /** The office's view of a case's mentoring: sessions, actions, milestones, before and after. */
  'progress.get': method({
    input: caseIdSchema,
    output: output<CaseProgress>(),
    access: 'cases.read',
  }),
  'progress.recordMilestone': method({
    input: milestoneSchema,
    output: output<Milestone>(),
    access: 'cases.write',
  }),
  'progress.recordMonth': method({
    input: monthlyFigureSchema,
    output: output<MonthlyFigure>(),
    access: 'cases.write',
  }),
};
