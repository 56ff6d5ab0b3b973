// `npm run bench -- [--rows N] [--json FILE] [--only PREFIX]`: what the core's layers (Kysely, repositories,
// encryption) cost against raw better-sqlite3-multiple-ciphers doing the same work in the same run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseBenchArgs } from './args';
import { FIGURES } from './registry';
import { flattenFigures, formatTable, writeJsonReport } from './report';
import type { BenchContext, Comparison } from './types';

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  const dir = mkdtempSync(join(tmpdir(), 'kaona-bench-'));
  const context: BenchContext = { rows: args.rows, dir, state: {} };
  const comparisons: Comparison[] = [];
  try {
    for (const figure of FIGURES.filter((f) => !args.only || f.name.startsWith(args.only))) {
      process.stderr.write(`bench: ${figure.name}…\n`);
      comparisons.push(await figure.run(context));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const header = `Kaona bench — ${args.rows} rows, Node ${process.versions.node}, ${process.platform}-${process.arch}`;
  process.stdout.write(formatTable(comparisons, header));
  const figures = flattenFigures(comparisons);
  if (args.json) {
    writeJsonReport(args.json, args.rows, figures);
    process.stderr.write(`bench: wrote ${args.json}\n`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
