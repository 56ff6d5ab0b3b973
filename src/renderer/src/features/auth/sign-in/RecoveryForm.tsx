import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  formatRecoveryCode,
  normaliseRecoveryCode,
} from '../../../../../shared/domain/recovery-code';
import { callKaona, errorMessage, toKaonaApiError, type KaonaApiError } from '../../../api';
import { useSession } from '../../../app/session/session-context';
import { PasswordField } from '../../../components/PasswordField';
import { fieldErrorMessage } from '../../../components/field-error';
import { PasswordStrengthMeter } from '../../../components/PasswordStrengthMeter';
import { ThrottleAlert } from '../throttle/ThrottleAlert';
import { useCountdown } from '../throttle/use-countdown';
import {
  RECOVERY_FORM_DEFAULTS,
  recoveryFormSchema,
  type RecoveryFormOutput,
  type RecoveryFormValues,
} from './recovery-form';

/** The admin forgot their password: the printed recovery code lets them set a new one. */
export function RecoveryForm({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation('auth');
  const { apply } = useSession();
  const throttle = useCountdown();
  const [failure, setFailure] = useState<KaonaApiError | null>(null);
  const form = useForm<RecoveryFormValues, unknown, RecoveryFormOutput>({
    resolver: zodResolver(recoveryFormSchema),
    defaultValues: RECOVERY_FORM_DEFAULTS,
  });
  const { errors, isSubmitting } = form.formState;
  const [newPassword, userName] = useWatch({
    control: form.control,
    name: ['newPassword', 'userName'],
  });

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    const code = normaliseRecoveryCode(values.recoveryCode);
    try {
      const info = await callKaona((api) =>
        api.session.recover({
          recoveryCode: code ? formatRecoveryCode(code) : values.recoveryCode,
          userName: values.userName,
          newPassword: values.newPassword,
        }),
      );
      apply(info);
    } catch (caught) {
      const error = toKaonaApiError(caught);
      if (error.reason === 'throttled') throttle.start(error.retryAfterSeconds ?? 30);
      else if (error.reason === 'bad_credentials')
        form.setError('recoveryCode', { message: 'recovery_bad_code' });
      else if (error.reason === 'recovery_user_not_admin')
        form.setError('userName', { message: error.reason });
      else if (error.reason?.startsWith('password_'))
        form.setError('newPassword', { message: error.reason });
      else setFailure(error);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Title order={1}>{t('recovery.title')}</Title>
        <Text size="sm">{t('recovery.intro')}</Text>
        <Alert color="blue" variant="light" role="note">
          {t('recovery.notAdmin')}
        </Alert>
        {failure && (
          <Alert color="red" variant="light" role="alert" title={t('recovery.failed')}>
            {errorMessage(failure, t)}
          </Alert>
        )}
        <ThrottleAlert secondsLeft={throttle.secondsLeft} />
        <TextInput
          label={t('recovery.code')}
          description={t('recovery.codeHint')}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          autoFocus
          error={fieldErrorMessage(errors.recoveryCode, t)}
          {...form.register('recoveryCode')}
        />
        <TextInput
          label={t('recovery.userName')}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          error={fieldErrorMessage(errors.userName, t)}
          {...form.register('userName')}
        />
        <PasswordField
          label={t('recovery.newPassword')}
          autoComplete="new-password"
          error={fieldErrorMessage(errors.newPassword, t)}
          {...form.register('newPassword')}
        />
        <PasswordStrengthMeter password={newPassword} userName={userName} />
        <PasswordField
          label={t('recovery.confirmPassword')}
          autoComplete="new-password"
          error={fieldErrorMessage(errors.confirmation, t)}
          {...form.register('confirmation')}
        />
        <Button type="submit" loading={isSubmitting} disabled={throttle.secondsLeft > 0} fullWidth>
          {throttle.secondsLeft > 0
            ? t('throttle.button', { seconds: throttle.secondsLeft })
            : t('recovery.submit')}
        </Button>
        <Anchor component="button" type="button" size="sm" onClick={onBack}>
          {t('recovery.back')}
        </Anchor>
      </Stack>
    </form>
  );
}
