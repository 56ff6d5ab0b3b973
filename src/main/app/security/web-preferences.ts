import type { WebPreferences } from 'electron';

/**
 * The session every Kaona window uses. No `persist:` prefix: it lives in memory only, so the
 * renderer's web storage, cache and cookies never reach the disk, where they would sit
 * unencrypted next to the encrypted database. Anything that must survive a restart goes through
 * the contract to main.
 */
export const APP_PARTITION = 'kaona';

/**
 * The web preferences of every Kaona window — the main window and the hidden print windows
 * alike, through the one window factory. Each line is a default we do not trust to stay a default.
 */
export function secureWebPreferences(
  preloadPath: string,
  options: { devTools?: boolean } = {},
): WebPreferences {
  // A fresh object per call: Electron may annotate the object it is given.
  return {
    preload: preloadPath,
    partition: APP_PARTITION,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    // Spell checking would send what clerks type (names, addresses) to the OS spell checker and,
    // on Windows and Linux, download dictionaries from the internet.
    spellcheck: false,
    enableWebSQL: false,
    safeDialogs: true,
    devTools: options.devTools ?? false,
  };
}
