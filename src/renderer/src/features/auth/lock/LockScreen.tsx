import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { sessionMethods } from '../../../../../shared/contract/methods/session';
import { callKaona, errorMessage, toKaonaApiError, type KaonaApiError } from '../../../api';
import { useSession } from '../../../app/session/session-context';
import { PasswordField } from '../../../components/PasswordField';
import { fieldErrorMessage } from '../../../components/field-error';
import { AuthLayout } from '../layout/AuthLayout';
import { ThrottleAlert } from '../throttle/ThrottleAlert';
import { useCountdown } from '../throttle/use-countdown';

const unlockSchema = sessionMethods['session.unlock'].input;
type UnlockValues = z.input<typeof unlockSchema>;

interface LockScreenProps {
  user: { userName: string; fullName: string };
}

/**
 * The database is closed and its key wiped; only the person who locked it (or, through
 * "switch user", someone else signing in) can go on.
 */
export function LockScreen({ user }: LockScreenProps) {
  const { t } = useTranslation('auth');
  const { apply, refresh } = useSession();
  const throttle = useCountdown();
  const [failure, setFailure] = useState<KaonaApiError | null>(null);
  const [switching, setSwitching] = useState(false);
  const form = useForm<UnlockValues>({
    resolver: zodResolver(unlockSchema),
    defaultValues: { password: '' },
  });
  const { errors, isSubmitting } = form.formState;

  const unlock = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      apply(await callKaona((api) => api.session.unlock(values)));
    } catch (caught) {
      const error = toKaonaApiError(caught);
      form.resetField('password');
      form.setFocus('password');
      if (error.reason === 'throttled') throttle.start(error.retryAfterSeconds ?? 30);
      else setFailure(error);
      // The account may have been disabled meanwhile (main then signs it out), or the PC's key
      // file may be damaged: either way the lock screen is no longer the right screen.
      void refresh();
    }
  });

  const switchUser = async () => {
    setSwitching(true);
    try {
      apply(await callKaona((api) => api.session.switchUser()));
    } catch (caught) {
      setFailure(toKaonaApiError(caught));
      setSwitching(false);
    }
  };

  return (
    <AuthLayout>
      <form onSubmit={unlock} noValidate>
        <Stack gap="md">
          <Title order={1}>{t('lock.title')}</Title>
          <Text size="sm">{t('lock.body')}</Text>
          <div>
            <Text size="sm" c="dimmed">
              {t('lock.lockedBy')}
            </Text>
            <Text fw={700} size="lg" data-testid="locked-user">
              {user.fullName}
            </Text>
            <Text size="sm" c="dimmed">
              {user.userName}
            </Text>
          </div>
          {failure && (
            <Alert color="red" variant="light" role="alert" title={t('lock.failed')}>
              {failure.reason === 'bad_credentials'
                ? t('lock.wrongPassword')
                : errorMessage(failure, t)}
            </Alert>
          )}
          <ThrottleAlert secondsLeft={throttle.secondsLeft} />
          <PasswordField
            label={t('lock.password', { name: user.fullName })}
            autoComplete="current-password"
            autoFocus
            error={fieldErrorMessage(errors.password, t)}
            {...form.register('password')}
          />
          <Button
            type="submit"
            loading={isSubmitting}
            disabled={throttle.secondsLeft > 0}
            fullWidth
          >
            {throttle.secondsLeft > 0
              ? t('throttle.button', { seconds: throttle.secondsLeft })
              : t('lock.unlock')}
          </Button>
          <Divider />
          <Text size="sm" c="dimmed">
            {t('lock.switchHint', { name: user.fullName })}
          </Text>
          <Group justify="flex-start">
            <Button variant="default" onClick={() => void switchUser()} loading={switching}>
              {t('lock.switchUser')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AuthLayout>
  );
}
