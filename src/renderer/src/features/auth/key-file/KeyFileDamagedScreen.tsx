import { Alert, Button, Code, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useKaonaMutation } from '../../../api';
import { useLanguage } from '../../../app/providers/language-context';
import { useSession } from '../../../app/session/session-context';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { appInfoQueries } from '../../about/app-info-queries';
import { ChooseDataFolderButton } from '../data-folder/ChooseDataFolderButton';
import { AuthLayout } from '../layout/AuthLayout';

/**
 * The key slot file is unreadable, so nobody can sign in. The clerk's first fear is lost data:
 * say plainly that nothing was deleted, offer the one safe fix the app has, and name the folder
 * for whoever comes to help.
 */
export function KeyFileDamagedScreen({ backupUsable }: { backupUsable: boolean }) {
  const { t } = useTranslation('auth');
  const { apply } = useSession();
  const { language } = useLanguage();
  const dataDir = useQuery(appInfoQueries.info(language)).data?.dataDir;
  const restore = useKaonaMutation({
    call: (api) => api.session.restoreKeyBackup(),
    onSuccess: apply,
  });

  return (
    <AuthLayout width={600}>
      <Stack gap="md">
        <Title order={1}>{t('keyFile.title')}</Title>
        <Text>{t('keyFile.body')}</Text>
        <Alert color="teal" variant="light" role="note">
          <Text fw={700}>{t('keyFile.notDeleted')}</Text>
        </Alert>
        {backupUsable ? (
          <Stack gap="sm" align="flex-start">
            <Text>{t('keyFile.restoreIntro')}</Text>
            <Button onClick={() => restore.mutate()} loading={restore.isPending}>
              {t('keyFile.restore')}
            </Button>
          </Stack>
        ) : (
          <Text>{t('keyFile.noBackup')}</Text>
        )}
        {restore.isError && <ErrorAlert title={t('keyFile.restoreFailed')} error={restore.error} />}
        <Text>{t('keyFile.contact')}</Text>
        <ChooseDataFolderButton />
        {dataDir !== undefined && (
          <div>
            <Text size="sm" c="dimmed">
              {t('keyFile.dataDir')}
            </Text>
            <Code block>{dataDir}</Code>
          </div>
        )}
      </Stack>
    </AuthLayout>
  );
}
