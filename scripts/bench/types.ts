import type { CaseBench } from './case-office';
import type { MentoringBench } from './mentoring-office';

/** One number in the report and in `--json`; keys are snake_case and never renamed once used. */
export interface Measurement {
  key: string;
  value: number;
}

/**
 * One row of the report: the work done through the core next to the same work done by raw
 * better-sqlite3-multiple-ciphers in the same run, plus optional extra baselines (for example
 * the unencrypted engine, which shows what encryption itself costs).
 */
export interface Comparison {
  label: string;
  unit: 'ms' | 'us';
  core: Measurement;
  raw: Measurement;
  /** Key for core ÷ raw. */
  ratioKey: string;
  baselines?: (Measurement & { label: string })[];
}

export interface BenchContext {
  rows: number;
  /** The run's temp folder; removed when the run ends. */
  dir: string;
  /** What earlier figures leave for later ones (see the order in registry.ts). */
  state: BenchState;
}

/** The filled databases the insert figure leaves behind, closed, for the read-side figures. */
export interface BenchDatabases {
  /** Written through the core (Kysely + repository), opened by `openEncryptedDatabase`. */
  core: { file: string; key: Buffer };
  /** Written by raw prepared statements, encrypted, same pragmas. */
  raw: { file: string; key: Buffer };
  /** Written by raw prepared statements, not encrypted, same pragmas. */
  plain: { file: string };
}

export interface BenchState {
  databases?: BenchDatabases;
  /** The case figures' office and raw file, open from the seed figure to the intake save. */
  cases?: CaseBench;
  /** The mentoring office (2,000 mentors, 1,000,000 sessions), from its seed to the last figure. */
  mentoring?: MentoringBench;
}

export interface Figure {
  name: string;
  run: (context: BenchContext) => Promise<Comparison>;
}
