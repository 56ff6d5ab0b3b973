import type { AppInfo } from '../../../shared/domain/app-info';
import type { Language } from '../../../shared/domain/preferences';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';

export interface RuntimeVersions {
  electron: string | null;
  chrome: string | null;
  node: string;
}

export interface AppIdentity {
  name: string;
  version: string;
  dataDir: string;
  runtime: RuntimeVersions;
}

export function describeApp(
  identity: AppIdentity,
  locale: Language,
  printing: AppInfo['printing'] = { pdf: false, paper: false },
): AppInfo {
  return { ...identity, locale, schemaVersion: LATEST_SCHEMA_VERSION, printing };
}
