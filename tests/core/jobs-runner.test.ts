import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createTestDatabase, randomKey, type TestDatabase } from '../support/database';
import { progressWhere, recordingTestRunner } from '../support/jobs';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();

async function databaseWithTrace(): Promise<TestDatabase> {
  const test = await createTestDatabase(tempDir());
  // A table of this test only, in this temp database: where writing jobs leave their steps.
  await sql`CREATE TABLE job_trace (id INTEGER PRIMARY KEY, label TEXT NOT NULL, step TEXT NOT NULL)`.execute(
    test.db,
  );
  return test;
}

describe('JobRunner', () => {
  it('runs one writing job at a time, in order, while a read-only job runs beside it', async () => {
    const test = await databaseWithTrace();
    try {
      const recording = recordingTestRunner({ databaseFile: test.file, getKey: () => test.key });
      const first = recording.startTest('test.write', { label: 'first', rows: 30 });
      const second = recording.startTest('test.write', { label: 'second', rows: 30 });
      const stateOf = (jobId: string) =>
        recording.runner.list().find((job) => job.jobId === jobId)?.state;
      expect(stateOf(first.jobId)).toBe('running');
      expect(stateOf(second.jobId)).toBe('queued');

      // A read-only job does not wait for the writer.
      const reader = recording.runner.start('audit.verify');
      expect(stateOf(reader.jobId)).toBe('running');
      // The main connection keeps writing while a writing job runs (busy_timeout on both sides).
      for (let n = 0; n < 5; n++)
        await sql`INSERT INTO job_trace (label, step) VALUES ('main', ${`row ${n}`})`.execute(
          test.db,
        );

      const results = await Promise.all([first.finished, second.finished, reader.finished]);
      expect(results.map((r) => r.progress.state)).toEqual(['done', 'done', 'done']);

      const trace = await sql<{ label: string; step: string }>`
        SELECT label, step FROM job_trace WHERE label != 'main' ORDER BY id`.execute(test.db);
      const labels = trace.rows.map((row) => row.label);
      expect(labels).toEqual([...Array(32).fill('first'), ...Array(32).fill('second')]);
      expect(trace.rows[0]?.step).toBe('start');
      expect(trace.rows.at(-1)?.step).toBe('end');

      // The second writer went from queued to running only after the first had finished.
      const order = recording.progress.map((p) => `${p.jobId}:${p.state}`);
      expect(order.indexOf(`${second.jobId}:running`)).toBeGreaterThan(
        order.indexOf(`${first.jobId}:done`),
      );
    } finally {
      await test.close();
    }
  });

  it('cancels a running job at its next check and a queued one at once', async () => {
    const test = await databaseWithTrace();
    try {
      const recording = recordingTestRunner({ databaseFile: test.file, getKey: () => test.key });
      const holding = recording.startTest('test.hold');
      const writer = recording.startTest('test.write', { label: 'w', rows: 200 });
      const queued = recording.startTest('test.write', { label: 'q', rows: 1 });
      await progressWhere(recording, (p) => p.jobId === holding.jobId && p.state === 'running');

      expect(recording.runner.cancel(queued.jobId)).toBe(true);
      expect((await queued.finished).progress.state).toBe('cancelled');
      expect(recording.runner.cancel(holding.jobId)).toBe(true);
      expect(recording.runner.cancel(writer.jobId)).toBe(true);
      expect((await holding.finished).progress).toMatchObject({ state: 'cancelled', reason: null });
      expect((await writer.finished).progress.state).toBe('cancelled');
      expect(recording.runner.cancel(holding.jobId)).toBe(false);
      expect(recording.runner.list()).toEqual([]);

      const written = await sql<{ n: number }>`
        SELECT count(*) AS n FROM job_trace WHERE label = 'q'`.execute(test.db);
      expect(written.rows[0]?.n).toBe(0);
    } finally {
      await test.close();
    }
  });

  it('closeAll() cancels everything and terminates a worker that ignores cancel', async () => {
    const test = await databaseWithTrace();
    try {
      const recording = recordingTestRunner({
        databaseFile: test.file,
        getKey: () => test.key,
        closeGraceMs: 300,
      });
      const stubborn = recording.startTest('test.stubborn');
      const polite = recording.startTest('test.hold');
      const writer = recording.startTest('test.write', { label: 'w', rows: 10_000 });
      const queued = recording.startTest('test.write', { label: 'q', rows: 1 });
      await progressWhere(recording, (p) => p.jobId === stubborn.jobId && p.state === 'running');

      await recording.runner.closeAll();

      expect(recording.runner.list()).toEqual([]);
      const ended = await Promise.all([stubborn, polite, writer, queued].map((j) => j.finished));
      expect(ended.map((j) => j.progress.state)).toEqual([
        'cancelled',
        'cancelled',
        'cancelled',
        'cancelled',
      ]);
      // onFinished ran for each before closeAll resolved.
      expect(recording.finished).toHaveLength(4);
      // The runner is usable again after a lock and unlock.
      const again = recording.startTest('test.write', { label: 'again', rows: 1 });
      expect((await again.finished).progress.state).toBe('done');
    } finally {
      await test.close();
    }
  });

  it('reports a throwing job as failed with a reason, never its message', async () => {
    const test = await databaseWithTrace();
    try {
      const recording = recordingTestRunner({ databaseFile: test.file, getKey: () => test.key });
      const thrown = await recording.startTest('test.throw').finished;
      expect(thrown.progress).toMatchObject({ state: 'failed', reason: 'job_threw' });
      expect(thrown.result).toBeNull();
      const exited = await recording.startTest('test.exit').finished;
      expect(exited.progress).toMatchObject({ state: 'failed', reason: 'worker_exited' });
      const everything = JSON.stringify([recording.progress, recording.finished]);
      expect(everything).not.toContain('1101700203451');
      expect(everything).not.toContain('SELECT');
    } finally {
      await test.close();
    }
  });

  it('fails with database_unavailable when the key does not open the database', async () => {
    const test = await databaseWithTrace();
    try {
      const recording = recordingTestRunner({ databaseFile: test.file, getKey: () => randomKey() });
      const { progress } = await recording.runner.start('audit.verify').finished;
      expect(progress).toMatchObject({ state: 'failed', reason: 'database_unavailable' });
      const locked = recordingTestRunner({
        databaseFile: test.file,
        getKey: () => {
          throw new Error('locked');
        },
      });
      const refused = await locked.runner.start('audit.verify').finished;
      expect(refused.progress).toMatchObject({ state: 'failed', reason: 'database_unavailable' });
    } finally {
      await test.close();
    }
  });

  it('copies the key for the worker and leaves the caller’s key as it was', async () => {
    const test = await databaseWithTrace();
    try {
      const original = Buffer.from(test.key);
      const recording = recordingTestRunner({ databaseFile: test.file, getKey: () => test.key });
      await recording.runner.start('audit.verify').finished;
      expect(test.key.equals(original)).toBe(true);
    } finally {
      await test.close();
    }
  });
});
