import type { FeatureHandlers } from '../handlers';
import type { PreferencesStore } from '../preferences/preferences-store';
import { exportCarry, type CarryExportDeps } from './carry-export';
import { importCarry } from './carry-import';
import { openCarry } from './carry-open';

export interface CarryDeps extends CarryExportDeps {
  preferences: PreferencesStore;
}

/** A mentor's compartment carried to another PC and back (ADR 0022). */
export function carryHandlers(
  deps: CarryDeps,
): FeatureHandlers<'carry'> & Pick<FeatureHandlers<'sync'>, 'sync.importCarry'> {
  return {
    'carry.export': (_input, call) => exportCarry(deps, call),
    'carry.open': (input, call) => openCarry(deps, input, call),
    'sync.importCarry': (input, call) => importCarry(deps.dataDir, call, input),
  };
}
