import { z } from 'zod';
import { safeText } from '../../text/safe-text';
import { isoDateSchema, longText } from '../cases/intake';
import {
  ACTION_OWNERS,
  SESSION_MINUTES_MAX,
  SESSION_MODES,
  type ActionOwner,
  type SessionMode,
} from './codes';
import { skillCodeSchema } from './registry';

/** Records made where the office cannot see (a compartment, a carried file) get UUIDs. */
export const recordIdSchema = z.string().uuid();

export const timeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time_invalid');

export const agreedActionSchema = z.strictObject({
  /** Absent for a new action; the id of an action of this session when editing it. */
  actionId: recordIdSchema.optional(),
  description: safeText().trim().min(1, 'required').max(300, 'too_long'),
  owner: z.enum(ACTION_OWNERS),
  dueOn: isoDateSchema,
});

/**
 * What a mentor writes about one advisory session (the form and main share it). Dates are the
 * Thai calendar day and wall time (Thailand keeps one time zone and no daylight saving); rules
 * that need the clock or the case (not before the case opened, not far in the future) are the
 * core's and come back as reasons on the field.
 */
export const sessionFields = {
  heldOn: isoDateSchema,
  heldTime: timeOfDaySchema,
  durationMinutes: z
    .number()
    .int('whole_number')
    .min(1, 'duration_too_short')
    .max(SESSION_MINUTES_MAX, 'duration_too_long'),
  mode: z.enum(SESSION_MODES),
  topics: z
    .array(skillCodeSchema)
    .min(1, 'choose_one')
    .max(20, 'too_many')
    .refine((codes) => new Set(codes).size === codes.length, 'duplicate_values'),
  summary: longText.refine((text) => text.length > 0, 'required'),
  actions: z.array(agreedActionSchema).max(20, 'too_many'),
  /** Earlier actions of this case that this session ticks off as done. */
  completedActionIds: z.array(recordIdSchema).max(50, 'too_many'),
  nextSessionOn: isoDateSchema.nullable(),
};

export const sessionLogSchema = z
  .strictObject({ caseId: z.number().int().positive(), ...sessionFields })
  .superRefine((session, ctx) => {
    if (session.nextSessionOn !== null && session.nextSessionOn < session.heldOn)
      ctx.addIssue({ code: 'custom', path: ['nextSessionOn'], message: 'next_before_held' });
  });
export type SessionLogInput = z.input<typeof sessionLogSchema>;

/** Within the edit window: the author changes their own session (history is kept). */
export const sessionEditSchema = z.strictObject({
  sessionId: recordIdSchema,
  expectedRevision: z.number().int().positive(),
  ...sessionFields,
});

/** After the edit window: a new entry that says which one it corrects. */
export const sessionCorrectSchema = z.strictObject({
  correctsSessionId: recordIdSchema,
  ...sessionFields,
  correctionNote: safeText().trim().min(1, 'required').max(500, 'too_long'),
});

export const sessionIdSchema = z.strictObject({ sessionId: recordIdSchema });

export const actionTickSchema = z.strictObject({
  actionId: recordIdSchema,
  done: z.boolean(),
  expectedRevision: z.number().int().positive(),
});

export interface AgreedAction {
  actionId: string;
  sessionId: string;
  caseId: number;
  description: string;
  owner: ActionOwner;
  dueOn: string;
  doneOn: string | null;
  doneInSessionId: string | null;
  /** Not done and due before today. */
  overdue: boolean;
  revision: number;
}

export interface AdvisorySession {
  sessionId: string;
  caseId: number;
  mentorId: number;
  mentorName: string;
  heldOn: string;
  heldTime: string;
  durationMinutes: number;
  mode: SessionMode;
  topics: string[];
  summary: string;
  nextSessionOn: string | null;
  actions: AgreedAction[];
  /** Actions of earlier sessions this one ticked off. */
  completedActionIds: string[];
  correctsSessionId: string | null;
  correctionNote: string;
  correctedBySessionId: string | null;
  revision: number;
  createdAt: string;
  updatedAt: string;
  /** Until when the author may still edit it (ISO timestamp); null once the window closed. */
  editableUntil: string | null;
}

export interface SessionRevision {
  revision: number;
  changedAt: string;
  changedByName: string;
  /** The session as it was in that revision. */
  session: Omit<AdvisorySession, 'editableUntil' | 'correctedBySessionId'>;
}
