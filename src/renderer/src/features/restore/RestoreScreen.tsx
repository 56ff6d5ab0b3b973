import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session/session-context';
import { AuthLayout } from '../auth/layout/AuthLayout';
import { RestoreFlow } from './RestoreFlow';

/**
 * The restore flow before anyone can sign in (first run, database missing): main allows it only
 * in those states, and only with an admin password of the backup. Done, the app shows sign-in.
 */
export function RestoreScreen({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation('restore');
  const { apply } = useSession();
  return (
    <AuthLayout width={800} withLanguageSwitch={false}>
      <Stack gap="lg">
        <Title order={1}>{t('title')}</Title>
        <RestoreFlow onFinished={apply} onCancel={onCancel} />
      </Stack>
    </AuthLayout>
  );
}
