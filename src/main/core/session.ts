import type { SessionUserInfo } from '../../shared/domain/accounts';

/** What the access check needs to know about the person at the keyboard. */
export type SessionUser = Pick<SessionUserInfo, 'id' | 'userName' | 'role' | 'mustChangePassword'>;

/** Who is at the keyboard, as far as the core knows (see SessionManager). */
export type SessionState =
  | { status: 'signed-out' }
  | { status: 'locked'; user: SessionUser }
  | { status: 'signed-in'; user: SessionUser };
