import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { sessionMethods } from '../../../../../shared/contract/methods/session';
import { callKaona, errorMessage, toKaonaApiError, type KaonaApiError } from '../../../api';
import { useSession } from '../../../app/session/session-context';
import { PasswordField } from '../../../components/PasswordField';
import { fieldErrorMessage } from '../../../components/field-error';
import { ChooseDataFolderButton, DATA_FOLDER_REASONS } from '../data-folder/ChooseDataFolderButton';
import { ThrottleAlert } from '../throttle/ThrottleAlert';
import { useCountdown } from '../throttle/use-countdown';

// The contract's own input schema: any typed name is accepted here, and a wrong one is simply
// "wrong user name or password", never a format error that would tell names apart.
const signInSchema = sessionMethods['session.signIn'].input;
type SignInValues = z.input<typeof signInSchema>;

interface SignInFormProps {
  lastUserName: string | null;
  /** Absent where there is no admin to recover (mentor-only mode). */
  onForgotPassword?: () => void;
}

export function SignInForm({ lastUserName, onForgotPassword }: SignInFormProps) {
  const { t } = useTranslation('auth');
  const { apply, refresh } = useSession();
  const throttle = useCountdown();
  const [failure, setFailure] = useState<KaonaApiError | null>(null);
  const form = useForm<SignInValues>({
    resolver: zodResolver(signInSchema),
    defaultValues: { userName: lastUserName ?? '', password: '' },
  });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      apply(await callKaona((api) => api.session.signIn(values)));
    } catch (caught) {
      const error = toKaonaApiError(caught);
      form.resetField('password');
      form.setFocus('password');
      if (error.reason === 'throttled') throttle.start(error.retryAfterSeconds ?? 30);
      else setFailure(error);
      // A damaged key file or a database from elsewhere changes what this PC can do at all.
      if (error.code === 'CONFLICT') void refresh();
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <div>
          <Title order={1}>{t('signIn.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('signIn.subtitle')}
          </Text>
        </div>
        {failure && (
          <Alert color="red" variant="light" role="alert" title={t('signIn.failed')}>
            {errorMessage(failure, t)}
          </Alert>
        )}
        {failure?.reason && DATA_FOLDER_REASONS.includes(failure.reason) && (
          <ChooseDataFolderButton />
        )}
        <ThrottleAlert secondsLeft={throttle.secondsLeft} />
        <TextInput
          label={t('signIn.userName')}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          // The name is usually pre-filled: the password is what is left to type.
          autoFocus={!lastUserName}
          error={fieldErrorMessage(errors.userName, t)}
          {...form.register('userName')}
        />
        <PasswordField
          label={t('signIn.password')}
          autoComplete="current-password"
          autoFocus={!!lastUserName}
          error={fieldErrorMessage(errors.password, t)}
          {...form.register('password')}
        />
        <Button type="submit" loading={isSubmitting} disabled={throttle.secondsLeft > 0} fullWidth>
          {throttle.secondsLeft > 0
            ? t('throttle.button', { seconds: throttle.secondsLeft })
            : t('signIn.submit')}
        </Button>
        {onForgotPassword && (
          <Anchor component="button" type="button" size="sm" onClick={onForgotPassword}>
            {t('signIn.forgot')}
          </Anchor>
        )}
        <Text size="sm" c="dimmed">
          {t('signIn.sharedPc')}
        </Text>
      </Stack>
    </form>
  );
}
