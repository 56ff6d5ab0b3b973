import type { Language } from './preferences';

export interface AppInfo {
  name: string;
  version: string;
  /** Where this PC keeps Kaona's data (database, key slots, preferences). */
  dataDir: string;
  /** The language the UI is set to on this PC. */
  locale: Language;
  /** Runtime versions, shown on the about page for support calls. */
  runtime: { electron: string | null; chrome: string | null; node: string };
  /** The latest database schema version this build knows. */
  schemaVersion: number;
  /** What this host can print: a PDF (desktop, web host), paper through the system dialog (desktop). */
  printing: { pdf: boolean; paper: boolean };
}
