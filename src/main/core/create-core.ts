import { mkdirSync } from 'node:fs';
import { hostname } from 'node:os';
import { contract, type Channel } from '../../shared/contract';
import type { SessionInfo } from '../../shared/domain/accounts';
import { AccountsService } from './accounts/accounts-service';
import { describeApp, type AppIdentity } from './app-info/app-info-service';
import { listAuditEvents } from './audit/audit-queries';
import type { RotationStep } from './auth/vault/key-rotation';
import { restoreSlotBackup } from './auth/vault/slot-file';
import { systemClock, type Clock } from './clock';
import { AppError } from './errors';
import { EventHub } from './events/event-hub';
import type { HandlerMap } from './handlers';
import { PreferencesStore } from './preferences/preferences-store';
import type { SessionState } from './session';
import { SessionManager } from './session/session-manager';
import { OfficeSettingsService } from './settings/office-settings-service';

export interface CoreOptions {
  identity: AppIdentity;
  clock?: Clock;
  /** The PC's name in audit events; defaults to the OS host name. */
  machine?: string;
  /** Test hook: called after each durable step of a key rotation. */
  onRotationStep?: (step: RotationStep) => void;
  /** What only the desktop shell can do; absent in the web host. */
  host?: HostCapabilities;
}

export interface HostCapabilities {
  /**
   * Lets the person pick another data folder (a database that is damaged or not Kaona's must
   * never be deleted to make room). Resolves false when they cancel; on a choice the app restarts.
   */
  chooseDataFolder?: () => Promise<boolean>;
}

export interface Core {
  handlers: HandlerMap;
  getSession: () => SessionState;
  sessions: SessionManager;
  /**
   * Counts a call as activity for the idle lock. Public methods do not count: the renderer polls
   * `session.info`, and polling must not keep an unattended screen unlocked.
   */
  noteActivity: (channel: string) => void;
  /** What the core pushes to the page (`session.changed`, `job.progress`); see the contract. */
  events: EventHub;
  close: () => Promise<void>;
}

/**
 * The composition root of the core: builds the services for one data folder and the handler map
 * that every transport (Electron IPC, the web host) serves. Nothing here knows about Electron.
 */
export function createCore(options: CoreOptions): Core {
  const { identity } = options;
  const clock = options.clock ?? systemClock;
  mkdirSync(identity.dataDir, { recursive: true, mode: 0o700 });
  const preferences = new PreferencesStore(identity.dataDir);
  const events = new EventHub();
  const sessions: SessionManager = new SessionManager({
    onChange: async (): Promise<void> => events.emit('session.changed', await sessions.info()),
    dataDir: identity.dataDir,
    machine: options.machine ?? hostname(),
    appVersion: identity.version,
    clock,
    preferences,
  });
  const accounts = new AccountsService(sessions, identity.dataDir, clock, options.onRotationStep);
  const settings = new OfficeSettingsService(sessions, clock);
  const info = (): Promise<SessionInfo> => sessions.info();

  const handlers: HandlerMap = {
    'app.info': () => describeApp(identity, preferences.get().language),
    'app.chooseDataFolder': async () => {
      if (!options.host?.chooseDataFolder) throw new AppError('CONFLICT', 'not_available_here');
      // Only while nobody is signed in: switching folders under an open database would strand it.
      if (sessions.session().status !== 'signed-out')
        throw new AppError('CONFLICT', 'sign_out_first');
      return { chosen: await options.host.chooseDataFolder() };
    },
    'preferences.get': () => preferences.get(),
    'preferences.set': (patch) => preferences.set(patch),

    'setup.begin': () => sessions.beginSetup(),
    'setup.cancel': () => {
      sessions.cancelSetup();
      return null;
    },
    'setup.complete': async (input) => {
      await sessions.completeSetup(input);
      return info();
    },

    'session.info': info,
    'session.signIn': async ({ userName, password }) => {
      await sessions.signIn(userName, password);
      return info();
    },
    'session.unlock': async ({ password }) => {
      await sessions.unlock(password);
      return info();
    },
    'session.switchUser': async () => {
      await sessions.switchUser();
      return info();
    },
    'session.recover': async ({ recoveryCode, userName, newPassword }) => {
      await sessions.recover(recoveryCode, userName, newPassword, (unlocked, user, password) =>
        accounts.replaceSlotForRecovery(unlocked, user, password),
      );
      return info();
    },
    'session.restoreKeyBackup': async () => {
      const current = await info();
      if (current.status !== 'key-file-damaged')
        throw new AppError('CONFLICT', 'key_file_not_damaged');
      if (!restoreSlotBackup(identity.dataDir))
        throw new AppError('CONFLICT', 'key_backup_unusable');
      return info();
    },
    'session.lock': async () => {
      await sessions.lock('manual');
      return info();
    },
    'session.signOut': async () => {
      await sessions.signOut();
      return info();
    },
    'session.ping': () => null,
    'session.changePassword': async (input) => {
      await accounts.changeOwnPassword(input);
      return info();
    },

    'accounts.list': () => accounts.list(),
    'accounts.create': (input) => accounts.create(input),
    'accounts.update': (input) => accounts.update(input),
    'accounts.resetPassword': async (input) => {
      await accounts.resetPassword(input);
      return null;
    },
    'accounts.disable': async ({ userId }) => {
      await accounts.disable(userId);
      return null;
    },
    'accounts.enable': async (input) => {
      await accounts.enable(input);
      return null;
    },
    'accounts.remove': async ({ userId }) => {
      await accounts.remove(userId);
      return null;
    },

    'settings.get': () => settings.get(),
    'settings.update': (patch) => settings.update(patch),

    'audit.list': async (query) => {
      const unlocked = sessions.unlocked();
      const page = await listAuditEvents(unlocked.db, query, -clock.now().getTimezoneOffset());
      await unlocked.audit.record({
        action: 'audit.viewed',
        outcome: 'success',
        actor: sessions.actor(),
      });
      return page;
    },
    'audit.verify': async () => {
      const unlocked = sessions.unlocked();
      const verdict = await unlocked.audit.verify();
      await unlocked.audit.record({
        action: 'audit.verified',
        outcome: verdict.ok ? 'success' : 'failure',
        actor: sessions.actor(),
        details: { checked: verdict.checked, ...(verdict.firstBroken ?? {}) },
      });
      return verdict;
    },
  };

  return {
    handlers,
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
