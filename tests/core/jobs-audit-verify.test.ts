import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { AuditLog } from '../../src/main/core/audit/audit-log';
import { auditVerdict } from '../../src/main/core/jobs/kinds/audit-verify-verdict';
import type { AuditChainScan } from '../../src/main/core/jobs/kinds/audit-verify';
import { AUDIT_VERIFY_CHUNK } from '../../src/main/core/jobs/kinds/audit-verify';
import { seedAuditEvents } from '../../scripts/seed/audit-events';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { recordingRunner } from '../support/jobs';
import { useTempDirs } from '../support/temp-dir';

const EVENTS = 20_000;
const tempDir = useTempDirs();

async function seededDatabase(): Promise<{ dir: string; test: TestDatabase; audit: AuditLog }> {
  const dir = tempDir();
  const test = await createTestDatabase(dir);
  seedAuditEvents(test.sqlite, EVENTS);
  const audit = new AuditLog(test.db, {
    dataDir: dir,
    machine: 'test-pc',
    appVersion: '0.0.0',
    now: () => new Date('2026-03-01T03:00:00Z'),
  });
  await audit.flushAnchor();
  return { dir, test, audit };
}

/** Changes one event behind the append-only trigger's back, as an attacker with the key could. */
async function tamper(test: TestDatabase, seq: number): Promise<void> {
  await sql`DROP TRIGGER audit_events_no_update`.execute(test.db);
  await sql`UPDATE audit_events SET actor_user_name = 'someone.else' WHERE seq = ${seq}`.execute(
    test.db,
  );
}

async function verifyInWorker(test: TestDatabase, audit: AuditLog) {
  const recording = recordingRunner({ databaseFile: test.file, getKey: () => test.key });
  const started = recording.runner.start('audit.verify');
  const { progress, result } = await started.finished;
  const verdict = await auditVerdict(result as AuditChainScan, audit, new Date());
  return { recording, progress, result: result as AuditChainScan, verdict };
}

describe('audit.verify as a background job (worker from the sources)', () => {
  it('walks an intact chain with monotonic progress and agrees with AuditLog.verify()', async () => {
    const { test, audit } = await seededDatabase();
    try {
      const { recording, progress, verdict } = await verifyInWorker(test, audit);

      expect(progress).toMatchObject({ state: 'done', done: EVENTS, total: EVENTS, reason: null });
      const running = recording.progress.filter((p) => p.state === 'running');
      expect(running.length).toBeGreaterThanOrEqual(EVENTS / AUDIT_VERIFY_CHUNK);
      const done = running.map((p) => p.done);
      expect(done).toEqual([...done].sort((a, b) => a - b));
      expect(recording.progress.at(-1)?.state).toBe('done');

      const inProcess = await audit.verify();
      expect({ ...verdict, verifiedAt: '' }).toEqual({ ...inProcess, verifiedAt: '' });
      expect(verdict).toMatchObject({ ok: true, checked: EVENTS, firstBroken: null });
    } finally {
      await test.close();
    }
  });

  it('finds the same first broken event as AuditLog.verify() on a tampered chain', async () => {
    const { test, audit } = await seededDatabase();
    try {
      await tamper(test, 12_345);
      const { verdict } = await verifyInWorker(test, audit);
      const inProcess = await audit.verify();
      expect(verdict.firstBroken).toEqual({ seq: 12_345, problem: 'mac_mismatch' });
      expect({ ...verdict, verifiedAt: '' }).toEqual({ ...inProcess, verifiedAt: '' });
    } finally {
      await test.close();
    }
  });

  it('reports a deleted event as a gap, like AuditLog.verify()', async () => {
    const { test, audit } = await seededDatabase();
    try {
      await sql`DROP TRIGGER audit_events_no_delete`.execute(test.db);
      await sql`DELETE FROM audit_events WHERE seq = 7001`.execute(test.db);
      const { verdict } = await verifyInWorker(test, audit);
      expect(verdict.firstBroken).toEqual({ seq: 7001, problem: 'gap' });
      expect({ ...verdict, verifiedAt: '' }).toEqual({
        ...(await audit.verify()),
        verifiedAt: '',
      });
    } finally {
      await test.close();
    }
  });

  it('stops at the next chunk when cancelled and reports cancelled', async () => {
    const { test } = await seededDatabase();
    try {
      const recording = recordingRunner({ databaseFile: test.file, getKey: () => test.key });
      const started = recording.runner.start('audit.verify');
      expect(recording.runner.cancel(started.jobId)).toBe(true);
      const { progress, result } = await started.finished;
      expect(progress).toMatchObject({ state: 'cancelled', reason: null });
      expect(progress.done).toBeLessThan(EVENTS);
      expect(result).toBeNull();
      expect(recording.runner.list()).toEqual([]);
    } finally {
      await test.close();
    }
  });
});
