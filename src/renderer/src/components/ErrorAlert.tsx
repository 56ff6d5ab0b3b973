import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api';

interface ErrorAlertProps {
  /** What could not be done, in the clerk's words ("the program details could not be shown"). */
  title: string;
  error: unknown;
  onRetry?: () => void;
  /** The retry is under way: the button says so instead of inviting a second click. */
  retrying?: boolean;
}

/** A failed call: what did not work, the translated reason, and a way to try again. */
export function ErrorAlert({ title, error, onRetry, retrying = false }: ErrorAlertProps) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" title={title} role="alert">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{errorMessage(error, t)}</Text>
        {onRetry && (
          <Button variant="default" size="xs" onClick={onRetry} loading={retrying}>
            {t('common.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
