import {
  caseListPageFigure,
  caseOpenFigure,
  caseSearchFigure,
  casesSeedFigure,
  intakeSaveFigure,
} from './figures/cases';
import { compartmentOpenFigure } from './figures/compartment-open';
import { compartmentMergeFigure, compartmentRefreshFigure } from './figures/compartment-sync';
import {
  mentorRankFigure,
  mentorWorkspaceFigure,
  mentoringSeedFigure,
  timelineFigure,
} from './figures/mentoring';
import { backupFigure } from './figures/backup';
import { dashboardFigure } from './figures/dashboard';
import { certificatesPdfFigure, letterPdfFigure } from './figures/documents';
import { exportXlsxFigure } from './figures/export';
import { importFigure } from './figures/import';
import { insertFigure } from './figures/insert';
import { mainLoopLagFigure } from './figures/main-loop-lag';
import { openFigure } from './figures/open';
import { pointReadFigure } from './figures/point-read';
import { rekeyFigure } from './figures/rekey';
import { unlockFigure } from './figures/unlock';
import type { Figure } from './types';

/**
 * Every figure the bench reports, run in this order. Order matters: `insert` fills the databases
 * that the later figures open and read. A new figure is one file in `figures/` plus one line here;
 * its keys join the `--json` output and must stay stable once published.
 */
export const FIGURES: readonly Figure[] = [
  insertFigure,
  openFigure,
  pointReadFigure,
  unlockFigure,
  compartmentOpenFigure,
  rekeyFigure,
  mainLoopLagFigure,
  // Case files (issue 8): seed opens the office the others use; the intake save closes it.
  casesSeedFigure,
  caseSearchFigure,
  caseListPageFigure,
  caseOpenFigure,
  // Backup (issue 11): a backup of the case office, while it is open.
  backupFigure,
  // Reports (issue 11): the register of every case, on the cases office.
  exportXlsxFigure,
  intakeSaveFigure,
  // Mentoring (issue 9): the seed opens an office with 2,000 mentors and 1,000,000 sessions;
  // the compartment merge, last, closes it.
  mentoringSeedFigure,
  mentorRankFigure,
  mentorWorkspaceFigure,
  timelineFigure,
  dashboardFigure,
  compartmentRefreshFigure,
  compartmentMergeFigure,
  // Documents (issue 10): the letter figure opens the web host's office, the certificates close it.
  letterPdfFigure,
  certificatesPdfFigure,
  // Programme data (issue 11): import opens and closes an office of its own.
  importFigure,
];
