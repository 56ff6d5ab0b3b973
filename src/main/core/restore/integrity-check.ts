import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * `PRAGMA integrity_check` reads every page: seconds for an office of 100,000 cases. It runs in a
 * worker thread of its own connection so the window never waits on it. The worker is a short
 * script (no bundle entry needed): it loads the same SQLite package from the path main resolved,
 * keys the copy the way `db/connection.ts` does, and answers the check's rows. The key travels
 * to the worker in memory only, like a job worker's.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.sqlitePath);
let db;
try {
  db = new Database(workerData.file, { fileMustExist: true, readonly: true });
  db.pragma("cipher='sqlcipher'");
  db.pragma('legacy=4');
  db.pragma('key="x\\'' + Buffer.from(workerData.key).toString('hex') + '\\'"');
  db.pragma('temp_store=MEMORY');
  const rows = db.pragma('integrity_check').map((row) => row.integrity_check);
  parentPort.postMessage({ ok: rows.length === 1 && rows[0] === 'ok' });
} catch {
  parentPort.postMessage({ ok: false });
} finally {
  db?.close();
}
`;

export async function integrityOk(file: string, key: Uint8Array): Promise<boolean> {
  const sqlitePath = createRequire(import.meta.url).resolve('better-sqlite3-multiple-ciphers');
  const keyCopy = new Uint8Array(key);
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { file, key: keyCopy, sqlitePath },
  });
  keyCopy.fill(0);
  try {
    return await new Promise<boolean>((resolve, reject) => {
      worker.once('message', (message: { ok: boolean }) => resolve(message.ok));
      worker.once('error', reject);
      worker.once('exit', () => resolve(false));
    });
  } finally {
    await worker.terminate();
  }
}
