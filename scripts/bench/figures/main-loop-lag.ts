import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { AuditLog } from '../../../src/main/core/audit/audit-log';
import { createKysely, openEncryptedDatabase } from '../../../src/main/core/db/connection';
import { migrateToLatest } from '../../../src/main/core/db/migrate';
import { JobRunner } from '../../../src/main/core/jobs/job-runner';
import { seedAuditEvents } from '../../seed/audit-events';
import type { Figure } from '../types';

/**
 * How long the thread that owns the window stalls while a long job runs: the p99 event-loop delay
 * (`monitorEventLoopDelay`, 1 ms resolution) of this process during `audit.verify` over N events.
 * Goal: under 20 ms.
 *
 * Unlike the other figures, "raw" here is not bare SQLite but the same work without the job
 * machinery: `AuditLog.verify()` in process on the main thread, as the app did before jobs. So
 * the ratio is what fraction of that stall is left (lower is better), not an overhead.
 */
export const mainLoopLagFigure: Figure = {
  name: 'main-loop-lag',
  async run(context) {
    const dir = join(context.dir, 'main-loop-lag');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'kaona.db');
    const key = randomBytes(32);
    const sqlite = openEncryptedDatabase(file, key, { create: true });
    const db = createKysely(sqlite);
    await migrateToLatest(db);
    seedAuditEvents(sqlite, context.rows);

    const runner = new JobRunner({
      databaseFile: file,
      getKey: () => key,
      onProgress: () => undefined,
      onFinished: async () => undefined,
    });
    const inWorkerMs = await loopDelayP99Ms(async () => {
      const { progress } = await runner.start('audit.verify').finished;
      if (progress.state !== 'done') throw new Error(`bench: audit.verify ended ${progress.state}`);
    });

    const audit = new AuditLog(db, {
      dataDir: dir,
      machine: 'bench',
      appVersion: 'bench',
      now: () => new Date(),
    });
    const inlineMs = await loopDelayP99Ms(async () => {
      const verdict = await audit.verify();
      if (verdict.checked !== context.rows) throw new Error('bench: in-process verify fell short');
    });
    audit.wipe();
    await db.destroy();
    key.fill(0);

    return {
      label: `main loop lag p99 (audit.verify, ${context.rows} events)`,
      unit: 'ms',
      core: { key: 'main_loop_lag_p99_ms', value: inWorkerMs },
      raw: { key: 'main_loop_lag_p99_inline_ms', value: inlineMs },
      ratioKey: 'main_loop_lag_ratio',
    };
  },
};

async function loopDelayP99Ms(work: () => Promise<void>): Promise<number> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  try {
    // The monitor measures from its previous sample: let it take a few before the work starts,
    // or a stall right at the start goes unrecorded.
    await pause(20);
    await work();
    // A stall is recorded when the sampling timer finally fires: let it fire once more after the
    // work (in-process verify runs as one long chain of microtasks, never yielding to timers).
    await pause(10);
  } finally {
    histogram.disable();
  }
  return histogram.percentile(99) / 1e6;
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
