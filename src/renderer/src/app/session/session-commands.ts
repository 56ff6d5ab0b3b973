import { createContext, useContext } from 'react';

/** What the signed-in screens can ask of the session (the user menu, the forced-change screen). */
export interface SessionCommands {
  /** Locks now (Ctrl+L, the user menu). Failure is shown by the session, not by the caller. */
  lockNow: () => void;
  signOut: () => void;
}

export const SessionCommandsContext = createContext<SessionCommands | null>(null);

export function useSessionCommands(): SessionCommands {
  const commands = useContext(SessionCommandsContext);
  if (!commands) throw new Error('useSessionCommands outside the signed-in session');
  return commands;
}
