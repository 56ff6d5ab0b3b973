import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Stack } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { SessionInfo, SessionUserInfo } from '../../../../../shared/domain/accounts';
import { callKaona, errorMessage, toKaonaApiError, type KaonaApiError } from '../../../api';
import { PasswordField } from '../../../components/PasswordField';
import { fieldErrorMessage } from '../../../components/field-error';
import { PasswordStrengthMeter } from '../../../components/PasswordStrengthMeter';
import {
  CHANGE_PASSWORD_DEFAULTS,
  changePasswordFormSchema,
  type ChangePasswordValues,
} from './change-password-form';

interface ChangePasswordFormProps {
  user: Pick<SessionUserInfo, 'userName' | 'fullName'>;
  /** "Current password", or "temporary password" when an admin has just reset it. */
  currentLabel: string;
  onChanged: (info: SessionInfo) => void;
}

/** Current, new and confirmed password; used inside the app and on the forced-change screen. */
export function ChangePasswordForm({ user, currentLabel, onChanged }: ChangePasswordFormProps) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<KaonaApiError | null>(null);
  const schema = useMemo(
    () => changePasswordFormSchema({ userName: user.userName, fullName: user.fullName }),
    [user.userName, user.fullName],
  );
  const form = useForm<ChangePasswordValues>({
    resolver: zodResolver(schema),
    defaultValues: CHANGE_PASSWORD_DEFAULTS,
  });
  const { errors, isSubmitting } = form.formState;
  const newPassword = useWatch({ control: form.control, name: 'newPassword' });

  const submit = form.handleSubmit(async ({ currentPassword, newPassword }) => {
    setFailure(null);
    try {
      const info = await callKaona((api) =>
        api.session.changePassword({ currentPassword, newPassword }),
      );
      form.reset(CHANGE_PASSWORD_DEFAULTS);
      onChanged(info);
    } catch (caught) {
      const error = toKaonaApiError(caught);
      if (error.reason === 'current_password_wrong') {
        form.setError('currentPassword', { message: error.reason }, { shouldFocus: true });
      } else if (error.reason?.startsWith('password_')) {
        form.setError('newPassword', { message: error.reason }, { shouldFocus: true });
      } else {
        setFailure(error);
      }
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {failure && (
          <Alert color="red" variant="light" role="alert" title={t('auth.password.failed')}>
            {errorMessage(failure, t)}
          </Alert>
        )}
        <PasswordField
          label={currentLabel}
          autoComplete="current-password"
          error={fieldErrorMessage(errors.currentPassword, t)}
          {...form.register('currentPassword')}
        />
        <PasswordField
          label={t('auth.password.new')}
          autoComplete="new-password"
          error={fieldErrorMessage(errors.newPassword, t)}
          {...form.register('newPassword')}
        />
        <PasswordStrengthMeter
          password={newPassword}
          userName={user.userName}
          fullName={user.fullName}
        />
        <PasswordField
          label={t('auth.password.confirm')}
          autoComplete="new-password"
          error={fieldErrorMessage(errors.confirmation, t)}
          {...form.register('confirmation')}
        />
        <Group>
          <Button type="submit" loading={isSubmitting}>
            {t('auth.password.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
