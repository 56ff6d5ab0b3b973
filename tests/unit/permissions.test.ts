import { describe, expect, it } from 'vitest';
import { decidePermission, GRANTED_PERMISSIONS } from '../../src/main/app/security/permissions';
import { APP_ORIGIN } from '../../src/main/ipc/origin';
import { HOSTILE_URLS } from './fixtures/hostile-urls';

// Every permission name Electron 45's session handlers can be asked about.
const ELECTRON_PERMISSIONS = [
  'ar',
  'automatic-fullscreen',
  'background-fetch',
  'background-sync',
  'captured-surface-control',
  'clipboard-read',
  'clipboard-sanitized-write',
  'deprecated-sync-clipboard-read',
  'display-capture',
  'fileSystem',
  'fullscreen',
  'geolocation',
  'geolocation-approximate',
  'hand-tracking',
  'hid',
  'idle-detection',
  'keyboardLock',
  'local-fonts',
  'local-network',
  'local-network-access',
  'loopback-network',
  'media',
  'mediaKeySystem',
  'midi',
  'midiSysex',
  'nfc',
  'notifications',
  'openExternal',
  'payment-handler',
  'periodic-background-sync',
  'persistent-storage',
  'pointerLock',
  'screen-wake-lock',
  'sensors',
  'serial',
  'smart-card',
  'speaker-selection',
  'storage-access',
  'system-wake-lock',
  'top-level-storage-access',
  'usb',
  'vr',
  'web-app-installation',
  'web-printing',
  'window-management',
  'unknown',
];

describe('web permissions', () => {
  it('grant the app only clipboard writes', () => {
    expect([...GRANTED_PERMISSIONS]).toEqual(['clipboard-sanitized-write']);
    const granted = ELECTRON_PERMISSIONS.filter((permission) =>
      decidePermission(permission, 'app://kaona/index.html', APP_ORIGIN),
    );
    expect(granted).toEqual(['clipboard-sanitized-write']);
  });

  it('accept the origin form the check handler passes', () => {
    expect(decidePermission('clipboard-sanitized-write', 'app://kaona', APP_ORIGIN)).toBe(true);
  });

  it('grant nothing to anyone else, or when the requester is unknown', () => {
    expect(decidePermission('clipboard-sanitized-write', undefined, APP_ORIGIN)).toBe(false);
    expect(decidePermission('clipboard-sanitized-write', '', APP_ORIGIN)).toBe(false);
    for (const url of [...HOSTILE_URLS, 'https://www.lazada.co.th/', 'http://localhost:5173/']) {
      for (const permission of ELECTRON_PERMISSIONS) {
        expect(decidePermission(permission, url, APP_ORIGIN), `${permission} for ${url}`).toBe(
          false,
        );
      }
    }
  });
});
