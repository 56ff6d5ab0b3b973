import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session/session-context';
import { RestoreFlow } from './RestoreFlow';

/** `/restore`: the signed-in admin restores a backup (linked from `/backup`). */
export function RestorePage() {
  const { t } = useTranslation('restore');
  const { apply } = useSession();
  return (
    <Stack gap="lg" maw={900}>
      <div>
        <Title order={1}>{t('title')}</Title>
        <Text c="dimmed">{t('flow.intro')}</Text>
      </div>
      <RestoreFlow onFinished={apply} />
    </Stack>
  );
}
