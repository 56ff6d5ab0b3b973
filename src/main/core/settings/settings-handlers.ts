import type { FeatureHandlers } from '../handlers';
import { readOfficeSettings } from './office-settings';
import { updateOfficeSettings } from './settings-service';

export interface SettingsDeps {
  /** A new idle-lock time applies at once, not at the next sign-in. */
  setIdleLockMinutes: (minutes: number) => void;
}

export function settingsHandlers(deps: SettingsDeps): FeatureHandlers<'settings'> {
  return {
    'settings.get': (_input, call) => readOfficeSettings(call.db),
    'settings.update': async (patch, call) => {
      const { settings, changed } = await updateOfficeSettings(call, patch);
      if (changed.includes('idleLockMinutes')) deps.setIdleLockMinutes(settings.idleLockMinutes);
      return settings;
    },
  };
}
