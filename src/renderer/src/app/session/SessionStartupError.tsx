import { Center, Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { KaonaApiError } from '../../api';

/** main could not even say whether anyone is signed in: nothing else can be shown. */
export function SessionStartupError({
  error,
  onRetry,
}: {
  error: KaonaApiError;
  onRetry: () => void;
}) {
  const { t } = useTranslation('auth');
  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Paper withBorder p="lg" maw={560} w="100%">
        <ErrorAlert title={t('startup.failed')} error={error} onRetry={onRetry} />
      </Paper>
    </Center>
  );
}
