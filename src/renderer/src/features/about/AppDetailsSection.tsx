import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KaonaApi } from '../../../../shared/contract';
import { useKaonaQuery } from '../../api';
import { useLanguage } from '../../app/providers/language-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { AppDetails } from './AppDetails';

const loadAppInfo = (api: KaonaApi) => api.app.info();

export function AppDetailsSection() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  // Read again after a language switch: the info reports the saved language.
  const query = useKaonaQuery(loadAppInfo, language);
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="about-details">
      <Stack gap="sm">
        <Title order={2} id="about-details">
          {t('about.details.heading')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('about.details.hint')}
        </Text>
        {query.status === 'loading' && <LoadingState />}
        {query.status === 'error' && (
          <ErrorAlert
            title={t('about.details.loadFailed')}
            error={query.error}
            onRetry={query.retry}
          />
        )}
        {query.status === 'success' && <AppDetails info={query.data} />}
      </Stack>
    </Paper>
  );
}
