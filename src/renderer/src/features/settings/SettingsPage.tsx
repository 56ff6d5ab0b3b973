import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { LetterheadLink } from '../letterhead/LetterheadLink';
import { SkillsSection } from '../mentors/skills/SkillsSection';
import { RecoveryCodeSection } from '../vault/RecoveryCodeSection';
import { OfficeSettingsForm } from './OfficeSettingsForm';
import { settingsQueries } from './settings-queries';

export function SettingsPage() {
  const { t } = useTranslation('settings');
  const settings = useQuery(settingsQueries.office());
  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} description={t('intro')} />
      <QueryView query={settings} errorTitle={t('loadFailed')}>
        {(initial) => <OfficeSettingsForm initial={initial} />}
      </QueryView>
      <LetterheadLink />
      <SkillsSection />
      <RecoveryCodeSection />
    </Stack>
  );
}
