import type { FeatureHandlers } from '../handlers';
import type { ChooseSavePath } from '../files/save-file';
import type { SessionManager } from '../session/session-manager';
import { ImportStore } from './import-store';
import {
  applySpreadsheet,
  checkSpreadsheet,
  listMappings,
  openSpreadsheet,
  reportPage,
  saveErrorReport,
  saveMapping,
} from './imports-service';

export interface ImportsHandlerDeps {
  sessions: Pick<SessionManager, 'whenLeaving'>;
  chooseSavePath?: ChooseSavePath | undefined;
}

/** Import from spreadsheets; the files sent are dropped when the signed-in period ends. */
export function importsHandlers(deps: ImportsHandlerDeps): FeatureHandlers<'imports'> {
  const imports = {
    store: new ImportStore((listener) => deps.sessions.whenLeaving(listener)),
    chooseSavePath: deps.chooseSavePath,
  };
  return {
    'imports.open': (input, call) => openSpreadsheet(call, imports, input),
    'imports.check': (input, call) => checkSpreadsheet(call, imports, input),
    'imports.report': (input, call) => reportPage(call, imports, input),
    'imports.apply': (input, call) => applySpreadsheet(call, imports, input),
    'imports.saveErrorReport': (input, call) => saveErrorReport(call, imports, input),
    'imports.discard': ({ importId }, call) => {
      if (imports.store.get(importId, call.user.id)) imports.store.drop(importId);
      return null;
    },
    'imports.listMappings': (_input, call) => listMappings(call),
    'imports.saveMapping': (input, call) => saveMapping(call, input),
  };
}
