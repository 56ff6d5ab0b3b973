import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AppDetailsSection } from './AppDetailsSection';
import { PrivacyNotice } from './PrivacyNotice';
import { ProgrammeSection } from './ProgrammeSection';

export function AboutPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" maw={880}>
      <Title order={1}>{t('about.title')}</Title>
      <ProgrammeSection />
      <PrivacyNotice />
      <AppDetailsSection />
    </Stack>
  );
}
