import type { FeatureHandlers } from '../handlers';
import type { SessionManager } from './session-manager';

/** The first-run wizard. The office is created and its admin signed in by `setup.complete`. */
export function setupHandlers(sessions: SessionManager): FeatureHandlers<'setup'> {
  return {
    'setup.begin': () => sessions.beginSetup(),
    'setup.cancel': () => {
      sessions.cancelSetup();
      return null;
    },
    'setup.complete': async (input) => {
      await sessions.completeSetup(input);
      return sessions.info();
    },
  };
}
