import { notifications } from '@mantine/notifications';
import { useEffect, useEffectEvent, type ReactNode } from 'react';
import { isMentorOnly } from '../../../../shared/domain/accounts';
import { KeyFileDamagedScreen } from '../../features/auth/key-file/KeyFileDamagedScreen';
import { LockScreen } from '../../features/auth/lock/LockScreen';
import { ForcedPasswordChange } from '../../features/auth/password/ForcedPasswordChange';
import { SetupWizard } from '../../features/auth/setup/SetupWizard';
import { SignedOutScreen } from '../../features/auth/sign-in/SignedOutScreen';
import { DatabaseMissingScreen } from '../../features/vault/DatabaseMissingScreen';
import { useSession } from './session-context';
import { SignedInSession } from './SignedInSession';

interface SessionGateProps {
  /** The signed-in app. */
  children: ReactNode;
  /** Counts signed-in periods: the app is keyed by it, so it never outlives a lock. */
  epoch: number;
  onSignedOut?: () => void;
}

/** One screen per session status; the app itself only for someone signed in and unlocked. */
export function SessionGate({ children, epoch, onSignedOut }: SessionGateProps) {
  const { info } = useSession();
  const signedOut = useEffectEvent(() => onSignedOut?.());
  useEffect(() => {
    if (info.status === 'signed-out') signedOut();
    // Toasts live outside the app ("account added for …"): they must not outlast the session
    // on a screen that anyone walking past can read.
    if (info.status !== 'signed-in') notifications.clean();
  }, [info.status]);

  switch (info.status) {
    case 'needs-setup':
      return <SetupWizard />;
    case 'database-missing':
      return <DatabaseMissingScreen />;
    case 'key-file-damaged':
      return <KeyFileDamagedScreen backupUsable={info.backupUsable} />;
    case 'signed-out':
      return <SignedOutScreen lastUserName={info.lastUserName} mentorOnly={isMentorOnly(info)} />;
    case 'locked':
      return <LockScreen user={info.user} />;
    case 'signed-in':
      return (
        <SignedInSession key={epoch}>
          {info.user.mustChangePassword ? <ForcedPasswordChange /> : children}
        </SignedInSession>
      );
  }
}
