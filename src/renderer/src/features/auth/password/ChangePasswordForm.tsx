import { zodResolver } from '@hookform/resolvers/zod';
import { Stack } from '@mantine/core';
import { useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { SessionInfo, SessionUserInfo } from '../../../../../shared/domain/accounts';
import { useKaonaMutation } from '../../../api';
import { PasswordField } from '../../../components/PasswordField';
import { fieldErrorMessage } from '../../../components/field-error';
import { FormFooter } from '../../../components/forms/FormFooter';
import { newPasswordReasons } from '../../../components/forms/password-reasons';
import {
  formLevelError,
  reportServerError,
  type ServerErrorFields,
} from '../../../components/forms/server-errors';
import { PasswordStrengthMeter } from '../../../components/PasswordStrengthMeter';
import {
  CHANGE_PASSWORD_DEFAULTS,
  changePasswordFormSchema,
  type ChangePasswordValues,
} from './change-password-form';

const CHANGE_PASSWORD_ERRORS: ServerErrorFields<ChangePasswordValues> = {
  fields: ['currentPassword', 'newPassword'],
  reasons: { current_password_wrong: 'currentPassword', ...newPasswordReasons('newPassword') },
};

interface ChangePasswordFormProps {
  user: Pick<SessionUserInfo, 'userName' | 'fullName'>;
  /** "Current password", or "temporary password" when an admin has just reset it. */
  currentLabel: string;
  onChanged: (info: SessionInfo) => void;
}

/** Current, new and confirmed password; used inside the app and on the forced-change screen. */
export function ChangePasswordForm({ user, currentLabel, onChanged }: ChangePasswordFormProps) {
  const { t } = useTranslation('auth');
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

  const change = useKaonaMutation({
    call: (api, passwords: { currentPassword: string; newPassword: string }) =>
      api.session.changePassword(passwords),
  });

  const submit = form.handleSubmit(async ({ currentPassword, newPassword }) => {
    try {
      const info = await change.mutateAsync({ currentPassword, newPassword });
      form.reset(CHANGE_PASSWORD_DEFAULTS);
      onChanged(info);
    } catch (error) {
      reportServerError(error, form.setError, CHANGE_PASSWORD_ERRORS);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <PasswordField
          label={currentLabel}
          autoComplete="current-password"
          error={fieldErrorMessage(errors.currentPassword, t)}
          {...form.register('currentPassword')}
        />
        <PasswordField
          label={t('password.new')}
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
          label={t('password.confirm')}
          autoComplete="new-password"
          error={fieldErrorMessage(errors.confirmation, t)}
          {...form.register('confirmation')}
        />
        <FormFooter
          submitLabel={t('password.submit')}
          pending={isSubmitting}
          error={formLevelError(errors)}
          errorTitle={t('password.failed')}
          justify="flex-start"
        />
      </Stack>
    </form>
  );
}
