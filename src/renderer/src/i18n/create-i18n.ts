import { createInstance, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../shared/domain/preferences';
import { catalogues } from './catalogues';
import { DEFAULT_NAMESPACE, NAMESPACES } from './feature-namespaces';

/** Logged, never thrown: a missing message must not take a clerk's screen down. Tests fail on it. */
export const MISSING_TRANSLATION = 'Kaona: missing translation';

/**
 * One i18next instance per app (and per test), with every namespace of both languages bundled:
 * nothing is fetched, so initialisation is synchronous. There is deliberately no fallback
 * language — an English screen must never quietly show Thai — and no fallback namespace — a
 * feature's key found in another namespace would hide a gap; the catalogue tests keep both
 * complete instead.
 */
export function createI18n(language: Language): i18n {
  const instance = createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    supportedLngs: LANGUAGES,
    fallbackLng: false,
    ns: NAMESPACES,
    defaultNS: DEFAULT_NAMESPACE,
    fallbackNS: false,
    resources: catalogues,
    initAsync: false,
    returnEmptyString: false,
    // React escapes what it renders; escaping here too would show "&amp;" to the clerk.
    interpolation: { escapeValue: false },
    saveMissing: true,
    missingKeyHandler: (languages, namespace, key) => {
      console.error(MISSING_TRANSLATION, languages.join(','), `${namespace}:${key}`);
    },
  });
  return instance;
}
