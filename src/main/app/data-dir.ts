import { resolve } from 'node:path';

const FLAG = '--data-dir=';

/**
 * Kaona's data folder: `--data-dir=<path>` on the command line, else `KAONA_DATA_DIR`, else the
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
  if (fromEnv !== undefined && fromEnv.trim() !== '') return { dataDir: resolve(cwd, fromEnv), overridden: true };
  return { dataDir: defaultDir, overridden: false };
}
