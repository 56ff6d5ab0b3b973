import { Alert, Button, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api';
import { useSession } from '../../app/session/session-context';
import { RecoveryCodeDisplay } from '../auth/setup/RecoveryCodeDisplay';
import { RecoveryCodePrint } from '../auth/setup/RecoveryCodePrint';

interface NewRecoveryCodeStepProps {
  recoveryCode: string;
  /** Only once the admin has ticked that the code is stored: main then puts it in force. */
  onDone: () => void;
  confirming: boolean;
  /** Main refused to put the code in force (it expired with a lock): the old code still works. */
  failure: unknown;
  onClose: () => void;
}

/** The new code, shown once, with its printable sheet and the "I have stored it" tick. */
export function NewRecoveryCodeStep({
  recoveryCode,
  onDone,
  confirming,
  failure,
  onClose,
}: NewRecoveryCodeStepProps) {
  const { t } = useTranslation(['vault', 'auth', 'shell']);
  const { info } = useSession();
  const agencyName = info.status === 'signed-in' ? info.agencyName : '';
  const [stored, setStored] = useState(false);
  const [storedMissing, setStoredMissing] = useState(false);

  return (
    <Stack gap="md">
      <Title order={2} size="h4">
        {t('renew.codeHeading')}
      </Title>
      <Paper withBorder p="lg" bg="gray.0">
        <RecoveryCodeDisplay code={recoveryCode} label={t('renew.codeLabel')} />
      </Paper>
      <Alert color="yellow" variant="light" role="note">
        <Stack gap="xs">
          <Text size="sm" fw={500}>
            {t('renew.once')}
          </Text>
          <Text size="sm">{t('auth:setup.recovery.secret')}</Text>
        </Stack>
      </Alert>
      <RecoveryCodePrint agencyName={agencyName} recoveryCode={recoveryCode} />
      <Checkbox
        label={t('renew.stored')}
        checked={stored}
        onChange={(event) => setStored(event.currentTarget.checked)}
        error={storedMissing && !stored ? t('renew.storedRequired') : undefined}
        size="md"
      />
      {failure ? (
        <Alert color="red" variant="light" role="alert">
          {errorMessage(failure, t)}
        </Alert>
      ) : null}
      <Group justify="flex-end">
        {failure ? (
          <Button variant="default" onClick={onClose}>
            {t('shell:common.close')}
          </Button>
        ) : (
          <Button loading={confirming} onClick={() => (stored ? onDone() : setStoredMissing(true))}>
            {t('renew.done')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
