import type { FeatureHandlers } from '../handlers';
import { discardDraft, getDraft, saveDraft } from './drafts-service';

/** The signed-in person's own unsaved form work. */
export function draftsHandlers(): FeatureHandlers<'drafts'> {
  return {
    'drafts.get': ({ kind }, call) => getDraft(call, kind),
    'drafts.save': (input, call) => saveDraft(call, input),
    'drafts.discard': ({ kind }, call) => discardDraft(call, kind),
  };
}
