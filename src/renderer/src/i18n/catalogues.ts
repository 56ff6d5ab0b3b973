import type { Language } from '../../../shared/domain/preferences';
import enAdmin from './locales/en/admin.json';
import enAuth from './locales/en/auth.json';
import enShell from './locales/en/shell.json';
import thAdmin from './locales/th/admin.json';
import thAuth from './locales/th/auth.json';
import thShell from './locales/th/shell.json';

/**
 * The catalogues, one file per area (shell, auth, admin…) so that features can be written side by
 * side; each file owns distinct top-level keys. Thai is the reference language: its files define
 * the keys.
 */
const th = { ...thShell, ...thAuth, ...thAdmin };
export type Catalogue = typeof th;

// Typing English as Thai's shape makes a key missing from English a compile error; the renderer
// tests check the other direction (no extra keys), that no message is empty, and that no two
// files claim the same top-level key.
const en: Catalogue = { ...enShell, ...enAuth, ...enAdmin };

export const catalogues: Readonly<Record<Language, Catalogue>> = { th, en };

/** The per-area files, for the test that no two of them claim the same top-level key. */
export const catalogueParts: Readonly<Record<Language, readonly object[]>> = {
  th: [thShell, thAuth, thAdmin],
  en: [enShell, enAuth, enAdmin],
};
