import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  detectElectronRuntime,
  findElectronPackageDir,
  SKIPPED_MESSAGE,
} from '../../scripts/test-electron';
import { useTempDirs } from '../support/temp-dir';

const root = join(import.meta.dirname, '../..');

describe('finding the Electron runtime without downloading it', () => {
  const tempDir = useTempDirs();

  /** A stand-in for node_modules/electron: package.json, optionally path.txt and the binary. */
  function fakeElectron(options: { pathTxt?: string; binary?: string } = {}): string {
    const dir = tempDir();
    writeFileSync(join(dir, 'package.json'), '{"name":"electron","version":"45.5.0"}');
    if (options.pathTxt !== undefined) writeFileSync(join(dir, 'path.txt'), options.pathTxt);
    if (options.binary !== undefined) {
      mkdirSync(join(dir, 'dist'), { recursive: true });
      writeFileSync(join(dir, 'dist', options.binary), '');
    }
    return dir;
  }

  it('reports absent when the package was installed without its binary', () => {
    expect(detectElectronRuntime({ electronDir: fakeElectron(), env: {} }).status).toBe('absent');
  });

  it('reports absent when path.txt names a binary that is not there', () => {
    expect(
      detectElectronRuntime({ electronDir: fakeElectron({ pathTxt: 'electron' }), env: {} }).status,
    ).toBe('absent');
  });

  it('reports absent when the electron package is missing altogether', () => {
    expect(detectElectronRuntime({ electronDir: null, env: {} }).status).toBe('absent');
  });

  it('finds dist/<path.txt>', () => {
    const dir = fakeElectron({ pathTxt: 'electron', binary: 'electron' });
    expect(detectElectronRuntime({ electronDir: dir, env: {} })).toEqual({
      status: 'present',
      executablePath: join(dir, 'dist', 'electron'),
    });
  });

  it('follows path.txt for the macOS and Windows layouts', () => {
    const mac = fakeElectron({ pathTxt: 'Electron.app/Contents/MacOS/Electron' });
    mkdirSync(join(mac, 'dist', 'Electron.app', 'Contents', 'MacOS'), { recursive: true });
    writeFileSync(join(mac, 'dist', 'Electron.app', 'Contents', 'MacOS', 'Electron'), '');
    expect(detectElectronRuntime({ electronDir: mac, env: {} })).toMatchObject({
      status: 'present',
    });
    const windows = fakeElectron({ pathTxt: 'electron.exe', binary: 'electron.exe' });
    expect(detectElectronRuntime({ electronDir: windows, env: {} })).toEqual({
      status: 'present',
      executablePath: join(windows, 'dist', 'electron.exe'),
    });
  });

  it('uses ELECTRON_OVERRIDE_DIST_PATH, as electron/index.js does', () => {
    const override = tempDir();
    writeFileSync(join(override, 'electron'), '');
    expect(
      detectElectronRuntime({
        electronDir: fakeElectron(),
        env: { ELECTRON_OVERRIDE_DIST_PATH: override },
      }),
    ).toEqual({
      status: 'present',
      executablePath: join(override, 'electron'),
    });
  });

  it('calls a wrong ELECTRON_OVERRIDE_DIST_PATH a misconfiguration, not a skip', () => {
    const result = detectElectronRuntime({
      electronDir: fakeElectron(),
      env: { ELECTRON_OVERRIDE_DIST_PATH: tempDir() },
    });
    expect(result.status).toBe('misconfigured');
  });

  it('finds the installed electron package without loading it', () => {
    const dir = findElectronPackageDir(root);
    expect(dir).not.toBeNull();
    expect(dir!.endsWith(join('node_modules', 'electron'))).toBe(true);
  });

  it('says plainly that the smoke tests were skipped where Electron is not installed', () => {
    const runtime = detectElectronRuntime({
      electronDir: findElectronPackageDir(root),
      env: process.env,
    });
    if (runtime.status !== 'absent') return; // a machine with Electron runs the real suite instead
    const tsx = join(root, 'node_modules/tsx/dist/cli.mjs');
    const result = spawnSync(process.execPath, [tsx, 'scripts/test-electron.ts'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(SKIPPED_MESSAGE);
    expect(SKIPPED_MESSAGE).toBe(
      'skipped: Electron runtime not installed (electron smoke tests did not run)',
    );
  }, 60_000);
});
