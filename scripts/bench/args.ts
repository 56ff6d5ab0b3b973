import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

export interface BenchArgs {
  rows: number;
  json: string | undefined;
  /** Only the figures whose name starts with this (`--only cases`); all when absent. */
  only: string | undefined;
}

export const USAGE = 'usage: npm run bench -- [--rows N] [--json FILE] [--only PREFIX]';
export const DEFAULT_ROWS = 100_000;

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: { rows: { type: 'string' }, json: { type: 'string' }, only: { type: 'string' } },
    strict: true,
    allowPositionals: false,
  });
  const rows = values.rows === undefined ? DEFAULT_ROWS : Number(values.rows);
  if (!Number.isInteger(rows) || rows < 1)
    throw new Error(`--rows must be a positive integer\n${USAGE}`);
  return {
    rows,
    json: values.json === undefined ? undefined : resolve(values.json),
    only: values.only,
  };
}
