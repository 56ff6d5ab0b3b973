import 'i18next';
import type { Catalogue } from './catalogues';

// Typed keys: `t('about.titel')` is a compile error rather than a raw key on screen.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalogue };
  }
}
