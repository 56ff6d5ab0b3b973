import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeFileAtomic } from '../core/fs/atomic-write';

const FLAG = '--data-dir=';
/** In the default folder: which folder the office chose instead ("open another folder"). */
export const LOCATION_FILE = 'data-location.json';

/**
 * Kaona's data folder: `--data-dir=<path>` on the command line, else `KAONA_DATA_DIR`, else the
 * folder the office chose with "open another folder" (remembered in the default folder), else the
 * per-user default (Electron's userData). The overrides exist so tests (and IT staff) can point
 * one run at a folder of its own.
 */
export function resolveDataDir(options: {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  defaultDir: string;
  cwd?: string;
}): { dataDir: string; overridden: boolean } {
  const { argv, env, defaultDir, cwd = process.cwd() } = options;
  const flag = argv.find((arg) => arg.startsWith(FLAG));
  if (flag !== undefined) {
    const value = flag.slice(FLAG.length);
    if (value.trim() === '') throw new Error('--data-dir needs a folder: --data-dir=<path>');
    return { dataDir: resolve(cwd, value), overridden: true };
  }
  const fromEnv = env.KAONA_DATA_DIR;
  if (fromEnv !== undefined && fromEnv.trim() !== '')
    return { dataDir: resolve(cwd, fromEnv), overridden: true };
  const remembered = readRememberedDataDir(defaultDir);
  if (remembered) return { dataDir: remembered, overridden: false };
  return { dataDir: defaultDir, overridden: false };
}

export function readRememberedDataDir(defaultDir: string): string | undefined {
  try {
    const { dataDir } = JSON.parse(readFileSync(join(defaultDir, LOCATION_FILE), 'utf8')) as {
      dataDir?: unknown;
    };
    return typeof dataDir === 'string' && dataDir.trim() !== '' ? resolve(dataDir) : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers the chosen folder for the next start; choosing the default folder forgets it. */
export function rememberDataDir(defaultDir: string, chosen: string): void {
  writeFileAtomic(
    join(defaultDir, LOCATION_FILE),
    `${JSON.stringify({ dataDir: resolve(chosen) })}\n`,
  );
}
