import { DEFAULT_LANGUAGE, type Language } from '../../../../shared/domain/preferences';
import { callKaona } from '../../api';

/**
 * The language remembered on this PC. Unreadable preferences are not worth stopping the app for:
 * it starts in Thai, which is what most offices use anyway.
 */
export async function readSavedLanguage(): Promise<Language> {
  try {
    const preferences = await callKaona((api) => api.preferences.get());
    return preferences.language;
  } catch (error) {
    console.warn('Kaona: could not read preferences; starting in the default language', error);
    return DEFAULT_LANGUAGE;
  }
}
