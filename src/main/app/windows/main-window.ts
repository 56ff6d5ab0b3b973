import type { BrowserWindow } from 'electron';
import type { CreateWindow, WindowOptions } from './create-window';

/** Clerks work on office monitors; below 1024×700 the case forms stop fitting. */
export function mainWindowOptions(): WindowOptions {
  return {
    title: 'Kaona',
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    backgroundColor: '#ffffff',
    // Shown on ready-to-show, so nobody sees a white flash or a half-drawn page.
    show: false,
    autoHideMenuBar: true,
  };
}

export function openMainWindow(createWindow: CreateWindow, startUrl: string): BrowserWindow {
  const window = createWindow(mainWindowOptions());
  window.once('ready-to-show', () => window.show());
  window
    .loadURL(startUrl)
    .catch(() => console.error('Kaona: the main window could not load the app'));
  return window;
}

/** A second launch brings the running window forward instead of opening the data twice. */
export function focusWindow(window: BrowserWindow | null): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  if (!window.isVisible()) window.show();
  window.focus();
}
