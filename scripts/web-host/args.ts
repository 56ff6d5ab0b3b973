import { parseArgs } from 'node:util';
import { resolve } from 'node:path';

export interface WebHostArgs {
  dataDir: string;
  /** 0 lets the OS pick a free port. */
  port: number;
  build: boolean;
  /** The built renderer to serve; `out/renderer` unless told otherwise. */
  staticRoot: string | undefined;
  /** Time stands still until a test moves it (POST /__test/clock); for idle-lock tests. */
  manualClock: boolean;
}

export const USAGE =
  'usage: npm run dev:web -- --data-dir DIR [--port N] [--no-build] [--static-root DIR] [--manual-clock]';

export class UsageError extends Error {
  override name = 'UsageError';
}

/** Parses the web host's command line; throws `UsageError` with a readable message. */
export function parseWebHostArgs(argv: readonly string[]): WebHostArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        'data-dir': { type: 'string' },
        port: { type: 'string' },
        'no-build': { type: 'boolean', default: false },
        'static-root': { type: 'string' },
        'manual-clock': { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }

  const dataDir = values['data-dir'];
  if (!dataDir) throw new UsageError(`--data-dir is required\n${USAGE}`);

  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new UsageError(`--port must be an integer from 0 to 65535\n${USAGE}`);
  }

  const staticRoot = values['static-root'];
  return {
    dataDir: resolve(dataDir),
    port,
    build: !values['no-build'],
    staticRoot: staticRoot === undefined ? undefined : resolve(staticRoot),
    manualClock: values['manual-clock'],
  };
}
