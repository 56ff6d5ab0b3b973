import { mkdirSync } from 'node:fs';
import { describeApp, type AppIdentity } from './app-info/app-info-service';
import type { HandlerMap } from './handlers';
import { PreferencesStore } from './preferences/preferences-store';
import { SIGNED_OUT, type SessionState } from './session';

export interface CoreOptions {
  identity: AppIdentity;
}

export interface Core {
  handlers: HandlerMap;
  getSession: () => SessionState;
  close: () => void;
}

/**
 * The composition root of the core: builds the services for one data folder and the handler map
 * that every transport (Electron IPC, the web host) serves. Nothing here knows about Electron.
 */
export function createCore({ identity }: CoreOptions): Core {
  mkdirSync(identity.dataDir, { recursive: true, mode: 0o700 });
  const preferences = new PreferencesStore(identity.dataDir);

  const handlers: HandlerMap = {
    'app.info': () => describeApp(identity, preferences.get().language),
    'preferences.get': () => preferences.get(),
    'preferences.set': (patch) => preferences.set(patch),
  };

  return {
    handlers,
    getSession: () => SIGNED_OUT,
    close: () => {},
  };
}
