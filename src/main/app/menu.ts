import type { MenuItemConstructorOptions } from 'electron';

/**
 * The application menu. Edit roles keep copy/paste and Thai input shortcuts working (on macOS
 * they exist only through the menu); zoom helps on small office screens. Reload and the
 * developer tools appear only in development: in an installed app they would lose unsaved work
 * and open a console onto the case data.
 */
export function applicationMenuTemplate(options: {
  platform: NodeJS.Platform;
  development: boolean;
}): MenuItemConstructorOptions[] {
  const { platform, development } = options;
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  if (development) {
    view.push(
      { type: 'separator' },
      { role: 'reload' },
      { role: 'forceReload' },
      { role: 'toggleDevTools' },
    );
  }
  return [
    ...(platform === 'darwin' ? [{ role: 'appMenu' } as const] : []),
    { role: 'editMenu' },
    { label: 'View', submenu: view },
    { role: 'windowMenu' },
  ];
}
