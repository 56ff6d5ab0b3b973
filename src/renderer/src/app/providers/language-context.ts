import { createContext, useContext } from 'react';
import type { Language } from '../../../../shared/domain/preferences';
import type { KaonaApiError } from '../../api';

export interface LanguageState {
  language: Language;
  /** Switches the UI and remembers the choice on this PC. Never rejects: see `saveError`. */
  changeLanguage: (next: Language) => Promise<void>;
  /** Set when the last choice could not be saved (the UI switched anyway). */
  saveError: KaonaApiError | null;
  dismissSaveError: () => void;
}

export const LanguageContext = createContext<LanguageState | null>(null);

export function useLanguage(): LanguageState {
  const state = useContext(LanguageContext);
  if (!state) throw new Error('useLanguage() needs a <LanguageProvider> above it');
  return state;
}
