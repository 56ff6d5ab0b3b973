import { Alert, Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { roleHasPermission } from '../../../../shared/permissions';
import { formatBuddhistInstantDate } from '../../../../shared/thai';
import { useLanguage } from '../../app/providers/language-context';
import { useSignedInUser } from '../../app/session/session-context';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { BackupAnchor } from './BackupAnchor';
import { BackupHistory } from './BackupHistory';
import { BackupNow } from './BackupNow';
import { backupQueries } from './backup-queries';

/** `/backup`: what a backup is for, in plain Thai; make one now; the anchor; the history. */
export function BackupPage() {
  const { t } = useTranslation('backup');
  const { language } = useLanguage();
  const { role } = useSignedInUser();
  const status = useQuery(backupQueries.status());

  return (
    <Stack gap="xl">
      <PageHeader title={t('title')} description={t('description')} />
      <Stack gap="xs" component="section" aria-labelledby="backup-how-heading" maw={760}>
        <Title order={2} size="h4" id="backup-how-heading">
          {t('explain.heading')}
        </Title>
        <List spacing="xs">
          <List.Item>{t('explain.usb')}</List.Item>
          <List.Item>{t('explain.safe')}</List.Item>
          <List.Item>{t('explain.password')}</List.Item>
          <List.Item>{t('explain.anchor')}</List.Item>
        </List>
      </Stack>
      <QueryView query={status} errorTitle={t('title')}>
        {(current) => (
          <Stack gap="lg">
            <Alert
              color={current.reminderDue ? 'yellow' : 'teal'}
              data-testid="backup-last"
              maw={760}
            >
              {current.lastBackupAt === null
                ? t('last.none')
                : // "(0 วันที่แล้ว)" reads oddly on the day itself: say today.
                  t(current.daysSince ? 'last.when' : 'last.whenToday', {
                    date: formatBuddhistInstantDate(current.lastBackupAt, language),
                    days: current.daysSince ?? 0,
                  })}{' '}
              {t('last.every', { days: current.reminderDays })}
            </Alert>
            <BackupNow />
            <BackupAnchor anchor={current.lastAnchor} />
          </Stack>
        )}
      </QueryView>
      <Stack gap="xs" component="section" aria-labelledby="backup-history-heading">
        <Title order={2} size="h4" id="backup-history-heading">
          {t('history.heading')}
        </Title>
        <BackupHistory />
      </Stack>
      {roleHasPermission(role, 'backup.restore') && (
        <Text size="sm">
          {t('restore.body')}{' '}
          <Anchor component={Link} to="/restore" data-testid="backup-restore-link">
            {t('restore.link')}
          </Anchor>
        </Text>
      )}
    </Stack>
  );
}
