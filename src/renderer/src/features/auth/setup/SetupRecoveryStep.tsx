import { Alert, Checkbox, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RecoveryCodeDisplay } from './RecoveryCodeDisplay';
import { RecoveryCodePrint } from './RecoveryCodePrint';

interface SetupRecoveryStepProps {
  recoveryCode: string;
  agencyName: string;
  stored: boolean;
  onStoredChange: (stored: boolean) => void;
  /** Set when "finish" was pressed without the tick. */
  storedMissing: boolean;
}

/** Shows the recovery code once, says what it is for, and prints it. */
export function SetupRecoveryStep(props: SetupRecoveryStepProps) {
  const { recoveryCode, agencyName, stored, onStoredChange, storedMissing } = props;
  const { t } = useTranslation('auth');
  return (
    <Stack gap="md">
      <Title order={2}>{t('setup.recovery.heading')}</Title>
      <Text>{t('setup.recovery.purpose')}</Text>
      <Paper withBorder p="lg" bg="gray.0">
        <RecoveryCodeDisplay code={recoveryCode} label={t('setup.recovery.codeLabel')} />
      </Paper>
      <Alert color="yellow" variant="light" role="note">
        <Stack gap="xs">
          <Text size="sm" fw={500}>
            {t('setup.recovery.once')}
          </Text>
          <Text size="sm">{t('setup.recovery.secret')}</Text>
        </Stack>
      </Alert>
      <RecoveryCodePrint agencyName={agencyName} recoveryCode={recoveryCode} />
      <Checkbox
        label={t('setup.recovery.stored')}
        checked={stored}
        onChange={(event) => onStoredChange(event.currentTarget.checked)}
        error={storedMissing && !stored ? t('setup.recovery.storedRequired') : undefined}
        size="md"
      />
    </Stack>
  );
}
