import { shell, type Session, type WebContents } from 'electron';
import type { AppOrigin } from '../../ipc/origin';
import { decideNavigation, decideRedirect, decideRequest, decideWindowOpen } from './navigation';
import { decidePermission } from './permissions';

/** Thin Electron glue: every decision is made by the pure functions beside this file. */

function openExternal(url: string): void {
  // The URL was checked and re-serialised by toAllowedExternalUrl; a failure to start the
  // browser is not worth more than a note.
  shell.openExternal(url).catch(() => console.warn('Kaona: could not open the system browser'));
}

/** Wired to `app.on('web-contents-created')`, so it covers every window, including print windows. */
export function hardenWebContents(contents: WebContents, app: AppOrigin): void {
  contents.on('will-navigate', (event) => {
    const decision = decideNavigation(event.url, app.origin);
    if (!decision.allow) event.preventDefault();
    if (decision.openExternal) openExternal(decision.openExternal);
  });
  // will-navigate covers the main frame only; subframes (which the CSP forbids anyway) may never
  // leave the app, and never open anything.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !decideRedirect(event.url, app.origin).allow) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!decideRedirect(event.url, app.origin).allow) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.openExternal) openExternal(decision.openExternal);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Permissions, devices and network for a session: the app's own origin, and nothing else. */
export function hardenSession(session: Session, app: AppOrigin): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(decidePermission(permission, details.requestingUrl, app.origin));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    decidePermission(permission, requestingOrigin, app.origin),
  );
  session.setDevicePermissionHandler(() => false);
  session.setSpellCheckerEnabled(false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !decideRequest(details.url, app.origin, { dev: app.dev }) });
  });
}
