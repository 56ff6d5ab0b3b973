import { isAppUrl, originOf } from '../../ipc/origin';
import { toAllowedExternalUrl } from './external';

export interface NavigationDecision {
  allow: boolean;
  /** Set when the target is an allow-listed partner site: open it in the system browser instead. */
  openExternal?: string;
}

/**
 * A frame may only move within the app's own origin. A link to an allow-listed partner site opens
 * in the system browser; everything else (remote sites, file:, data:, javascript:) goes nowhere.
 */
export function decideNavigation(url: string, appOrigin: string): NavigationDecision {
  if (isAppUrl(url, appOrigin)) return { allow: true };
  const external = toAllowedExternalUrl(url);
  return external === null ? { allow: false } : { allow: false, openExternal: external };
}

/** A redirect is never a reason to leave the app, not even for an allow-listed site. */
export function decideRedirect(url: string, appOrigin: string): NavigationDecision {
  return { allow: isAppUrl(url, appOrigin) };
}

/**
 * `window.open` and `target=_blank` never create an Electron window (print windows are created by
 * main, not by the page); allow-listed partner links go to the system browser.
 */
export function decideWindowOpen(url: string): { action: 'deny'; openExternal?: string } {
  const external = toAllowedExternalUrl(url);
  return external === null ? { action: 'deny' } : { action: 'deny', openExternal: external };
}

/** Schemes that never leave the machine and that the CSP already allows for images and fonts. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:']);

/**
 * Every request a session makes: only the app's own origin (and, in development, the dev server's
 * hot-reload websocket). Kaona loads no remote content, ever — this holds even if a CSP were
 * weakened, and for requests the CSP does not cover.
 */
export function decideRequest(
  url: string,
  appOrigin: string,
  options: { dev?: boolean } = {},
): boolean {
  if (isAppUrl(url, appOrigin)) return true;
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    return false;
  }
  if (LOCAL_SCHEMES.has(protocol)) return true;
  if (options.dev === true) {
    if (protocol === 'devtools:') return true;
    const origin = originOf(url);
    if (
      origin !== null &&
      origin.startsWith('ws://') &&
      `http://${origin.slice('ws://'.length)}` === appOrigin
    )
      return true;
  }
  return false;
}
