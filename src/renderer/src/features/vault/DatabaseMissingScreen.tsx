import { Alert, Button, Code, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/providers/language-context';
import { useSession } from '../../app/session/session-context';
import { appInfoQueries } from '../about/app-info-queries';
import { ChooseDataFolderButton } from '../auth/data-folder/ChooseDataFolderButton';
import { AuthLayout } from '../auth/layout/AuthLayout';
import { RestoreOffer } from '../restore/RestoreOffer';
import { RestoreScreen } from '../restore/RestoreScreen';

/**
 * The key files are in the data folder but kaona.db is not. This is never first-run setup (a new
 * database beside the old keys would bury the office's data): the file was moved by antivirus, a
 * sync tool or a person, so the screen says so, and the way out is to put it back and try again.
 */
export function DatabaseMissingScreen() {
  const { t } = useTranslation('vault');
  const { refresh } = useSession();
  const { language } = useLanguage();
  const appInfo = useQuery(appInfoQueries.info(language)).data;
  const [checking, setChecking] = useState(false);
  const [checked, setChecked] = useState(false);
  const [restoring, setRestoring] = useState(false);

  // Still mounted after main answered: the file is still not there (else another screen shows).
  const tryAgain = async () => {
    setChecking(true);
    await refresh();
    setChecking(false);
    setChecked(true);
  };

  if (restoring) return <RestoreScreen onCancel={() => setRestoring(false)} />;

  return (
    <AuthLayout width={640}>
      <Stack gap="md">
        <Title order={1}>{t('databaseMissing.title')}</Title>
        <Text>{t('databaseMissing.body')}</Text>
        <Alert color="teal" variant="light" role="note">
          <Text fw={700}>{t('databaseMissing.notDeleted')}</Text>
        </Alert>
        <Text>{t('databaseMissing.causes')}</Text>
        <Title order={2} size="h4">
          {t('databaseMissing.whatToDo')}
        </Title>
        <List type="ordered" spacing="sm">
          <List.Item>
            <Stack gap="xs" align="flex-start">
              <Text>{t('databaseMissing.putBack')}</Text>
              <Button onClick={() => void tryAgain()} loading={checking}>
                {t('databaseMissing.retry')}
              </Button>
              {checked && !checking && (
                <Text size="sm" c="red.8" role="status">
                  {t('databaseMissing.stillMissing')}
                </Text>
              )}
            </Stack>
          </List.Item>
          {/* Only the desktop app can switch folders (it asks for one and restarts). */}
          {appInfo?.runtime.electron && (
            <List.Item>
              <Stack gap="xs" align="flex-start">
                <Text>{t('databaseMissing.otherFolder')}</Text>
                <ChooseDataFolderButton />
              </Stack>
            </List.Item>
          )}
          <List.Item>
            <RestoreOffer onStart={() => setRestoring(true)} />
          </List.Item>
          <List.Item>
            <Text>{t('databaseMissing.callIt')}</Text>
          </List.Item>
        </List>
        {appInfo && (
          <div>
            <Text size="sm" c="dimmed">
              {t('databaseMissing.dataDir')}
            </Text>
            <Code block>{appInfo.dataDir}</Code>
          </div>
        )}
      </Stack>
    </AuthLayout>
  );
}
