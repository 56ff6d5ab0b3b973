import { app, Menu, dialog, powerMonitor, protocol, session, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { contract } from '../shared/contract';
import { createPrivateFolder } from './app/data-folder/create-private-folder';
import { rememberDataDir, resolveDataDir } from './app/data-folder/data-dir';
import { defaultDataDir } from './app/data-folder/default-data-dir';
import { applicationMenuTemplate } from './app/menu';
import { saveDialogOptions } from './app/save-dialog';
import type { SaveRequest } from './core/files/save-file';
import type { FolderPurpose } from './core/files/choose-folder';
import { builtAppPaths } from './app/paths';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app/security/app-protocol';
import { hardenSession, hardenWebContents } from './app/security/harden';
import { debuggingSwitches, refusedStartMessage } from './app/security/startup-guards';
import { APP_PARTITION } from './app/security/web-preferences';
import { createElectronPrinter } from './app/printing/print-window';
import { createWindowFactory } from './app/windows/create-window';
import { focusWindow, openMainWindow } from './app/windows/main-window';
import { createCore, type Core } from './core/create-core';
import { createDispatcher } from './ipc/dispatch';
import { APP_SCHEME, resolveAppOrigin } from './ipc/origin';
import { pushEventsToWindow } from './ipc/push-events';
import { registerIpcHandlers } from './ipc/register';

// Entry point: wires app/ (Electron glue), ipc/ (the contract over IPC) and core/ (the app).
// Everything before `whenReady` must run before Electron's ready event: the start-up guards, the
// data folder, privileged schemes, paths, the sandbox switch and the single-instance lock.

// An installed Kaona started with a debugger port, a Node inspector or a log switch stops here,
// before any folder is created or the database opened (ADR 0014). Running from source keeps them.
const refusedSwitches = app.isPackaged
  ? debuggingSwitches({ argv: process.argv, env: process.env })
  : [];
if (refusedSwitches.length > 0) {
  const { title, body } = refusedStartMessage(refusedSwitches);
  dialog.showErrorBox(title, body);
  app.exit(1);
} else {
  prepareAndStart();
}

function prepareAndStart(): void {
  const appOrigin = resolveAppOrigin({
    isPackaged: app.isPackaged,
    rendererUrl: process.env.ELECTRON_RENDERER_URL,
  });
  const paths = builtAppPaths(import.meta.dirname);
  const defaultDir = defaultDataDir({
    platform: process.platform,
    env: process.env,
    electronUserData: app.getPath('userData'),
  });
  const folder = resolveDataDir({
    argv: process.argv,
    env: process.env,
    defaultDir,
    isPackaged: app.isPackaged,
  });
  // With an overridden data folder, Chromium's profile and the single-instance lock follow it, so
  // a test run with its own folder is fully separate from the clerk's everyday Kaona; otherwise
  // they live in the default folder (on Windows under Local, not Electron's Roaming default).
  const userDataDir = folder.overridden ? folder.dataDir : defaultDir;
  try {
    // Both folders get their protection before Electron or the core writes into them.
    for (const dir of new Set([userDataDir, folder.dataDir]))
      createPrivateFolder(dir, { platform: process.platform });
  } catch (error) {
    console.error(
      'Kaona: could not create the data folder',
      app.isPackaged ? (error instanceof Error ? error.name : typeof error) : error,
    );
    dialog.showErrorBox(
      'Kaona',
      'ไม่สามารถสร้างโฟลเดอร์ข้อมูลของ Kaona ได้ โปรดติดต่อฝ่ายไอที\nKaona could not create its data folder. Please contact IT support.',
    );
    app.exit(1);
    return;
  }
  app.setPath('userData', userDataDir);

  // Crash dumps are process memory: they can hold decrypted case data and, while unlocked, the
  // database key. Kaona therefore never calls crashReporter.start(), so Crashpad does not run and
  // no minidump is written or uploaded (setUploadToServer would be a no-op without start). The
  // dump folder is still pinned inside the per-user data folder so that, should anything enable
  // crash reporting later, dumps never land in a shared system temp folder.
  app.setPath('crashDumps', join(folder.dataDir, 'crash-dumps'));

  // Every renderer is sandboxed, whatever a window's options say.
  app.enableSandbox();
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

  if (!app.requestSingleInstanceLock()) {
    // Another Kaona owns this data folder; it focuses its window on 'second-instance'.
    app.quit();
  } else {
    start({ appOrigin, paths, defaultDir, ...folder });
  }
}

interface StartOptions {
  appOrigin: ReturnType<typeof resolveAppOrigin>;
  paths: ReturnType<typeof builtAppPaths>;
  defaultDir: string;
  dataDir: string;
  overridden: boolean;
}

function start(options: StartOptions): void {
  const { appOrigin, paths, dataDir } = options;
  let core: Core | null = null;
  let mainWindow: BrowserWindow | null = null;
  let stopPushingEvents: () => void = () => {};

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, appOrigin));
  app.on('second-instance', () => focusWindow(mainWindow));
  // Closing the window ends the session on every platform: on a shared office PC, an app that
  // stays alive in the macOS dock with the database open is a risk, not a convenience.
  app.on('window-all-closed', () => app.quit());
  // Quitting signs the person out properly (audit event, anchor, database closed, key wiped):
  // hold the quit until that has finished.
  let closed = false;
  app.on('before-quit', (event) => {
    if (closed || !core) return;
    event.preventDefault();
    const closing = core;
    core = null;
    closing.close().finally(() => {
      stopPushingEvents();
      closed = true;
      app.quit();
    });
  });

  app
    .whenReady()
    .then(() => {
      const appSession = session.fromPartition(APP_PARTITION);
      hardenSession(appSession, appOrigin);
      // No window uses the default session; it is locked down all the same, so nothing can
      // slip through a session that was forgotten.
      hardenSession(session.defaultSession, appOrigin);
      if (!appOrigin.dev) {
        appSession.protocol.handle(
          APP_SCHEME,
          createAppProtocolHandler({ rootDir: paths.rendererRoot }),
        );
      }

      const development = !app.isPackaged;
      const createWindow = createWindowFactory({
        preloadPath: paths.preload,
        devTools: development,
      });
      core = createCore({
        host: {
          chooseDataFolder: () => chooseDataFolderAndRestart(mainWindow, options),
          chooseSavePath: (request) => chooseSavePath(mainWindow, request),
          chooseFolder: (purpose) => chooseFolder(mainWindow, purpose),
          // Hidden print windows from the same factory: same hardening, partition and CSP.
          printing: createElectronPrinter({ createWindow, startUrl: appOrigin.startUrl }),
        },
        identity: {
          name: app.getName(),
          version: app.getVersion(),
          dataDir,
          runtime: {
            electron: process.versions.electron ?? null,
            chrome: process.versions.chrome ?? null,
            node: process.versions.node,
          },
        },
      });
      const dispatch = createDispatcher({
        contract,
        handlers: core.handlers,
        getSession: core.getSession,
        onAuthorized: (channel) => core?.noteActivity(channel),
        // The error object may carry personal data in its message: log only where and what kind.
        onInternalError: (channel, error) =>
          console.error(
            `Kaona: internal error in ${channel} (${error instanceof Error ? error.name : typeof error})`,
          ),
      });
      registerIpcHandlers({ dispatch, appOrigin: appOrigin.origin });
      // Main tells the page at once when the session changes (the idle or OS lock blanks the
      // screen without waiting for the page's next call) and how long work is going.
      stopPushingEvents = pushEventsToWindow({
        events: core.events,
        getWindow: () => mainWindow,
        appOrigin: appOrigin.origin,
      });
      // A shared PC: when the OS locks the screen or goes to sleep, Kaona locks too.
      const lockForOs = () => void core?.sessions.lock('os');
      powerMonitor.on('lock-screen', lockForOs);
      powerMonitor.on('suspend', lockForOs);

      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          applicationMenuTemplate({ platform: process.platform, development }),
        ),
      );
      mainWindow = openMainWindow(createWindow, appOrigin.startUrl);
      mainWindow.on('closed', () => {
        mainWindow = null;
      });
    })
    .catch((error: unknown) => {
      // Installed apps log only the kind of failure (a message can name paths or data); the
      // developer running from source gets the whole error.
      console.error(
        'Kaona: start-up failed',
        app.isPackaged ? (error instanceof Error ? error.name : typeof error) : error,
      );
      dialog.showErrorBox('Kaona', 'Kaona could not start. / ไม่สามารถเปิดโปรแกรม Kaona ได้');
      void (core?.close() ?? Promise.resolve()).finally(() => app.exit(1));
      core = null;
    });
}

/** The save dialog for a file Kaona writes (export, PDF, backup); null when cancelled. */
async function chooseSavePath(
  window: BrowserWindow | null,
  request: SaveRequest,
): Promise<string | null> {
  const options = saveDialogOptions(request, app.getPath('documents'));
  const picked = window
    ? await dialog.showSaveDialog(window, options)
    : await dialog.showSaveDialog(options);
  return picked.canceled || !picked.filePath ? null : picked.filePath;
}

/** A folder dialog: where to write a backup (may create one), or which backup to restore. */
async function chooseFolder(
  window: BrowserWindow | null,
  purpose: FolderPurpose,
): Promise<string | null> {
  const options = {
    defaultPath: app.getPath('documents'),
    properties: (purpose === 'backup-target'
      ? ['openDirectory', 'createDirectory']
      : ['openDirectory']) as ('openDirectory' | 'createDirectory')[],
  };
  const picked = window
    ? await dialog.showOpenDialog(window, options)
    : await dialog.showOpenDialog(options);
  const chosen = picked.filePaths[0];
  return picked.canceled || !chosen ? null : chosen;
}

/**
 * "Open another folder": the person picks a folder (an existing Kaona folder, or an empty one to
 * set up afresh); it is remembered in the default folder and the app restarts there. The folder
 * that could not be opened is left exactly as it was.
 */
async function chooseDataFolderAndRestart(
  window: BrowserWindow | null,
  folder: { defaultDir: string; overridden: boolean },
): Promise<boolean> {
  const options = {
    properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[],
  };
  const picked = window
    ? await dialog.showOpenDialog(window, options)
    : await dialog.showOpenDialog(options);
  const chosen = picked.filePaths[0];
  if (picked.canceled || !chosen) return false;
  const args = process.argv.slice(1).filter((arg) => !arg.startsWith('--data-dir='));
  // A run pointed at a folder by the command line stays on the command line; an office's
  // everyday Kaona remembers the choice for every later start.
  if (folder.overridden) args.push(`--data-dir=${chosen}`);
  else rememberDataDir(folder.defaultDir, chosen);
  app.relaunch({ args });
  app.quit();
  return true;
}
