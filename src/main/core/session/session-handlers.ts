import type { z } from 'zod';
import type { ownPasswordChangeSchema } from '../../../shared/domain/accounts';
import { restoreSlotBackup } from '../auth/vault/slot-file';
import { AppError } from '../errors';
import type { FeatureHandlers } from '../handlers';
import type { SessionManager } from './session-manager';

export interface SessionDeps {
  sessions: SessionManager;
  dataDir: string;
  /** The own password change re-wraps a key slot: the accounts feature does that work. */
  changeOwnPassword: (input: z.output<typeof ownPasswordChangeSchema>) => Promise<void>;
}

/** Signing in and out, the lock screen, recovery, and the person's own password. */
export function sessionHandlers(deps: SessionDeps): FeatureHandlers<'session'> {
  const { sessions } = deps;
  const info = () => sessions.info();
  return {
    'session.info': info,
    'session.signIn': async ({ userName, password }) => {
      await sessions.signIn(userName, password);
      return info();
    },
    'session.unlock': async ({ password }) => {
      await sessions.unlock(password);
      return info();
    },
    'session.switchUser': async () => {
      await sessions.switchUser();
      return info();
    },
    'session.recover': async ({ recoveryCode, userName, newPassword }) => {
      await sessions.recover(recoveryCode, userName, newPassword);
      return info();
    },
    'session.restoreKeyBackup': async (_input, call) => {
      const current = await info();
      if (current.status !== 'key-file-damaged')
        throw new AppError('CONFLICT', 'key_file_not_damaged');
      if (!restoreSlotBackup(deps.dataDir, call.clock.now()))
        throw new AppError('CONFLICT', 'key_backup_unusable');
      return info();
    },
    'session.lock': async () => {
      await sessions.lock('manual');
      return info();
    },
    'session.signOut': async () => {
      await sessions.signOut();
      return info();
    },
    'session.ping': () => null,
    'session.changePassword': async (input) => {
      await deps.changeOwnPassword(input);
      return info();
    },
  };
}
