import { z } from 'zod';
import { ownPasswordChangeSchema, type SessionInfo } from '../../domain/accounts';
import { newPasswordSchema, passwordInputSchema } from '../../domain/password';
import { method, output } from '../define';

/** At the sign-in screen any typed name is simply "wrong user name or password", never a format error. */
const typedUserName = z.string().trim().min(1).max(64);
const empty = z.strictObject({});

export const sessionAuditActions = [
  'session.sign_in',
  'session.sign_out',
  'session.lock',
  'session.unlock',
  'session.recovery',
  'session.throttle_state_lost',
] as const;

export const sessionReasons = [
  'bad_credentials',
  'throttled',
  'already_signed_in',
  'not_locked',
  'recovery_user_not_admin',
  'current_password_wrong',
  'key_file_not_damaged',
  'key_backup_unusable',
  'password_change_required',
] as const;

export const sessionMethods = {
  'session.info': method({ input: empty, output: output<SessionInfo>(), access: 'public' }),
  'session.signIn': method({
    input: z.strictObject({ userName: typedUserName, password: passwordInputSchema }),
    output: output<SessionInfo>(),
    access: 'public',
  }),
  'session.unlock': method({
    input: z.strictObject({ password: passwordInputSchema }),
    output: output<SessionInfo>(),
    access: 'public',
  }),
  'session.switchUser': method({ input: empty, output: output<SessionInfo>(), access: 'public' }),
  'session.recover': method({
    input: z.strictObject({
      recoveryCode: z.string().min(1).max(64),
      userName: typedUserName,
      newPassword: newPasswordSchema,
    }),
    output: output<SessionInfo>(),
    access: 'public',
  }),
  /** Puts the last good key file back when the current one is damaged. */
  'session.restoreKeyBackup': method({
    input: empty,
    output: output<SessionInfo>(),
    access: 'public',
  }),
  'session.lock': method({ input: empty, output: output<SessionInfo>(), access: 'session.own' }),
  'session.signOut': method({ input: empty, output: output<SessionInfo>(), access: 'session.own' }),
  /** The renderer reports keyboard and mouse activity (throttled) so the idle lock waits. */
  'session.ping': method({ input: empty, output: output<null>(), access: 'session.own' }),
  'session.changePassword': method({
    input: ownPasswordChangeSchema,
    output: output<SessionInfo>(),
    access: 'session.own',
  }),
};
