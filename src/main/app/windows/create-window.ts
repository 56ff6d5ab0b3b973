import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { secureWebPreferences } from '../security/web-preferences';

/** Everything about a window except its web preferences, which are never the caller's to choose. */
export type WindowOptions = Omit<BrowserWindowConstructorOptions, 'webPreferences'>;
export type CreateWindow = (options: WindowOptions) => BrowserWindow;

/**
 * The one way Kaona makes a BrowserWindow — the main window now, hidden print windows later — so
 * that no window can be created with weaker settings than `secureWebPreferences`.
 */
export function createWindowFactory(config: {
  preloadPath: string;
  devTools: boolean;
}): CreateWindow {
  // webPreferences comes last, so it wins over anything a caller smuggled past the type.
  return (options) =>
    new BrowserWindow({
      ...options,
      webPreferences: secureWebPreferences(config.preloadPath, { devTools: config.devTools }),
    });
}
