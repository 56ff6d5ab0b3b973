import { roleHasPermission } from '../../../shared/permissions';
import { AppError } from '../errors';
import type { SessionState } from '../session';
import type { SessionManager } from '../session/session-manager';

/**
 * Who may restore, checked in main at every restore call (the methods are `public` so the
 * first-run and database-missing screens can use them): a signed-in person with `backup.restore`
 * (admin); nobody while locked; signed out, only while there is no office here to sign in to
 * (`needs-setup`, `database-missing`) — a PC with a working office must not be overwritten from
 * its sign-in screen. The backup's own admin password is asked on top of this, every time.
 */
export async function restoreGate(
  session: SessionState,
  sessions: SessionManager,
): Promise<'signed-in' | 'signed-out'> {
  if (session.status === 'locked') throw new AppError('LOCKED');
  if (session.status === 'signed-in') {
    if (!roleHasPermission(session.user.role, 'backup.restore')) throw new AppError('FORBIDDEN');
    return 'signed-in';
  }
  const info = await sessions.info();
  if (info.status !== 'needs-setup' && info.status !== 'database-missing')
    throw new AppError('CONFLICT', 'restore_not_available');
  return 'signed-out';
}
