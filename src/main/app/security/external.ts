import { originOf } from '../../ipc/origin';

/**
 * The only sites Kaona ever hands to the system browser: the programme partners' public pages.
 * Exact https origins — no subdomain wildcards, no http, no ports, no user info.
 */
export const EXTERNAL_ORIGINS: readonly string[] = Object.freeze([
  'https://www.lazada.co.th',
  'https://sellercenter.lazada.co.th',
  'https://www.m-society.go.th',
  'https://www.pdpc.or.th',
]);

/**
 * The canonical URL to pass to `shell.openExternal`, or null when the URL is not on the allow-list.
 * Returning the re-serialised URL (not the caller's string) means the browser receives exactly
 * what was checked.
 */
export function toAllowedExternalUrl(
  url: string,
  allowed: readonly string[] = EXTERNAL_ORIGINS,
): string | null {
  const origin = originOf(url);
  if (origin === null || !origin.startsWith('https://') || !allowed.includes(origin)) return null;
  return new URL(url).href;
}

export function isAllowedExternalUrl(
  url: string,
  allowed: readonly string[] = EXTERNAL_ORIGINS,
): boolean {
  return toAllowedExternalUrl(url, allowed) !== null;
}
