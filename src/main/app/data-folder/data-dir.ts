import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeFileAtomic } from '../../core/fs/atomic-write';

const FLAG = '--data-dir=';
/** In the default folder: which folder the office chose instead ("open another folder"). */
export const LOCATION_FILE = 'data-location.json';

/**
 * Kaona's data folder: `--data-dir=<path>` on the command line, else `KAONA_DATA_DIR`, else the
 * folder the office chose with "open another folder" (remembered in the default folder), else the
 * per-user default (`defaultDataDir`). The overrides exist so tests and developers can point one
 * run at a folder of their own; an installed build ignores them (ADR 0014): a shortcut edited to
 * point the clerk's Kaona at a folder someone else prepared is not a way to change folders. It
 * changes folders through "open another folder", which the person sees and chooses.
 */
export function resolveDataDir(options: {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  defaultDir: string;
  isPackaged: boolean;
  cwd?: string;
}): { dataDir: string; overridden: boolean } {
  const { argv, env, defaultDir, isPackaged, cwd = process.cwd() } = options;
  const override = isPackaged ? undefined : commandLineOverride(argv, env);
  if (override !== undefined) return { dataDir: resolve(cwd, override), overridden: true };
  const remembered = readRememberedDataDir(defaultDir);
  if (remembered) return { dataDir: remembered, overridden: false };
  return { dataDir: defaultDir, overridden: false };
}

function commandLineOverride(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): string | undefined {
  const flag = argv.find((arg) => arg.startsWith(FLAG));
  if (flag !== undefined) {
    const value = flag.slice(FLAG.length);
    if (value.trim() === '') throw new Error('--data-dir needs a folder: --data-dir=<path>');
    return value;
  }
  const fromEnv = env.KAONA_DATA_DIR;
  return fromEnv !== undefined && fromEnv.trim() !== '' ? fromEnv : undefined;
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
