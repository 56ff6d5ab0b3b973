import { Alert, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AuthLayout } from '../layout/AuthLayout';
import { RecoveryForm } from './RecoveryForm';
import { SignInForm } from './SignInForm';

interface SignedOutScreenProps {
  lastUserName: string | null;
  /** A PC holding only a mentor's carried file: no office, so no admin's recovery either. */
  mentorOnly?: boolean;
}

/** Nobody is signed in: the sign-in form, or the admin's recovery form when asked for. */
export function SignedOutScreen({ lastUserName, mentorOnly = false }: SignedOutScreenProps) {
  const { t } = useTranslation('auth');
  const [recovering, setRecovering] = useState(false);
  if (recovering && !mentorOnly) {
    return (
      <AuthLayout width={520}>
        <RecoveryForm onBack={() => setRecovering(false)} />
      </AuthLayout>
    );
  }
  return (
    <AuthLayout>
      <Stack gap="md">
        {mentorOnly && (
          <Alert color="orange" variant="light">
            {t('signIn.mentorOnly')}
          </Alert>
        )}
        <SignInForm
          lastUserName={lastUserName}
          onForgotPassword={mentorOnly ? undefined : () => setRecovering(true)}
        />
      </Stack>
    </AuthLayout>
  );
}
