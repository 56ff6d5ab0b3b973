import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startWebHost } from '../../scripts/web-host/server';

/**
 * The job worker of the build the suite tests (`npm test` builds before the e2e stage, and the
 * renderer served is that build's too): plain JavaScript, where the sources through tsx cost
 * seconds per job (an import's check and apply, a backup, a report).
 */
const BUILT_JOB_WORKER = resolve('out/main/job-worker.js');

/**
 * A web host of its own for one spec file: a fresh data folder (so every file starts at first-run
 * setup), the real core, and a manual clock that only the test moves — the idle lock is tested
 * without waiting five minutes. Started in-process, so there is no port to agree on.
 */
export interface OfficeHost {
  url: string;
  dataDir: string;
  /** Moves the core's clock forward, firing the idle-lock timer when it falls due. */
  advanceClock: (ms: number) => Promise<void>;
  close: () => Promise<void>;
}

export interface OfficeHostOptions {
  /**
   * Where backups go and where restore looks (default inside the data folder). Two hosts given
   * the same folder stand for two PCs sharing one USB drive: one backs up, the other restores.
   */
  backupDir?: string;
}

export async function startOfficeHost(options: OfficeHostOptions = {}): Promise<OfficeHost> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kaona-e2e-'));
  const host = await startWebHost({
    dataDir,
    port: 0,
    manualClock: true,
    ...(options.backupDir ? { backupDir: options.backupDir } : {}),
    ...(existsSync(BUILT_JOB_WORKER)
      ? { jobWorker: { file: BUILT_JOB_WORKER, execArgv: [] } }
      : {}),
  });
  return {
    url: host.url,
    dataDir,
    async advanceClock(ms) {
      const response = await fetch(new URL('/__test/clock', host.url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Kaona-Token': host.token },
        body: JSON.stringify({ advanceMs: ms }),
      });
      if (!response.ok) throw new Error(`advancing the clock failed: ${response.status}`);
    },
    async close() {
      await host.close();
      rmSync(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    },
  };
}
