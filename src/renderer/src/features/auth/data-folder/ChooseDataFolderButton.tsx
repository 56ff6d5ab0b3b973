import { Alert, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { callKaona, errorMessage } from '../../../api';

/** Database failures after which another data folder may be the way out. */
export const DATA_FOLDER_REASONS: readonly string[] = [
  'database_unreadable',
  'database_damaged',
  'database_newer',
  'database_missing',
  'key_file_damaged',
];

/**
 * "Open another data folder": a damaged or foreign database must never be deleted to make room,
 * so the way forward is to point Kaona elsewhere (the desktop app asks for a folder and restarts).
 */
export function ChooseDataFolderButton() {
  const { t } = useTranslation('auth');
  const [state, setState] = useState<'idle' | 'choosing' | 'restarting'>('idle');
  const [failure, setFailure] = useState<unknown>(null);

  const choose = async () => {
    setState('choosing');
    setFailure(null);
    try {
      const { chosen } = await callKaona((api) => api.app.chooseDataFolder());
      setState(chosen ? 'restarting' : 'idle');
    } catch (error) {
      setFailure(error);
      setState('idle');
    }
  };

  return (
    <Stack gap="xs" align="flex-start">
      <Text size="sm">{t('dataFolder.hint')}</Text>
      <Button
        variant="default"
        onClick={() => void choose()}
        loading={state === 'choosing'}
        disabled={state === 'restarting'}
      >
        {t('dataFolder.choose')}
      </Button>
      {state === 'restarting' && (
        <Text size="sm" role="status">
          {t('dataFolder.restarting')}
        </Text>
      )}
      {failure !== null && (
        <Alert color="red" variant="light" role="alert">
          {errorMessage(failure, t)}
        </Alert>
      )}
    </Stack>
  );
}
