import { Alert, Button, Code, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KaonaApi } from '../../../../../shared/contract';
import { callKaona, useKaonaQuery } from '../../../api';
import { useSession } from '../../../app/session/session-context';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ChooseDataFolderButton } from '../data-folder/ChooseDataFolderButton';
import { AuthLayout } from '../layout/AuthLayout';

const loadAppInfo = (api: KaonaApi) => api.app.info();

/**
 * The key slot file is unreadable, so nobody can sign in. The clerk's first fear is lost data:
 * say plainly that nothing was deleted, offer the one safe fix the app has, and name the folder
 * for whoever comes to help.
 */
export function KeyFileDamagedScreen({ backupUsable }: { backupUsable: boolean }) {
  const { t } = useTranslation();
  const { apply } = useSession();
  const appInfo = useKaonaQuery(loadAppInfo);
  const [restoring, setRestoring] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  const restore = async () => {
    setRestoring(true);
    setFailure(null);
    try {
      apply(await callKaona((api) => api.session.restoreKeyBackup()));
    } catch (error) {
      setFailure(error);
      setRestoring(false);
    }
  };

  return (
    <AuthLayout width={600}>
      <Stack gap="md">
        <Title order={1}>{t('auth.keyFile.title')}</Title>
        <Text>{t('auth.keyFile.body')}</Text>
        <Alert color="teal" variant="light" role="note">
          <Text fw={700}>{t('auth.keyFile.notDeleted')}</Text>
        </Alert>
        {backupUsable ? (
          <Stack gap="sm" align="flex-start">
            <Text>{t('auth.keyFile.restoreIntro')}</Text>
            <Button onClick={() => void restore()} loading={restoring}>
              {t('auth.keyFile.restore')}
            </Button>
          </Stack>
        ) : (
          <Text>{t('auth.keyFile.noBackup')}</Text>
        )}
        {failure !== null && <ErrorAlert title={t('auth.keyFile.restoreFailed')} error={failure} />}
        <Text>{t('auth.keyFile.contact')}</Text>
        <ChooseDataFolderButton />
        {appInfo.status === 'success' && (
          <div>
            <Text size="sm" c="dimmed">
              {t('auth.keyFile.dataDir')}
            </Text>
            <Code block>{appInfo.data.dataDir}</Code>
          </div>
        )}
      </Stack>
    </AuthLayout>
  );
}
