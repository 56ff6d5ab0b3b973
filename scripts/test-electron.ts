/**
 * `npm run test:electron`: runs the Electron smoke suite (tests/electron) where the Electron
 * runtime is installed, and says plainly that it was skipped where it is not.
 *
 * Finding the binary must not go through `require('electron')`: the package's index.js starts a
 * download when the binary is missing, which here would hang or fail on a machine without
 * internet. This reads the package's own marker files instead, as its index.js does.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SKIPPED_MESSAGE =
  'skipped: Electron runtime not installed (electron smoke tests did not run)';
/** How the smoke suite learns where the binary is; Playwright would otherwise require('electron'). */
export const EXECUTABLE_ENV = 'KAONA_ELECTRON_EXECUTABLE';

export type ElectronRuntime =
  | { status: 'present'; executablePath: string }
  | { status: 'absent'; reason: string }
  | { status: 'misconfigured'; reason: string };

/**
 * Where the Electron binary is, judged only from files on disk: `path.txt` beside the package's
 * package.json names the executable inside `dist/`, and `ELECTRON_OVERRIDE_DIST_PATH` replaces
 * `dist/` (the same rules as electron/index.js, minus its download).
 */
export function detectElectronRuntime(options: {
  electronDir: string | null;
  env: Readonly<Record<string, string | undefined>>;
}): ElectronRuntime {
  const { electronDir, env } = options;
  const pathFile = electronDir === null ? null : join(electronDir, 'path.txt');
  const executableName =
    pathFile !== null && existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;

  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override !== undefined && override !== '') {
    const executablePath = join(override, executableName || 'electron');
    return existsSync(executablePath)
      ? { status: 'present', executablePath }
      : {
          status: 'misconfigured',
          reason: `ELECTRON_OVERRIDE_DIST_PATH is set but ${executablePath} does not exist`,
        };
  }
  if (electronDir === null)
    return { status: 'absent', reason: 'the electron package is not installed' };
  if (!executableName)
    return {
      status: 'absent',
      reason: 'electron/path.txt is missing (the binary was never downloaded)',
    };
  const executablePath = join(electronDir, 'dist', executableName);
  if (!existsSync(executablePath))
    return { status: 'absent', reason: `${executablePath} does not exist` };
  return { status: 'present', executablePath };
}

/** The folder of the installed electron package, found without running its index.js. */
export function findElectronPackageDir(fromDir: string): string | null {
  try {
    return dirname(createRequire(join(fromDir, 'noop.js')).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

function main(): number {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const runtime = detectElectronRuntime({
    electronDir: findElectronPackageDir(root),
    env: process.env,
  });
  if (runtime.status === 'absent') {
    console.log(SKIPPED_MESSAGE);
    return 0;
  }
  if (runtime.status === 'misconfigured') {
    console.error(`Electron smoke tests cannot run: ${runtime.reason}`);
    return 1;
  }
  if (!existsSync(join(root, 'out/main/index.js'))) {
    console.error('Electron smoke tests need the built app: run `npm run build` first.');
    return 1;
  }
  const cli = createRequire(import.meta.url).resolve('@playwright/test/cli');
  const result = spawnSync(
    process.execPath,
    [cli, 'test', '-c', 'playwright.electron.config.ts', ...process.argv.slice(2)],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, [EXECUTABLE_ENV]: runtime.executablePath },
    },
  );
  if (result.error) {
    console.error(`Electron smoke tests could not start Playwright: ${result.error.message}`);
    return 1;
  }
  return result.status ?? 1;
}

function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (entry === undefined) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) process.exit(main());
