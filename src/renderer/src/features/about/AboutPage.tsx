import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { AppDetailsSection } from './AppDetailsSection';
import { PrivacyNotice } from './PrivacyNotice';
import { ProgrammeSection } from './ProgrammeSection';

export function AboutPage() {
  const { t } = useTranslation('about');
  return (
    <Stack gap="lg" maw={880}>
      <PageHeader title={t('title')} />
      <ProgrammeSection />
      <PrivacyNotice />
      <AppDetailsSection />
    </Stack>
  );
}
