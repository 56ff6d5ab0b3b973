import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  LOCATION_FILE,
  rememberDataDir,
  resolveDataDir,
} from '../../src/main/app/data-folder/data-dir';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { applicationMenuTemplate } from '../../src/main/app/menu';
import { builtAppPaths } from '../../src/main/app/paths';

describe('the data folder', () => {
  const base = {
    env: {},
    defaultDir: '/home/clerk/.config/Kaona',
    cwd: '/work',
    isPackaged: false,
  };

  it('is the per-user default unless overridden', () => {
    expect(resolveDataDir({ ...base, argv: ['electron', 'out/main/index.js'] })).toEqual({
      dataDir: '/home/clerk/.config/Kaona',
      overridden: false,
    });
  });

  it('follows --data-dir=<path>, then KAONA_DATA_DIR', () => {
    expect(resolveDataDir({ ...base, argv: ['electron', '.', '--data-dir=/tmp/kaona-1'] })).toEqual(
      {
        dataDir: resolve('/tmp/kaona-1'),
        overridden: true,
      },
    );
    expect(
      resolveDataDir({ ...base, argv: ['electron', '.'], env: { KAONA_DATA_DIR: '/tmp/kaona-2' } })
        .dataDir,
    ).toBe(resolve('/tmp/kaona-2'));
    expect(
      resolveDataDir({
        ...base,
        argv: ['electron', '.', '--data-dir=/tmp/a'],
        env: { KAONA_DATA_DIR: '/tmp/b' },
      }).dataDir,
    ).toBe(resolve('/tmp/a'));
  });

  it('makes a relative override absolute', () => {
    expect(resolveDataDir({ ...base, argv: ['--data-dir=data'] }).dataDir).toBe(
      resolve('/work', 'data'),
    );
  });

  it('refuses an empty --data-dir and ignores an empty KAONA_DATA_DIR', () => {
    expect(() => resolveDataDir({ ...base, argv: ['--data-dir='] })).toThrow(/--data-dir/);
    expect(resolveDataDir({ ...base, argv: [], env: { KAONA_DATA_DIR: ' ' } }).overridden).toBe(
      false,
    );
  });
});

describe('built app paths', () => {
  it('point from out/main to the CommonJS preload and the renderer', () => {
    const out = resolve('/opt/kaona/out');
    expect(builtAppPaths(join(out, 'main'))).toEqual({
      preload: join(out, 'preload', 'index.cjs'),
      rendererRoot: join(out, 'renderer'),
    });
  });
});

describe('the application menu', () => {
  const roles = (template: ReturnType<typeof applicationMenuTemplate>): string[] =>
    template
      .flatMap((item) => [
        item.role ?? '',
        ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
      ])
      .filter(Boolean);

  it('has no developer tools or reload in an installed app', () => {
    for (const platform of ['win32', 'darwin', 'linux'] as const) {
      const found = roles(applicationMenuTemplate({ platform, development: false }));
      expect(found).not.toContain('toggleDevTools');
      expect(found).not.toContain('reload');
      expect(found).not.toContain('forceReload');
      expect(found).toContain('editMenu');
    }
  });

  it('offers them when running from source', () => {
    expect(roles(applicationMenuTemplate({ platform: 'linux', development: true }))).toContain(
      'toggleDevTools',
    );
  });

  it('has the macOS app menu only on macOS', () => {
    expect(roles(applicationMenuTemplate({ platform: 'darwin', development: false }))).toContain(
      'appMenu',
    );
    expect(roles(applicationMenuTemplate({ platform: 'win32', development: false }))).not.toContain(
      'appMenu',
    );
  });
});

describe('the folder chosen with "open another folder"', () => {
  it('is remembered in the default folder and used at the next start, below the overrides', () => {
    const defaultDir = mkdtempSync(join(tmpdir(), 'kaona-default-'));
    try {
      const base = { argv: ['electron', '.'], env: {}, defaultDir, isPackaged: false };
      expect(resolveDataDir(base)).toEqual({ dataDir: defaultDir, overridden: false });
      rememberDataDir(defaultDir, '/srv/kaona-office');
      expect(resolveDataDir(base)).toEqual({
        dataDir: resolve('/srv/kaona-office'),
        overridden: false,
      });
      expect(resolveDataDir({ ...base, argv: ['--data-dir=/tmp/test-run'] }).dataDir).toBe(
        resolve('/tmp/test-run'),
      );
      writeFileSync(join(defaultDir, LOCATION_FILE), '{ damaged');
      expect(resolveDataDir(base).dataDir).toBe(defaultDir);
    } finally {
      rmSync(defaultDir, { recursive: true, force: true });
    }
  });
});
