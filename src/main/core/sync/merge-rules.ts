import { z } from 'zod';
import {
  SESSION_FUTURE_DAYS_MAX,
  milestoneSchema,
  monthlyFigureSchema,
  recordIdSchema,
  sessionFields,
  agreedActionSchema,
} from '../../../shared/domain/mentoring';
import { safeText } from '../../../shared/text/safe-text';
import { bangkokDate } from '../../../shared/thai/bangkok-time';
import { addDays, isIsoDate } from '../../../shared/thai/iso-date';
import type {
  AdvisorySessionsTable,
  OutcomeMilestonesTable,
  OutcomeMonthsTable,
  SessionActionsTable,
} from '../db/mentoring-schema';

/**
 * What a compartment may bring in, checked row by row. The compartment is the mentor's file:
 * anyone with their password and a SQLite tool can write any value in it, so every row is read
 * as untrusted input — the shared zod schemas the forms use, the tables' CHECK ranges, dates
 * against the clock and the assignment. A row that fails is refused whole (never half-taken).
 */

/** Periods the mentor held a case (ISO dates, Bangkok; `to` null while open). */
export type AssignmentPeriods = Map<number, { from: string; to: string | null }[]>;

export interface MergeContext {
  mentorId: number;
  now: Date;
  today: string;
  periods: AssignmentPeriods;
  intakeDates: Map<number, string>;
}

export function assignedOn(context: MergeContext, caseId: number, day: string): boolean {
  return (context.periods.get(caseId) ?? []).some(
    (period) => period.from <= day && (period.to === null || day <= period.to),
  );
}

/** A stored instant from the compartment, or now when it is not one or lies in the future. */
export function trustedInstant(context: MergeContext, value: unknown): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(value)) return iso(context);
  const time = Date.parse(value);
  if (Number.isNaN(time) || time > context.now.getTime()) return iso(context);
  return new Date(time).toISOString();
}

const iso = (context: MergeContext) => context.now.toISOString();

function jsonArray(text: unknown): unknown {
  if (typeof text !== 'string') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

const int = z.number().int();
const sessionShape = z.strictObject({
  id: recordIdSchema,
  case_id: int.positive(),
  mentor_id: int.positive(),
  corrects_session_id: recordIdSchema.nullable(),
  correction_note: z.union([z.literal(''), safeText().trim().min(1).max(500)]),
  ...sessionFields,
  actions: z.array(z.never()).max(0),
});

/** The session's own fields, valid or null; ids and dates are checked against the office next. */
export function validSession(
  context: MergeContext,
  row: AdvisorySessionsTable,
): AdvisorySessionsTable | null {
  const topics = jsonArray(row.topics);
  const completed = jsonArray(row.completed_action_ids);
  const parsed = sessionShape.safeParse({
    id: row.id,
    case_id: row.case_id,
    mentor_id: row.mentor_id,
    corrects_session_id: row.corrects_session_id,
    correction_note: row.correction_note,
    heldOn: row.held_on,
    heldTime: row.held_time,
    durationMinutes: row.duration_minutes,
    mode: row.mode,
    topics,
    summary: row.summary,
    actions: [],
    completedActionIds: completed,
    nextSessionOn: row.next_session_on,
  });
  if (!parsed.success) return null;
  const session = parsed.data;
  // Someone else's name on a session is refused, not rewritten: it is a sign of tampering.
  if (session.mentor_id !== context.mentorId) return null;
  if (session.nextSessionOn !== null && session.nextSessionOn < session.heldOn) return null;
  if (session.heldOn > addDays(context.today, SESSION_FUTURE_DAYS_MAX)) return null;
  const intake = context.intakeDates.get(session.case_id);
  if (intake === undefined || session.heldOn < intake) return null;
  if (!assignedOn(context, session.case_id, session.heldOn)) return null;
  const updatedAt = trustedInstant(context, row.updated_at);
  return {
    id: session.id,
    case_id: session.case_id,
    mentor_id: context.mentorId,
    held_on: session.heldOn,
    held_time: session.heldTime,
    duration_minutes: session.durationMinutes,
    mode: session.mode,
    topics: JSON.stringify(session.topics),
    summary: session.summary,
    next_session_on: session.nextSessionOn,
    completed_action_ids: JSON.stringify(session.completedActionIds),
    corrects_session_id: session.corrects_session_id,
    correction_note: session.correction_note,
    revision: row.revision,
    created_at: trustedInstant(context, row.created_at),
    updated_at: updatedAt,
    updated_by: context.mentorId,
  };
}

const actionShape = z.strictObject({
  id: recordIdSchema,
  session_id: recordIdSchema,
  case_id: int.positive(),
  description: agreedActionSchema.shape.description,
  owner: agreedActionSchema.shape.owner,
  due_on: agreedActionSchema.shape.dueOn,
  done_on: agreedActionSchema.shape.dueOn.nullable(),
  done_in_session_id: recordIdSchema.nullable(),
});

export function validAction(
  context: MergeContext,
  row: SessionActionsTable,
): SessionActionsTable | null {
  const parsed = actionShape.safeParse({
    id: row.id,
    session_id: row.session_id,
    case_id: row.case_id,
    description: row.description,
    owner: row.owner,
    due_on: row.due_on,
    done_on: row.done_on,
    done_in_session_id: row.done_in_session_id,
  });
  if (!parsed.success) return null;
  const action = parsed.data;
  if (action.done_on !== null && action.done_on > addDays(context.today, 1)) return null;
  const updatedAt = trustedInstant(context, row.updated_at);
  if (!assignedOn(context, action.case_id, bangkokDate(updatedAt))) return null;
  return {
    ...action,
    revision: row.revision,
    updated_at: updatedAt,
    updated_by: context.mentorId,
  };
}

export function validMilestone(
  context: MergeContext,
  row: OutcomeMilestonesTable,
): OutcomeMilestonesTable | null {
  const parsed = milestoneSchema.safeParse({
    caseId: row.case_id,
    kind: row.kind,
    occurredOn: row.occurred_on,
    shopName: row.shop_name,
    shopRef: row.shop_ref,
    productsCount: row.products_count,
    note: row.note,
    expectedRevision: null,
  });
  if (!parsed.success) return null;
  const milestone = parsed.data;
  // One milestone of each kind per case: the id says which, and must agree with the row.
  if (row.id !== `${milestone.caseId}:${milestone.kind}`) return null;
  if (milestone.occurredOn > addDays(context.today, 1)) return null;
  const recordedAt = trustedInstant(context, row.recorded_at);
  if (!assignedOn(context, milestone.caseId, bangkokDate(recordedAt))) return null;
  return {
    id: row.id,
    case_id: milestone.caseId,
    kind: milestone.kind,
    occurred_on: milestone.occurredOn,
    shop_name: milestone.shopName,
    shop_ref: milestone.shopRef,
    products_count: milestone.productsCount,
    note: milestone.note,
    revision: row.revision,
    recorded_at: recordedAt,
    recorded_by: context.mentorId,
  };
}

/**
 * A month's figures. A mentor cannot attach evidence (attachments are the office's): the
 * attachment the office holds for the month is kept, and any other id is refused.
 */
export function validMonth(
  context: MergeContext,
  row: OutcomeMonthsTable,
  officeAttachmentId: number | null,
): OutcomeMonthsTable | null {
  if (row.evidence_attachment_id !== null && row.evidence_attachment_id !== officeAttachmentId)
    return null;
  const parsed = monthlyFigureSchema.safeParse({
    caseId: row.case_id,
    month: row.month,
    orders: row.orders,
    salesSatang: row.sales_satang,
    incomeSatang: row.income_satang,
    source: row.source,
    // The office's attachment stays whatever the row says (null is "unchanged", not "removed").
    evidenceAttachmentId: officeAttachmentId,
    note: row.note,
    expectedRevision: null,
  });
  if (!parsed.success) return null;
  const figure = parsed.data;
  if (row.id !== `${figure.caseId}:${figure.month}`) return null;
  if (`${figure.month}-01` > context.today || !isIsoDate(`${figure.month}-01`)) return null;
  // As the form: from the month the case opened (an earlier one would pose as "before").
  const intake = context.intakeDates.get(figure.caseId);
  if (intake === undefined || figure.month < intake.slice(0, 7)) return null;
  const recordedAt = trustedInstant(context, row.recorded_at);
  if (!assignedOn(context, figure.caseId, bangkokDate(recordedAt))) return null;
  return {
    id: row.id,
    case_id: figure.caseId,
    month: figure.month,
    orders: figure.orders,
    sales_satang: figure.salesSatang,
    income_satang: figure.incomeSatang,
    source: figure.source,
    evidence_attachment_id: figure.evidenceAttachmentId,
    note: figure.note,
    revision: row.revision,
    recorded_at: recordedAt,
    recorded_by: context.mentorId,
  };
}

/** The fields that make a record's content (not who wrote it when, nor its revision). */
export const CONTENT_FIELDS = {
  session: [
    'case_id',
    'mentor_id',
    'held_on',
    'held_time',
    'duration_minutes',
    'mode',
    'topics',
    'summary',
    'next_session_on',
    'completed_action_ids',
    'corrects_session_id',
    'correction_note',
  ],
  action: [
    'session_id',
    'case_id',
    'description',
    'owner',
    'due_on',
    'done_on',
    'done_in_session_id',
  ],
  milestone: ['case_id', 'kind', 'occurred_on', 'shop_name', 'shop_ref', 'products_count', 'note'],
  month: [
    'case_id',
    'month',
    'orders',
    'sales_satang',
    'income_satang',
    'source',
    'evidence_attachment_id',
    'note',
  ],
} as const;

export type RecordKind = keyof typeof CONTENT_FIELDS;

export function sameContent(kind: RecordKind, a: object, b: object): boolean {
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  return CONTENT_FIELDS[kind].every((field) =>
    JSON_FIELDS.has(field)
      ? normalJson(left[field]) === normalJson(right[field])
      : left[field] === right[field],
  );
}

const JSON_FIELDS = new Set<string>(['topics', 'completed_action_ids']);

function normalJson(value: unknown): unknown {
  try {
    return typeof value === 'string' ? JSON.stringify(JSON.parse(value)) : value;
  } catch {
    return value;
  }
}
