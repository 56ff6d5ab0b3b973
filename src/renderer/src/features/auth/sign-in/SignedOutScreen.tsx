import { useState } from 'react';
import { AuthLayout } from '../layout/AuthLayout';
import { RecoveryForm } from './RecoveryForm';
import { SignInForm } from './SignInForm';

/** Nobody is signed in: the sign-in form, or the admin's recovery form when asked for. */
export function SignedOutScreen({ lastUserName }: { lastUserName: string | null }) {
  const [recovering, setRecovering] = useState(false);
  if (recovering) {
    return (
      <AuthLayout width={520}>
        <RecoveryForm onBack={() => setRecovering(false)} />
      </AuthLayout>
    );
  }
  return (
    <AuthLayout>
      <SignInForm lastUserName={lastUserName} onForgotPassword={() => setRecovering(true)} />
    </AuthLayout>
  );
}
