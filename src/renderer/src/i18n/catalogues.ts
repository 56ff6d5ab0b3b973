import type { Language } from '../../../shared/domain/preferences';
import { FEATURE_NAMESPACES, NAMESPACES, type FeatureNamespace } from './feature-namespaces';

/** Thai is the reference language: its files define each namespace's keys. */
export type Catalogue = { [N in FeatureNamespace]: (typeof FEATURE_NAMESPACES)[N]['th'] };

function catalogue(language: Language): Catalogue {
  return Object.fromEntries(
    NAMESPACES.map((namespace) => [namespace, FEATURE_NAMESPACES[namespace][language]]),
  ) as Catalogue;
}

/** Both languages, namespace by namespace: `catalogues.th.accounts.title`. */
export const catalogues: Readonly<Record<Language, Catalogue>> = {
  th: catalogue('th'),
  en: catalogue('en'),
};
