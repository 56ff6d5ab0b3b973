import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { fieldErrorMessage } from '../../components/field-error';
import { PasswordField } from '../../components/PasswordField';
import { PasswordStrengthMeter } from '../../components/PasswordStrengthMeter';

interface TemporaryPasswordFieldsProps {
  password: UseFormRegisterReturn<'temporaryPassword'>;
  confirmation: UseFormRegisterReturn<'confirmPassword'>;
  passwordError: FieldError | undefined;
  confirmationError: FieldError | undefined;
  /** The password as typed, and whose it is, for the strength meter. */
  typed: string;
  userName: string;
  fullName: string;
}

/** A temporary password typed twice; the account holder replaces it at their first sign-in. */
export function TemporaryPasswordFields({
  password,
  confirmation,
  passwordError,
  confirmationError,
  typed,
  userName,
  fullName,
}: TemporaryPasswordFieldsProps) {
  const { t } = useTranslation('accounts');
  return (
    <Stack gap="sm">
      <PasswordField
        {...password}
        label={t('fields.temporaryPassword')}
        autoComplete="new-password"
        withAsterisk
        error={fieldErrorMessage(passwordError, t)}
      />
      <PasswordStrengthMeter password={typed} userName={userName} fullName={fullName} />
      <PasswordField
        {...confirmation}
        label={t('fields.confirmPassword')}
        autoComplete="new-password"
        withAsterisk
        error={fieldErrorMessage(confirmationError, t)}
      />
    </Stack>
  );
}
