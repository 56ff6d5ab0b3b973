import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RenewRecoveryCodeModal } from './RenewRecoveryCodeModal';
import { useCanManageVault } from './use-can-manage-vault';

/** The settings page's way to a new recovery code, whether or not a notice asks for one. */
export function RecoveryCodeSection() {
  const { t } = useTranslation('vault');
  const [renewing, setRenewing] = useState(false);
  if (!useCanManageVault()) return null;
  return (
    <Paper withBorder p="lg" maw={720} component="section" aria-labelledby="recovery-code-heading">
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h3" id="recovery-code-heading">
          {t('settings.heading')}
        </Title>
        <Text>{t('settings.body')}</Text>
        <Button variant="light" onClick={() => setRenewing(true)}>
          {t('settings.renew')}
        </Button>
      </Stack>
      {renewing && <RenewRecoveryCodeModal onClose={() => setRenewing(false)} />}
    </Paper>
  );
}
