import { draftKindSchema, draftSaveSchema, type Draft } from '../../domain/cases/drafts';
import { method, output } from '../define';

/** Drafts are the person's own unsaved work; saving one is not audited (nothing is shared). */
export const draftsAuditActions = ['draft.discarded'] as const;

export const draftsReasons = [] as const;

export const draftsMethods = {
  /** The signed-in person's own draft of that kind, or null. Nobody else's is reachable. */
  'drafts.get': method({
    input: draftKindSchema,
    output: output<Draft | null>(),
    access: 'drafts.own',
  }),
  'drafts.save': method({
    input: draftSaveSchema,
    output: output<{ savedAt: string }>(),
    access: 'drafts.own',
  }),
  'drafts.discard': method({
    input: draftKindSchema,
    output: output<null>(),
    access: 'drafts.own',
  }),
};
