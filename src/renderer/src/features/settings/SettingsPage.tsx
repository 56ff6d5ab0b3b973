import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KaonaApi } from '../../../../shared/contract';
import { useKaonaQuery } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { OfficeSettingsForm } from './OfficeSettingsForm';

const loadSettings = (api: KaonaApi) => api.settings.get();

export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useKaonaQuery(loadSettings);
  return (
    <Stack gap="lg">
      <Stack gap="xs" maw={720}>
        <Title order={1}>{t('settings.title')}</Title>
        <Text c="dimmed">{t('settings.intro')}</Text>
      </Stack>
      {settings.status === 'loading' && <LoadingState />}
      {settings.status === 'error' && (
        <ErrorAlert
          title={t('settings.loadFailed')}
          error={settings.error}
          onRetry={settings.retry}
        />
      )}
      {settings.status === 'success' && <OfficeSettingsForm initial={settings.data} />}
    </Stack>
  );
}
