import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../../shared/domain/preferences';
import { useLanguage } from '../providers/language-context';

function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** ไทย | English. Each name is written in its own language, so either reader can find theirs. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, changeLanguage } = useLanguage();
  return (
    <SegmentedControl
      aria-label={t('language.label')}
      size="sm"
      value={language}
      onChange={(value) => {
        if (isLanguage(value)) void changeLanguage(value);
      }}
      data={LANGUAGES.map((code) => ({
        value: code,
        label: <span lang={code}>{t(`language.${code}`)}</span>,
      }))}
    />
  );
}
