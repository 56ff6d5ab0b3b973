import { Button, Group, Paper, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface SetupFooterProps {
  busy: boolean;
  /** Step 2 offers a way back to correct step 1; the recovery code stays the same. */
  onBack?: () => void;
  primaryLabel: string;
  onPrimary?: () => void;
  onCancel: () => Promise<void>;
}

/**
 * Cancel, back and next/finish. Cancelling throws away what was typed, so it asks once first,
 * in place rather than in a dialog.
 */
export function SetupFooter({ busy, onBack, primaryLabel, onPrimary, onCancel }: SetupFooterProps) {
  const { t } = useTranslation('auth');
  const [confirming, setConfirming] = useState(false);
  const [cancelling, setCancelling] = useState(false);

  if (confirming) {
    return (
      <Paper withBorder p="md" bg="red.0" role="alertdialog" aria-label={t('setup.cancel')}>
        <Text mb="sm">{t('setup.cancelQuestion')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setConfirming(false)} disabled={cancelling}>
            {t('setup.cancelNo')}
          </Button>
          <Button
            color="red"
            loading={cancelling}
            onClick={() => {
              setCancelling(true);
              void onCancel().finally(() => {
                setCancelling(false);
                setConfirming(false);
              });
            }}
          >
            {t('setup.cancelYes')}
          </Button>
        </Group>
      </Paper>
    );
  }

  return (
    <Group justify="space-between">
      <Button variant="subtle" color="red" onClick={() => setConfirming(true)} disabled={busy}>
        {t('setup.cancel')}
      </Button>
      <Group gap="sm">
        {onBack && (
          <Button variant="default" onClick={onBack} disabled={busy}>
            {t('setup.back')}
          </Button>
        )}
        <Button type={onPrimary ? 'button' : 'submit'} onClick={onPrimary} loading={busy}>
          {primaryLabel}
        </Button>
      </Group>
    </Group>
  );
}
