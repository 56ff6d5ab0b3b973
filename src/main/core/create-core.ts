import { clearCarryWork } from './sync/carry-copy';
import { mkdirSync } from 'node:fs';
import { hostname } from 'node:os';
import { contract, type Channel } from '../../shared/contract';
import { accountsHandlers } from './accounts/accounts-handlers';
import { addressesHandlers } from './addresses/addresses-handlers';
import { AccountsService } from './accounts/accounts-service';
import { appHandlers } from './app-info/app-handlers';
import type { AppIdentity } from './app-info/app-info';
import { auditHandlers } from './audit/audit-handlers';
import { caseFileHandlers } from './cases/case-file-handlers';
import { draftsHandlers } from './drafts/drafts-handlers';
import { caseIntakeHandlers } from './cases/case-intake-handlers';
import { jobsHandlers } from './jobs/jobs-handlers';
import { assignmentHandlers } from './mentors/assignment-handlers';
import { registryHandlers } from './mentors/registry-handlers';
import { mentoringHandlers } from './mentoring/mentoring-handlers';
import { progressHandlers } from './mentoring/progress-handlers';
import { remindersHandlers } from './mentoring/reminders-handlers';
import { refreshingAfterChanges } from './sync/refresh-after-call';
import { syncHandlers } from './sync/sync-handlers';
import { vaultHandlers } from './vault/vault-handlers';
import type { RotationStep } from './auth/vault/key-rotation';
import { bindHandlers, type AllHandlers } from './call/bind-handlers';
import { changeMentorPassword } from './compartments/mentor-password';
import { systemClock, type Clock } from './clock';
import { EventHub } from './events/event-hub';
import type { ChooseFolder } from './files/choose-folder';
import type { ChooseSavePath } from './files/save-file';
import type { HandlerMap } from './handlers';
import type { JobWorkerEntry } from './jobs/job-worker-entry';
import { preferencesHandlers } from './preferences/preferences-handlers';
import { PreferencesStore } from './preferences/preferences-store';
import type { SessionState } from './session';
import { sessionHandlers } from './session/session-handlers';
import { SessionManager } from './session/session-manager';
import { setupHandlers } from './session/setup-handlers';
import { settingsHandlers } from './settings/settings-handlers';
import { letterheadHandlers } from './documents/letterhead-handlers';
import { registerHandlers } from './documents/register-handlers';
import { printingAbilities, type DocumentPrinter } from './documents/document-printer';
import { outputHandlers } from './documents/output-handlers';
import { importsHandlers } from './imports/imports-handlers';
import { referralsHandlers } from './referrals/referrals-handlers';
import { certificatesHandlers } from './certificates/certificates-handlers';
import { backupHandlers } from './backup/backup-handlers';
import { reportsHandlers } from './reports/reports-handlers';
import { restoreHandlers } from './restore/restore-handlers';
import { pdpaHandlers } from './pdpa/pdpa-handlers';
import { dashboardHandlers } from './dashboard/dashboard-handlers';

export interface CoreOptions {
  identity: AppIdentity;
  clock?: Clock;
  /** The PC's name in audit events; defaults to the OS host name. */
  machine?: string;
  /** Test hook: called after each durable step of a key rotation. */
  onRotationStep?: (step: RotationStep) => void;
  /** What only the desktop shell can do; absent in the web host. */
  host?: HostCapabilities;
  /**
   * Test hook: where job workers start. By default beside the job runner (the sources through
   * tsx, or the bundle); the core tests pass one bundle built per run, so that each worker does
   * not load and compile the sources again (tests/support/job-worker-bundle.ts).
   */
  jobWorker?: JobWorkerEntry;
}

export interface HostCapabilities {
  /**
   * Lets the person pick another data folder (a database that is damaged or not Kaona's must
   * never be deleted to make room). Resolves false when they cancel; on a choice the app restarts.
   */
  chooseDataFolder?: () => Promise<boolean>;
  /**
   * Where to write a file the person asked for (export, PDF, backup): a save dialog on the
   * desktop, the data folder's `downloads/` in the web host. Use it through `saveUserFile`.
   */
  chooseSavePath?: ChooseSavePath;
  /**
   * A folder: where to write a backup, or which backup to restore (issue 11). A folder dialog
   * on the desktop; a fixed backups folder in the web host.
   */
  chooseFolder?: ChooseFolder;
  /** Renders print tickets: PDF (desktop and web host), paper (desktop only). */
  printing?: DocumentPrinter;
}

export interface Core {
  handlers: HandlerMap;
  getSession: () => SessionState;
  sessions: SessionManager;
  /**
   * Counts a call as activity for the idle lock. Public methods do not count: the renderer asks
   * `session.info` on focus, and that must not keep an unattended screen unlocked.
   */
  noteActivity: (channel: string) => void;
  /** What the core pushes to the page (`session.changed`, `job.progress`); see the contract. */
  events: EventHub;
  close: () => Promise<void>;
}

/**
 * The composition root of the core: builds the shared services for one data folder and composes
 * each feature's handlers (one line per feature) into the map every transport serves. Nothing
 * here knows about Electron, and no rule lives here: rules are in the features' services.
 */
export function createCore(options: CoreOptions): Core {
  const { identity } = options;
  const { dataDir } = identity;
  const clock = options.clock ?? systemClock;
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  clearCarryWork(dataDir);
  const preferences = new PreferencesStore(dataDir);
  const events = new EventHub();
  const sessions: SessionManager = new SessionManager({
    dataDir,
    machine: options.machine ?? hostname(),
    appVersion: identity.version,
    clock,
    preferences,
    onRotationStep: options.onRotationStep,
    ...(options.jobWorker ? { jobWorker: options.jobWorker } : {}),
    onJobProgress: (progress) => events.emit('job.progress', progress),
    onChange: async (): Promise<void> => events.emit('session.changed', await sessions.info()),
  });
  const accountsDeps = { dataDir, sessions };
  const accounts = new AccountsService(accountsDeps);

  const features: AllHandlers = {
    ...appHandlers({
      identity,
      preferences,
      chooseDataFolder: options.host?.chooseDataFolder,
      printing: printingAbilities(options.host?.printing),
    }),
    ...preferencesHandlers(preferences),
    ...setupHandlers(sessions),
    ...sessionHandlers({
      sessions,
      dataDir,
      changeOwnPassword: (input) =>
        sessions.space().kind === 'compartment'
          ? changeMentorPassword(sessions, dataDir, input)
          : accounts.changeOwnPassword(input),
    }),
    ...accountsHandlers(accountsDeps),
    ...settingsHandlers({ setIdleLockMinutes: (minutes) => sessions.setIdleLockMinutes(minutes) }),
    ...auditHandlers(),
    ...jobsHandlers(),
    ...vaultHandlers({ dataDir, sessions }),
    ...addressesHandlers(),
    ...caseFileHandlers(),
    ...draftsHandlers(),
    ...caseIntakeHandlers(),
    ...registryHandlers(),
    ...assignmentHandlers(),
    ...mentoringHandlers(),
    ...progressHandlers(),
    ...remindersHandlers(),
    ...syncHandlers({
      dataDir,
      sessions,
      preferences,
      chooseSavePath: options.host?.chooseSavePath,
    }),
    ...letterheadHandlers(),
    ...referralsHandlers(),
    ...registerHandlers(),
    ...outputHandlers({ sessions, clock, ...options.host }),
    ...certificatesHandlers(),
    ...backupHandlers({
      dataDir,
      appVersion: identity.version,
      machine: options.machine ?? hostname(),
      chooseFolder: options.host?.chooseFolder,
    }),
    ...reportsHandlers({ chooseSavePath: options.host?.chooseSavePath }),
    ...restoreHandlers({
      dataDir,
      sessions,
      events,
      clock,
      machine: options.machine ?? hostname(),
      appVersion: identity.version,
      chooseFolder: options.host?.chooseFolder,
    }),
    ...pdpaHandlers({ sessions, clock, ...options.host }),
    ...importsHandlers({ sessions, chooseSavePath: options.host?.chooseSavePath }),
    ...dashboardHandlers(),
  };

  return {
    handlers: bindHandlers(refreshingAfterChanges(features, sessions), {
      clock,
      ownCall: () => sessions.ownCall(),
      signedInCall: () => sessions.signedInCall(),
      mentorCall: () => sessions.mentorCall(),
    }),
    getSession: () => sessions.session(),
    sessions,
    events,
    noteActivity: (channel) => {
      if (Object.hasOwn(contract, channel) && contract[channel as Channel].access !== 'public') {
        sessions.touch();
      }
    },
    close: () => sessions.close(),
  };
}
