import { Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A visible "loading…" line for a part of a page that is waiting for data. */
export function LoadingState() {
  const { t } = useTranslation();
  return (
    <Group gap="sm" role="status" py="md">
      <Loader size="sm" />
      <Text c="dimmed">{t('common.loading')}</Text>
    </Group>
  );
}
