import { createContext, useContext } from 'react';
import type { SessionInfo, SessionUserInfo } from '../../../../shared/domain/accounts';

/** What the renderer knows about who is at the keyboard; main is the authority, this mirrors it. */
export interface SessionContextValue {
  info: SessionInfo;
  /** Asks main again (after a LOCKED/UNAUTHENTICATED answer, on focus, after a change). */
  refresh: () => Promise<void>;
  /** Takes the SessionInfo a session call returned (sign-in, unlock, lock…). */
  apply: (info: SessionInfo) => void;
}

export const SessionContext = createContext<SessionContextValue | null>(null);

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside the session provider');
  return value;
}

/** The signed-in person; only for screens inside the signed-in shell. */
export function useSignedInUser(): SessionUserInfo {
  const { info } = useSession();
  if (info.status !== 'signed-in') throw new Error('useSignedInUser outside the signed-in shell');
  return info.user;
}
