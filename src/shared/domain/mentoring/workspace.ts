import { z } from 'zod';
import type { CaseStatus } from '../cases/status';
import type { ProductCategory } from './codes';
import type { Milestone, MonthlyFigure } from './outcomes';
import type { AdvisorySession, AgreedAction } from './sessions';

/**
 * Where the mentor's work is kept in this session: the office database (an office role who
 * mentors), their compartment on the office PC, or a carried file on another PC.
 */
export const WORKSPACE_MODES = ['office', 'compartment', 'carried'] as const;
export type WorkspaceMode = (typeof WORKSPACE_MODES)[number];

/** One mentee as the workspace lists them: only what a mentor may see (no ID, no baseline). */
export interface MenteeSummary {
  caseId: number;
  caseNumber: string;
  displayName: string;
  nickname: string;
  districtName: string;
  provinceName: string;
  status: CaseStatus;
  assignedSince: string;
  lastSessionOn: string | null;
  nextSessionOn: string | null;
  openActions: number;
  overdueActions: number;
}

export interface SessionListItem {
  sessionId: string;
  caseId: number;
  displayName: string;
  heldOn: string;
  heldTime: string;
  durationMinutes: number;
  mode: AdvisorySession['mode'];
}

export interface ActionListItem extends AgreedAction {
  displayName: string;
}

export interface Workspace {
  mode: WorkspaceMode;
  mentorName: string;
  /** By next session (soonest first), then name in Thai order. */
  mentees: MenteeSummary[];
  /** Monday–Sunday of the current week, Bangkok time. */
  sessionsThisWeek: SessionListItem[];
  overdueActions: ActionListItem[];
  /** Edits of the same session made in two places, waiting for the mentor to pick one. */
  conflicts: number;
  /** When the office last brought this compartment up to date; null in office mode. */
  refreshedAt: string | null;
}

/** A mentee's file as the mentor sees it. Opening it is audited (`mentoring.case_viewed`). */
export interface MenteeCase {
  summary: MenteeSummary;
  phone: string;
  lineId: string;
  occupation: string;
  products: string;
  productCategory: ProductCategory | null;
  businessSkills: string;
  hasSmartphone: boolean;
  hasInternet: boolean;
  hasBankAccount: boolean;
  hasProductPhotos: boolean;
  hasOnlineShop: boolean;
  lazadaSellerId: string;
  goals: string;
  mentoringNeeds: string[];
  /** Newest first. */
  sessions: AdvisorySession[];
  openActions: AgreedAction[];
  milestones: Milestone[];
  months: MonthlyFigure[];
}

export const menteeCaseSchema = z.strictObject({ caseId: z.number().int().positive() });

/** The taxonomy as a mentor's forms need it (topics), also inside a compartment. */
export interface TopicOption {
  code: string;
  labelTh: string;
  labelEn: string;
  active: boolean;
}

export const REMINDER_KINDS = [
  'overdue_action',
  'no_recent_session',
  'mentor_over_capacity',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export interface Reminder {
  kind: ReminderKind;
  caseId: number | null;
  caseNumber: string | null;
  beneficiaryName: string | null;
  mentorId: number | null;
  mentorName: string | null;
  /** overdue_action: the action's due date; no_recent_session: the last session (or assignment). */
  since: string | null;
  /** Days overdue or without a session; for capacity, active mentees over capacity. */
  amount: number;
  /** overdue_action: what was agreed. */
  description: string;
  actionId: string | null;
}

export interface ReminderList {
  items: Reminder[];
  counts: Record<ReminderKind, number>;
  noSessionDays: number;
}
