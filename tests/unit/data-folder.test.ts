import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPrivateFolder } from '../../src/main/app/data-folder/create-private-folder';
import { rememberDataDir, resolveDataDir } from '../../src/main/app/data-folder/data-dir';
import { defaultDataDir } from '../../src/main/app/data-folder/default-data-dir';
import {
  ADMINISTRATORS_SID,
  icaclsArguments,
  icaclsPath,
  SYSTEM_SID,
  windowsAccountName,
} from '../../src/main/app/data-folder/windows-acl';

const ROAMING = 'C:\\Users\\สมศรี\\AppData\\Roaming\\Kaona';

describe('the default data folder', () => {
  it('is %LOCALAPPDATA%\\Kaona on Windows, never the roaming userData Electron offers', () => {
    expect(
      defaultDataDir({
        platform: 'win32',
        env: { LOCALAPPDATA: 'C:\\Users\\สมศรี\\AppData\\Local', APPDATA: 'C:\\x' },
        electronUserData: ROAMING,
      }),
    ).toBe('C:\\Users\\สมศรี\\AppData\\Local\\Kaona');
  });

  it('falls back to the profile’s Local folder, and only then to userData', () => {
    const fallback = (env: Record<string, string>) =>
      defaultDataDir({ platform: 'win32', env, electronUserData: ROAMING });
    expect(fallback({ USERPROFILE: 'D:\\Profiles\\clerk' })).toBe(
      'D:\\Profiles\\clerk\\AppData\\Local\\Kaona',
    );
    // A relative or empty value is not a folder to trust.
    expect(fallback({ LOCALAPPDATA: 'AppData\\Local', USERPROFILE: ' ' })).toBe(ROAMING);
    expect(fallback({})).toBe(ROAMING);
  });

  it('is Electron’s userData on macOS and Linux', () => {
    for (const platform of ['linux', 'darwin'] as const)
      expect(
        defaultDataDir({
          platform,
          env: { LOCALAPPDATA: 'C:\\nope' },
          electronUserData: '/home/clerk/.config/Kaona',
        }),
      ).toBe('/home/clerk/.config/Kaona');
  });
});

describe('the Windows ACL of a new data folder', () => {
  it('drops inheritance and grants full control to the person, SYSTEM and Administrators only', () => {
    expect(icaclsArguments('C:\\Users\\สมศรี\\AppData\\Local\\Kaona', 'PC-01\\สมศรี')).toEqual([
      'C:\\Users\\สมศรี\\AppData\\Local\\Kaona',
      '/inheritance:r',
      '/grant:r',
      'PC-01\\สมศรี:(OI)(CI)F',
      '*S-1-5-18:(OI)(CI)F',
      '*S-1-5-32-544:(OI)(CI)F',
      '/q',
    ]);
  });

  it('names the groups by SID, which Thai Windows does not translate', () => {
    expect(SYSTEM_SID).toBe('*S-1-5-18');
    expect(ADMINISTRATORS_SID).toBe('*S-1-5-32-544');
    const args = icaclsArguments('C:\\k', 'PC\\a').join(' ');
    expect(args).not.toMatch(/Administrators|SYSTEM|ผู้ดูแล/);
  });

  it('keeps a folder name with spaces as one argument (no shell to split it)', () => {
    const folder = 'C:\\Users\\Som Sri\\AppData\\Local\\Kaona';
    expect(icaclsArguments(folder, 'PC\\Som Sri')[0]).toBe(folder);
  });

  it('qualifies the account with its domain (the PC’s name for a local account)', () => {
    expect(windowsAccountName({ env: { USERDOMAIN: 'MSDHS' }, userName: 'somsri.j' })).toBe(
      'MSDHS\\somsri.j',
    );
    expect(windowsAccountName({ env: { USERDOMAIN: ' ' }, userName: 'clerk' })).toBe('clerk');
    expect(windowsAccountName({ env: {}, userName: 'clerk' })).toBe('clerk');
  });

  it('runs icacls from System32 by full path, never through PATH', () => {
    expect(icaclsPath({ SystemRoot: 'D:\\WINDOWS' })).toBe('D:\\WINDOWS\\System32\\icacls.exe');
    expect(icaclsPath({ windir: 'C:\\Win' })).toBe('C:\\Win\\System32\\icacls.exe');
    expect(icaclsPath({ SystemRoot: 'relative' })).toBe('C:\\Windows\\System32\\icacls.exe');
    expect(icaclsPath({})).toBe('C:\\Windows\\System32\\icacls.exe');
  });
});

describe('creating a private data folder', () => {
  let base: string;
  beforeEach(() => {
    base = mkdtempSync(join(tmpdir(), 'kaona-private-folder-'));
  });
  afterEach(() => rmSync(base, { recursive: true, force: true }));

  it.skipIf(process.platform === 'win32')('creates it with mode 0700 elsewhere', () => {
    const folder = join(base, 'a', 'Kaona');
    expect(createPrivateFolder(folder, { platform: 'linux' })).toBe(true);
    expect(statSync(folder).mode & 0o777).toBe(0o700);
  });

  it('restricts a new folder on Windows before anything is in it', () => {
    const folder = join(base, 'Kaona');
    const restricted: string[] = [];
    const restrictToOwner = (dir: string) => {
      expect(existsSync(dir)).toBe(true);
      restricted.push(dir);
    };
    expect(createPrivateFolder(folder, { platform: 'win32', restrictToOwner })).toBe(true);
    expect(restricted).toEqual([folder]);
  });

  it('removes the new folder again and fails when the ACL cannot be set', () => {
    const folder = join(base, 'Kaona');
    const restrictToOwner = () => {
      throw new Error('icacls exited with 5');
    };
    expect(() => createPrivateFolder(folder, { platform: 'win32', restrictToOwner })).toThrow(
      /icacls/,
    );
    expect(existsSync(folder)).toBe(false);
  });

  it('leaves a folder that already exists as it is', () => {
    const folder = join(base, 'chosen');
    mkdirSync(folder, { mode: 0o755 });
    writeFileSync(join(folder, 'kaona.db'), '');
    const restrictToOwner = () => {
      throw new Error('must not run');
    };
    expect(createPrivateFolder(folder, { platform: 'win32', restrictToOwner })).toBe(false);
    if (process.platform !== 'win32') expect(statSync(folder).mode & 0o777).toBe(0o755);
  });
});

describe('the data folder of an installed build', () => {
  const packaged = { defaultDir: '/home/clerk/.config/Kaona', cwd: '/work', isPackaged: true };

  it('ignores --data-dir and KAONA_DATA_DIR, even an empty flag', () => {
    for (const argv of [
      ['Kaona', '--data-dir=/tmp/elsewhere'],
      ['Kaona', '--data-dir='],
    ])
      expect(
        resolveDataDir({ ...packaged, argv, env: { KAONA_DATA_DIR: '/tmp/env-folder' } }),
      ).toEqual({ dataDir: '/home/clerk/.config/Kaona', overridden: false });
  });

  it('still opens the folder the office chose with "open another folder"', () => {
    const defaultDir = mkdtempSync(join(tmpdir(), 'kaona-default-'));
    try {
      rememberDataDir(defaultDir, '/srv/kaona-office');
      expect(
        resolveDataDir({
          ...packaged,
          defaultDir,
          argv: ['Kaona', '--data-dir=/tmp/elsewhere'],
          env: {},
        }),
      ).toEqual({ dataDir: resolve('/srv/kaona-office'), overridden: false });
    } finally {
      rmSync(defaultDir, { recursive: true, force: true });
    }
  });
});
