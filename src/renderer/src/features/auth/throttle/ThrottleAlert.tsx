import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** "Too many wrong attempts, wait N seconds", counting down; gone when the wait is over. */
export function ThrottleAlert({ secondsLeft }: { secondsLeft: number }) {
  const { t } = useTranslation('auth');
  if (secondsLeft <= 0) return null;
  return (
    <Alert color="orange" variant="light" role="alert">
      {t('throttle.wait', { seconds: secondsLeft })}
    </Alert>
  );
}
