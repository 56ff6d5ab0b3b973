import { isAppUrl } from '../../ipc/origin';

/**
 * Web permissions the app's own pages get. Writing to the clipboard is the one feature the work
 * needs (copy a case number; clear a copied national ID after 30 s). No camera, microphone,
 * location, notifications, clipboard *reading*, devices, fullscreen or opening external apps.
 */
export const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

/**
 * One rule for both `setPermissionRequestHandler` and `setPermissionCheckHandler`: granted only
 * when the permission is on the list and the page asking is the app's own origin.
 */
export function decidePermission(
  permission: string,
  requestingUrl: string | undefined,
  appOrigin: string,
): boolean {
  if (!GRANTED_PERMISSIONS.has(permission)) return false;
  return typeof requestingUrl === 'string' && isAppUrl(requestingUrl, appOrigin);
}
