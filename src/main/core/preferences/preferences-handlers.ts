import type { FeatureHandlers } from '../handlers';
import type { PreferencesStore } from './preferences-store';

/** The PC's preferences (language, last user name): readable before anyone signs in. */
export function preferencesHandlers(preferences: PreferencesStore): FeatureHandlers<'preferences'> {
  return {
    'preferences.get': () => preferences.get(),
    'preferences.set': (patch) => preferences.set(patch),
  };
}
