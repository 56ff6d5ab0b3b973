import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Cannot be dismissed: it goes when a new code has been made and stored. */
export function RecoveryRenewalNotice({ onRenew }: { onRenew: () => void }) {
  const { t } = useTranslation('vault');
  return (
    <Alert color="yellow" variant="light" role="note" title={t('notices.renewal.title')}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('notices.renewal.why')}</Text>
        <Button size="sm" onClick={onRenew}>
          {t('notices.renewal.action')}
        </Button>
      </Stack>
    </Alert>
  );
}
