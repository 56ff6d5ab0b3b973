import type { SessionInfo } from '../../../../shared/domain/accounts';
import type { KaonaApiError } from '../../api';

/**
 * What the renderer knows about the session. `epoch` counts signed-in periods: the signed-in UI
 * is keyed by it, so a new sign-in or an unlock mounts it afresh and nothing from before the lock
 * (case data in component state, half-typed forms) survives on screen or in memory.
 */
export type SessionState =
  | { phase: 'loading' }
  | { phase: 'failed'; error: KaonaApiError }
  | { phase: 'ready'; info: SessionInfo; epoch: number };

export type SessionAction =
  /**
   * `own`: the answer to a call this page made (sign-in, the wizard's start button). Pushes and
   * checks are not own: they report what main did, possibly ahead of the page's own flow.
   */
  | { type: 'info'; info: SessionInfo; own?: boolean }
  | { type: 'failed'; error: KaonaApiError }
  | { type: 'retry' };

export const INITIAL_SESSION: SessionState = { phase: 'loading' };

function sameInfo(a: SessionInfo, b: SessionInfo): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function sessionReducer(state: SessionState, action: SessionAction): SessionState {
  switch (action.type) {
    case 'retry':
      return state.phase === 'failed' ? INITIAL_SESSION : state;
    case 'failed':
      // Once the session is known, a failed refresh changes nothing: the next one will tell.
      return state.phase === 'ready' ? state : { phase: 'failed', error: action.error };
    case 'info': {
      if (state.phase !== 'ready') return { phase: 'ready', info: action.info, epoch: 1 };
      // A focus check or an event after a call usually brings the same answer: keep the object.
      if (sameInfo(state.info, action.info)) return state;
      const before = state.info;
      const after = action.info;
      // Setup signs the admin in, and main says so at once; the wizard still has its last step
      // to show (what to do next) and moves on when the admin presses start.
      if (before.status === 'needs-setup' && after.status === 'signed-in' && !action.own)
        return state;
      const startsAnew =
        after.status === 'signed-in' &&
        (before.status !== 'signed-in' || before.user.id !== after.user.id);
      return { phase: 'ready', info: after, epoch: state.epoch + (startsAnew ? 1 : 0) };
    }
  }
}
