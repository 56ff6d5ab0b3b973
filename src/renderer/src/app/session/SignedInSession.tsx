import { Affix, Alert } from '@mantine/core';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { callKaona, errorMessage, toKaonaApiError, type KaonaApiError } from '../../api';
import { flushBeforeLock } from './before-lock';
import { useSession } from './session-context';
import { SessionCommandsContext, type SessionCommands } from './session-commands';
import { useActivityPing } from './use-activity-ping';
import { useLockShortcut } from './use-lock-shortcut';

type Command = 'lock' | 'signOut';

/**
 * Everything that runs while someone is signed in, whatever they are looking at: activity pings
 * (main's idle timer needs them), the lock shortcut, and the lock/sign-out commands. Main's own
 * lock arrives as a `session.changed` event at the session provider; nothing here polls.
 */
export function SignedInSession({ children }: { children: ReactNode }) {
  const { t } = useTranslation(['shell', 'auth']);
  const { apply, refresh } = useSession();
  const [failure, setFailure] = useState<{ command: Command; error: KaonaApiError } | null>(null);

  const run = useCallback(
    async (command: Command) => {
      setFailure(null);
      try {
        await flushBeforeLock();
        apply(await callKaona((api) => api.session[command]()));
      } catch (error) {
        // On a shared PC the clerk must know that the screen did NOT lock.
        setFailure({ command, error: toKaonaApiError(error) });
        void refresh();
      }
    },
    [apply, refresh],
  );
  const commands = useMemo<SessionCommands>(
    () => ({ lockNow: () => void run('lock'), signOut: () => void run('signOut') }),
    [run],
  );

  useActivityPing();
  useLockShortcut(commands.lockNow);

  return (
    <SessionCommandsContext value={commands}>
      {children}
      {failure && (
        <Affix position={{ bottom: 20, right: 20 }} zIndex={400}>
          <Alert
            color="red"
            variant="filled"
            role="alert"
            title={
              failure.command === 'lock'
                ? t('auth:userMenu.lockFailed')
                : t('auth:userMenu.signOutFailed')
            }
            withCloseButton
            closeButtonLabel={t('common.close')}
            onClose={() => setFailure(null)}
            maw={420}
          >
            {errorMessage(failure.error, t)}
          </Alert>
        </Affix>
      )}
    </SessionCommandsContext>
  );
}
