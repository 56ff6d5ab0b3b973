import type { z } from 'zod';
import type { Draft, DraftKind, draftSaveSchema } from '../../../shared/domain/cases/drafts';
import type { SignedInCall } from '../call/call-context';
import { deleteDraft, findDraft, upsertDraft } from './drafts-repository';

type DraftSave = z.output<typeof draftSaveSchema>;

/**
 * Drafts live in the encrypted office database, keyed by the signed-in user: a lock, a crash or
 * a restart keeps them, and the user id comes from the session, never from the page. Saving is
 * not audited (it happens as the person types, and nothing leaves their own hands); discarding
 * is, since it destroys work.
 */
export async function getDraft(call: SignedInCall, kind: DraftKind): Promise<Draft | null> {
  const row = await findDraft(call.db, call.user.id, kind);
  return row ? { kind: row.kind, step: row.step, json: row.json, savedAt: row.saved_at } : null;
}

export async function saveDraft(
  call: SignedInCall,
  input: DraftSave,
): Promise<{ savedAt: string }> {
  const savedAt = call.clock.now().toISOString();
  await upsertDraft(call.db, {
    user_id: call.user.id,
    kind: input.kind,
    step: input.step,
    json: input.json,
    saved_at: savedAt,
  });
  return { savedAt };
}

export async function discardDraft(call: SignedInCall, kind: DraftKind): Promise<null> {
  // Nothing to discard destroys nothing: no event, so the log shows only real losses of work.
  if (!(await findDraft(call.db, call.user.id, kind))) return null;
  await call.audited(
    { action: 'draft.discarded', outcome: 'success', target: { type: 'draft', id: kind } },
    (trx) => deleteDraft(trx, call.user.id, kind),
  );
  return null;
}
