import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api';
import { useLanguage } from '../providers/language-context';

/** Tells the clerk that the language they chose will not be remembered, and why. */
export function LanguageSaveAlert() {
  const { t } = useTranslation();
  const { saveError, dismissSaveError } = useLanguage();
  if (!saveError) return null;
  return (
    <Alert
      color="yellow"
      variant="light"
      role="alert"
      title={t('language.saveFailed')}
      withCloseButton
      closeButtonLabel={t('common.close')}
      onClose={dismissSaveError}
      mb="lg"
      maw={880}
    >
      <Text size="sm">{errorMessage(saveError, t)}</Text>
    </Alert>
  );
}
