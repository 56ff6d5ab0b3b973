import { sql } from 'kysely';
import type { JobHandler } from '../../src/main/core/jobs/job-kind';

/** Sleeps the worker thread without spinning (a job's loop is synchronous between awaits). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Kinds that exist only in tests (served by tests/support/jobs-test-worker.ts), to drive the
 * runner through what real kinds do rarely: long writes, stubborn loops, crashes.
 */
export const TEST_JOB_HANDLERS = {
  /** Appends `start`, `rows` rows and `end` to `job_trace`, each in its own transaction. */
  'test.write': {
    writes: true,
    async run({ params, writeTransaction, progress, throwIfCancelled }) {
      const { label, rows } = params as { label: string; rows: number };
      const trace = (step: string) =>
        writeTransaction((trx) =>
          sql`INSERT INTO job_trace (label, step) VALUES (${label}, ${step})`.execute(trx),
        );
      await trace('start');
      for (let row = 0; row < rows; row++) {
        throwIfCancelled();
        await trace(`row ${row}`);
        progress(row + 1, rows);
        pause(2);
      }
      await trace('end');
      return { label };
    },
  },
  /** Runs until cancelled, checking between short pauses. */
  'test.hold': {
    writes: false,
    async run({ progress, isCancelled, throwIfCancelled }) {
      progress(0, null);
      while (!isCancelled()) pause(5);
      throwIfCancelled();
    },
  },
  /** Never looks at the cancel flag: only terminating the thread stops it. */
  'test.stubborn': {
    writes: false,
    async run({ progress }) {
      progress(0, null);
      for (;;) pause(5);
    },
  },
  'test.throw': {
    writes: false,
    async run() {
      throw new Error('SELECT * FROM beneficiaries WHERE national_id = 1101700203451');
    },
  },
  /** Keeps `mb` MiB of strings on the worker's heap (what a zip bomb does to a parser). */
  'test.hoard': {
    writes: false,
    async run({ params }) {
      const { mb } = params as { mb: number };
      const kept: number[][] = [];
      // About 1 MiB of heap each (small integers, 4 bytes apiece with pointer compression).
      for (let n = 0; n < mb; n++) kept.push(Array.from({ length: 1 << 18 }, (_, i) => i));
      return { kept: kept.length };
    },
  },
  'test.exit': {
    writes: false,
    async run() {
      process.exit(7);
    },
  },
} satisfies Record<string, JobHandler>;

export type TestJobKind = keyof typeof TEST_JOB_HANDLERS;
