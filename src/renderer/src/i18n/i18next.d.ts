import 'i18next';
import type { Catalogue } from './catalogues';

// Typed keys per namespace: `t('titel')` under `useTranslation('accounts')`, or a namespace that
// does not exist, is a compile error rather than a raw key on screen.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'shell';
    resources: Catalogue;
  }
}
