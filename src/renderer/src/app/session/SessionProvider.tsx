import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useReducer, useRef, type ReactNode } from 'react';
import type { SessionInfo } from '../../../../shared/domain/accounts';
import { callKaona, onKaonaEvent, onSessionLost, toKaonaApiError } from '../../api';
import { StartupScreen } from '../../components/StartupScreen';
import { SessionContext, type SessionContextValue } from './session-context';
import { SessionGate } from './SessionGate';
import { SessionStartupError } from './SessionStartupError';
import { INITIAL_SESSION, sessionReducer } from './session-state';

interface SessionProviderProps {
  /** The signed-in app (the router); mounted only while someone is signed in and unlocked. */
  children: ReactNode;
  /** Called when the session ends, so that the next person starts on the home page. */
  onSignedOut?: () => void;
}

/**
 * Mirrors main's session and shows the screen that goes with it. Main is the authority (it runs
 * the idle lock) and pushes every change (`session.changed`), which is applied at once: an idle
 * lock blanks the screen the moment it happens. The page also asks at start, when a call is
 * refused as LOCKED or UNAUTHENTICATED, and when the window gets focus — in case an event was
 * lost (main restarted, the transport reconnected).
 */
export function SessionProvider({ children, onSignedOut }: SessionProviderProps) {
  const [state, dispatch] = useReducer(sessionReducer, INITIAL_SESSION);
  const queryClient = useQueryClient();
  // Each answer applied or asked for takes a number; an answer to an older question is dropped,
  // so a slow answer cannot undo a sign-in that finished meanwhile.
  const latest = useRef(0);
  const inFlight = useRef<{ asked: number; promise: Promise<void> } | null>(null);

  const refresh = useCallback((): Promise<void> => {
    // Several triggers at once (focus, a LOCKED answer) share one question, unless
    // something was applied since it was asked.
    if (inFlight.current?.asked === latest.current) return inFlight.current.promise;
    const asked = ++latest.current;
    const pending = callKaona((api) => api.session.info())
      .then(
        (info) => {
          if (asked === latest.current) dispatch({ type: 'info', info });
        },
        (error: unknown) => {
          if (asked === latest.current) dispatch({ type: 'failed', error: toKaonaApiError(error) });
        },
      )
      .finally(() => {
        if (inFlight.current?.asked === asked) inFlight.current = null;
      });
    inFlight.current = { asked, promise: pending };
    return pending;
  }, []);

  const apply = useCallback((info: SessionInfo) => {
    latest.current++;
    dispatch({ type: 'info', info, own: true });
  }, []);

  const applyPushed = useCallback((info: SessionInfo) => {
    latest.current++;
    dispatch({ type: 'info', info });
  }, []);

  const retry = useCallback(() => {
    dispatch({ type: 'retry' });
    void refresh();
  }, [refresh]);

  useEffect(() => {
    void refresh();
    const stopPushes = onKaonaEvent('session.changed', applyPushed);
    const stopListening = onSessionLost(() => void refresh());
    const onFocus = () => void refresh();
    window.addEventListener('focus', onFocus);
    return () => {
      stopPushes();
      stopListening();
      window.removeEventListener('focus', onFocus);
    };
  }, [refresh, applyPushed]);

  // Nothing read while someone was signed in stays in memory once they are not: the signed-in
  // app has unmounted by the time this runs, so no screen is left waiting on a cleared query.
  const signedIn = state.phase === 'ready' && state.info.status === 'signed-in';
  useEffect(() => {
    if (!signedIn) queryClient.clear();
  }, [signedIn, queryClient]);

  if (state.phase === 'failed') return <SessionStartupError error={state.error} onRetry={retry} />;
  if (state.phase === 'loading') return <StartupScreen />;
  return (
    <KnownSession info={state.info} refresh={refresh} apply={apply}>
      <SessionGate epoch={state.epoch} onSignedOut={onSignedOut}>
        {children}
      </SessionGate>
    </KnownSession>
  );
}

function KnownSession({
  children,
  info,
  refresh,
  apply,
}: SessionContextValue & { children: ReactNode }) {
  const value = useMemo(() => ({ info, refresh, apply }), [info, refresh, apply]);
  return <SessionContext value={value}>{children}</SessionContext>;
}
