import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Why a referral cannot be made, and what to do about it: passing a person's data to another
 * agency needs their `referral` consent (PDPA s.19, s.27); main refuses it anyway.
 */
export function NoConsentAlert() {
  const { t } = useTranslation('referrals');
  return (
    <Alert color="yellow" variant="light" title={t('noConsent.title')} role="status">
      <Text size="sm">{t('noConsent.why')}</Text>
      <Text size="sm" mt="xs">
        {t('noConsent.how')}
      </Text>
    </Alert>
  );
}
