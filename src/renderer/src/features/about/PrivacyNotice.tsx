import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Information, not a warning: `role="note"` replaces Mantine's default `role="alert"`. */
export function PrivacyNotice() {
  const { t } = useTranslation('about');
  return (
    <Alert
      color="teal"
      variant="light"
      title={t('privacy.heading')}
      component="section"
      role="note"
    >
      <Text size="sm">{t('privacy.body')}</Text>
    </Alert>
  );
}
