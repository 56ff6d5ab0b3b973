import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The office exists and the admin is signed in; one button into the app. */
export function SetupDone({ onStart }: { onStart: () => void }) {
  const { t } = useTranslation('auth');
  return (
    <Stack gap="md">
      <Title order={2}>{t('setup.done.heading')}</Title>
      <Text>{t('setup.done.body')}</Text>
      <Group justify="flex-end">
        <Button onClick={onStart} autoFocus>
          {t('setup.done.start')}
        </Button>
      </Group>
    </Stack>
  );
}
