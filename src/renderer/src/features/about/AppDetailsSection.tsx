import { Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/providers/language-context';
import { QueryView } from '../../components/QueryView';
import { appInfoQueries } from './app-info-queries';
import { AppDetails } from './AppDetails';

export function AppDetailsSection() {
  const { t } = useTranslation('about');
  const { language } = useLanguage();
  const appInfo = useQuery(appInfoQueries.info(language));
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="about-details">
      <Stack gap="sm">
        <Title order={2} id="about-details">
          {t('details.heading')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('details.hint')}
        </Text>
        <QueryView query={appInfo} errorTitle={t('details.loadFailed')}>
          {(info) => <AppDetails info={info} />}
        </QueryView>
      </Stack>
    </Paper>
  );
}
