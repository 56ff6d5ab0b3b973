import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it, inject } from 'vitest';
import { childScriptArgs } from '../support/job-worker-bundle';
import { openEncryptedDatabase } from '../../src/main/core/db/connection';
import { randomKey } from '../support/database';
import { useTempDirs } from '../support/temp-dir';

const ROUNDS = 20;
const ROWS_PER_TRANSACTION = 5;

/**
 * Starts a writer, lets it commit for a random while, kills it with SIGKILL (no chance to clean
 * up) and returns the transactions it reported as committed.
 */
async function runAndKill(file: string, keyHex: string, round: number): Promise<number[]> {
  const child = spawn(
    process.execPath,
    [...childScriptArgs('crash-writer', inject('jobWorkers')), file, keyHex, String(round)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const committed: number[] = [];
  const lines = createInterface({ input: child.stdout });
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.on('exit', (_code, signal) => resolve(signal)),
  );
  let killTimer: NodeJS.Timeout | undefined;
  lines.on('line', (line) => {
    if (line === 'ready') {
      killTimer = setTimeout(() => child.kill('SIGKILL'), 20 + Math.floor(Math.random() * 200));
    } else if (line.startsWith('committed ')) {
      committed.push(Number(line.slice('committed '.length)));
    }
  });
  const signal = await exited;
  clearTimeout(killTimer);
  expect(signal).toBe('SIGKILL');
  return committed;
}

describe('a writer killed mid-transaction', () => {
  const tempDir = useTempDirs();

  it(`loses no committed row and keeps the database intact (${ROUNDS} rounds)`, async () => {
    const file = join(tempDir(), 'kaona.db');
    const key = randomKey();
    let totalCommitted = 0;

    for (let round = 0; round < ROUNDS; round++) {
      const committed = await runAndKill(file, key.toString('hex'), round);
      totalCommitted += committed.length;

      const db = openEncryptedDatabase(file, key);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      // Keys are `crash:<round>:<tx>#<row>`: group the rows by transaction.
      const groups = db
        .prepare(
          `SELECT substr(key, 1, instr(key, '#') - 1) AS tx, count(*) AS n FROM settings WHERE key LIKE ? GROUP BY tx`,
        )
        .all(`crash:${round}:%`) as { tx: string; n: number }[];
      const sizes = new Map(groups.map((group) => [group.tx, group.n]));
      // Every reported commit is there in full…
      for (const tx of committed)
        expect(sizes.get(`crash:${round}:${tx}`), `round ${round} tx ${tx}`).toBe(
          ROWS_PER_TRANSACTION,
        );
      // …and no transaction is there in part (the killed one is all or nothing).
      for (const [tx, n] of sizes) expect(n, tx).toBe(ROWS_PER_TRANSACTION);
      db.close();
    }
    // The test only means something if the writer really committed before being killed.
    expect(totalCommitted).toBeGreaterThan(ROUNDS);
  });
});
