import { Alert, Button, Group, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession, useSignedInUser } from '../../../app/session/session-context';
import { useSessionCommands } from '../../../app/session/session-commands';
import { AuthLayout } from '../layout/AuthLayout';
import { ChangePasswordForm } from './ChangePasswordForm';

/**
 * After an admin set a temporary password, main refuses everything but this (and lock/sign out)
 * until the person chooses their own; the app behind it is not even mounted.
 */
export function ForcedPasswordChange() {
  const { t } = useTranslation('auth');
  const { apply } = useSession();
  const user = useSignedInUser();
  const { signOut } = useSessionCommands();
  return (
    <AuthLayout width={520}>
      <Stack gap="md">
        <Title order={1}>{t('password.forced.title')}</Title>
        <Alert color="blue" variant="light" role="note">
          {t('password.forced.body')}
        </Alert>
        <ChangePasswordForm
          user={user}
          currentLabel={t('password.forced.current')}
          onChanged={apply}
        />
        <Group justify="flex-end">
          <Button variant="subtle" onClick={signOut}>
            {t('password.forced.signOut')}
          </Button>
        </Group>
      </Stack>
    </AuthLayout>
  );
}
