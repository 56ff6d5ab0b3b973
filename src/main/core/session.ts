import type { Role } from '../../shared/permissions';

export interface SessionUser {
  id: number;
  userName: string;
  role: Role;
  /** After a password reset: only the password change (and signing out) is allowed. */
  mustChangePassword: boolean;
}

/** Who is at the keyboard, as far as the core knows. Accounts arrive with the accounts issue. */
export type SessionState =
  | { status: 'signed-out' }
  | { status: 'locked'; user: SessionUser }
  | { status: 'signed-in'; user: SessionUser };

export const SIGNED_OUT: SessionState = { status: 'signed-out' };
