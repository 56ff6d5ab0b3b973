import type { i18n as I18n } from 'i18next';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { Language } from '../../../../shared/domain/preferences';
import { callKaona, toKaonaApiError, type KaonaApiError } from '../../api';
import { StartupScreen } from '../../components/StartupScreen';
import { createI18n } from '../../i18n/create-i18n';
import { LanguageContext, type LanguageState } from './language-context';
import { readSavedLanguage } from './saved-language';

/**
 * Reads the language saved on this PC before showing anything translated (a loader until then,
 * so Thai offices never see an English flash), and keeps `<html lang>` in step with it so that
 * screen readers, hyphenation and line breaking use the right language.
 */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [i18n, setI18n] = useState<I18n | null>(null);
  const [language, setLanguage] = useState<Language | null>(null);
  const [saveError, setSaveError] = useState<KaonaApiError | null>(null);

  useEffect(() => {
    let current = true;
    void readSavedLanguage().then((saved) => {
      if (!current) return;
      setI18n(createI18n(saved));
      setLanguage(saved);
    });
    return () => {
      current = false;
    };
  }, []);

  useEffect(() => {
    if (!i18n || !language) return;
    document.documentElement.lang = language;
    document.title = i18n.t('app.name');
  }, [i18n, language]);

  const changeLanguage = useCallback(
    async (next: Language) => {
      if (!i18n) return;
      setSaveError(null);
      // Saved first, so that anything re-read after the switch (the about page) sees the new
      // value; the UI switches even if saving fails — the clerk asked for it.
      try {
        await callKaona((api) => api.preferences.set({ language: next }));
      } catch (error) {
        setSaveError(toKaonaApiError(error));
      }
      await i18n.changeLanguage(next);
      setLanguage(next);
    },
    [i18n],
  );

  const dismissSaveError = useCallback(() => setSaveError(null), []);

  const state = useMemo<LanguageState | null>(
    () => (language ? { language, changeLanguage, saveError, dismissSaveError } : null),
    [language, changeLanguage, saveError, dismissSaveError],
  );

  if (!i18n || !state) return <StartupScreen />;
  return (
    <I18nextProvider i18n={i18n}>
      <LanguageContext value={state}>{children}</LanguageContext>
    </I18nextProvider>
  );
}
