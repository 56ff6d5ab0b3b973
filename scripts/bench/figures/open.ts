import { createKysely, openEncryptedDatabase } from '../../../src/main/core/db/connection';
import { migrateToLatest } from '../../../src/main/core/db/migrate';
import { openRawKeyed } from '../raw-db';
import { median, timeMs } from '../timing';
import type { Figure } from '../types';
import { requireDatabases } from './require';

const WARM_UP = 3;
const ROUNDS = 15;

/**
 * Opening the filled database as the app does at unlock (open, key, prove the key, pragmas,
 * Kysely, migration check) versus the minimum: open, key, first query. Median of ROUNDS,
 * alternating sides so that drift in the machine's load hits both alike.
 */
export const openFigure: Figure = {
  name: 'open',
  async run(context) {
    const { core, raw } = requireDatabases(context);
    const openCore = async () => {
      const db = createKysely(openEncryptedDatabase(core.file, core.key));
      await migrateToLatest(db);
      return db;
    };
    const coreTimes: number[] = [];
    const rawTimes: number[] = [];
    for (let round = 0; round < WARM_UP + ROUNDS; round++) {
      let db: Awaited<ReturnType<typeof openCore>> | undefined;
      const coreMs = await timeMs(async () => {
        db = await openCore();
      });
      await db?.destroy();

      let sqlite: ReturnType<typeof openRawKeyed> | undefined;
      const rawMs = await timeMs(() => {
        sqlite = openRawKeyed(raw.file, raw.key);
      });
      sqlite?.close();

      if (round >= WARM_UP) {
        coreTimes.push(coreMs);
        rawTimes.push(rawMs);
      }
    }
    return {
      label: 'open (unlock)',
      unit: 'ms',
      core: { key: 'open_ms', value: median(coreTimes) },
      raw: { key: 'open_raw_ms', value: median(rawTimes) },
      ratioKey: 'open_ratio',
    };
  },
};
