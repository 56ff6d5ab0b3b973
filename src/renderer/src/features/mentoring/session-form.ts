import { z } from 'zod';
import {
  sessionCorrectSchema,
  sessionFields,
  sessionLogSchema,
  type AdvisorySession,
  type SessionLogInput,
} from '../../../../shared/domain/mentoring';
import { bangkokTime, bangkokToday } from '../../../../shared/thai';

/** A new session, an edit within the window, or a correction after it. */
export type SessionFormMode = 'new' | 'edit' | 'correct';

export type SessionFormValues = SessionLogInput & { correctionNote?: string };

/**
 * A correction is the same form with a note; the check that the next session is not before this
 * one is the shared schema's own (sessionLogSchema), repeated here because a strict object with a
 * refinement cannot be extended.
 */
const correctFormSchema = z
  .strictObject({
    caseId: z.number().int().positive(),
    ...sessionFields,
    correctionNote: sessionCorrectSchema.shape.correctionNote,
  })
  .superRefine((session, ctx) => {
    if (session.nextSessionOn !== null && session.nextSessionOn < session.heldOn)
      ctx.addIssue({ code: 'custom', path: ['nextSessionOn'], message: 'next_before_held' });
  });

export function sessionFormSchema(mode: SessionFormMode) {
  return mode === 'correct' ? correctFormSchema : sessionLogSchema;
}

/** Fields a refusal from main may name; anything else is shown for the whole form. */
export const SESSION_FORM_FIELDS = [
  'heldOn',
  'heldTime',
  'durationMinutes',
  'mode',
  'topics',
  'summary',
  'actions',
  'completedActionIds',
  'nextSessionOn',
  'correctionNote',
] as const;

export const SESSION_REASON_FIELDS = {
  session_before_case: 'heldOn',
  session_in_future: 'heldOn',
  next_session_in_past: 'nextSessionOn',
  topic_unknown: 'topics',
  action_not_found: 'completedActionIds',
} as const;

export function sessionDefaults(
  caseId: number,
  mode: SessionFormMode,
  session?: AdvisorySession,
  now = new Date(),
): SessionFormValues {
  const base: SessionFormValues = session
    ? {
        caseId,
        heldOn: session.heldOn,
        heldTime: session.heldTime,
        durationMinutes: session.durationMinutes,
        mode: session.mode,
        topics: [...session.topics],
        summary: session.summary,
        actions: session.actions.map((action) => ({
          // A correction is a new entry: its actions are new ones too.
          ...(mode === 'edit' ? { actionId: action.actionId } : {}),
          description: action.description,
          owner: action.owner,
          dueOn: action.dueOn,
        })),
        completedActionIds: [...session.completedActionIds],
        nextSessionOn: session.nextSessionOn,
      }
    : {
        caseId,
        heldOn: bangkokToday(now),
        heldTime: bangkokTime(now),
        durationMinutes: 60,
        mode: 'in_person',
        topics: [],
        summary: '',
        actions: [],
        completedActionIds: [],
        nextSessionOn: null,
      };
  return mode === 'correct' ? { ...base, correctionNote: '' } : base;
}
