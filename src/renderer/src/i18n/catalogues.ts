import type { Language } from '../../../shared/domain/preferences';
import en from './locales/en.json';
import th from './locales/th.json';

/** The shape of a catalogue. Thai is the reference language, so its file defines the keys. */
export type Catalogue = typeof th;

// Typing English as Thai's shape makes a key missing from en.json a compile error; the renderer
// tests check the other direction (no extra keys) and that no message is empty.
export const catalogues: Readonly<Record<Language, Catalogue>> = { th, en };
