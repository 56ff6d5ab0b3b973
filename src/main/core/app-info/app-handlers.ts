import type { AppInfo } from '../../../shared/domain/app-info';
import { AppError } from '../errors';
import type { FeatureHandlers } from '../handlers';
import type { PreferencesStore } from '../preferences/preferences-store';
import { describeApp, type AppIdentity } from './app-info';

export interface AppDeps {
  identity: AppIdentity;
  preferences: PreferencesStore;
  /** Desktop only: pick another data folder; resolves false when the person cancels. */
  chooseDataFolder?: () => Promise<boolean>;
  /** What the host can print (PDF, paper), for the page to offer only what works. */
  printing?: AppInfo['printing'];
}

export function appHandlers(deps: AppDeps): FeatureHandlers<'app'> {
  return {
    'app.info': () =>
      describeApp(
        deps.identity,
        deps.preferences.get().language,
        deps.printing ?? { pdf: false, paper: false },
      ),
    'app.chooseDataFolder': async (_input, call) => {
      if (!deps.chooseDataFolder) throw new AppError('CONFLICT', 'not_available_here');
      // Only while nobody is signed in: switching folders under an open database would strand it.
      if (call.session.status !== 'signed-out') throw new AppError('CONFLICT', 'sign_out_first');
      return { chosen: await deps.chooseDataFolder() };
    },
  };
}
