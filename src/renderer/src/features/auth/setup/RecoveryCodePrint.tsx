import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePrintSheet } from '../../../components/print/use-print-sheet';
import { RecoveryCodeSheet } from './RecoveryCodeSheet';

interface RecoveryCodePrintProps {
  agencyName: string;
  recoveryCode: string;
}

/** "Print the sheet", with the reminder that paper is the point (first run and renewal alike). */
export function RecoveryCodePrint({ agencyName, recoveryCode }: RecoveryCodePrintProps) {
  const { t } = useTranslation('auth');
  const { printing, print } = usePrintSheet();
  return (
    <Stack gap={6} align="flex-start">
      <Button variant="light" onClick={print}>
        {t('setup.recovery.print')}
      </Button>
      <Text size="sm" c="dimmed">
        {t('setup.recovery.printHint')}
      </Text>
      <RecoveryCodeSheet agencyName={agencyName} recoveryCode={recoveryCode} printing={printing} />
    </Stack>
  );
}
