import {
  createKysely,
  openEncryptedDatabase,
  type SqliteDatabase,
} from '../../../src/main/core/db/connection';
import { getSettingValue } from '../../../src/main/core/settings/settings-repository';
import { benchKey } from '../dataset';
import { openRawEncrypted, openRawPlain, prepareRead } from '../raw-db';
import { median, nanosToUs, seededRandom } from '../timing';
import type { Figure } from '../types';
import { requireDatabases } from './require';

const READS = 20_000;
const WARM_UP_READS = 2_000;

/**
 * One setting by key: the core's `getSettingValue` (Kysely builds, compiles and runs the query
 * each call) versus one cached prepared statement, on the encrypted file and on a plain one.
 * Median microseconds over READS random keys, the same keys on every side.
 */
export const pointReadFigure: Figure = {
  name: 'point-read',
  async run(context) {
    const { core, raw, plain } = requireDatabases(context);
    const keys = randomKeys(context.rows, READS, 0x4b414f4e);
    const warmKeys = randomKeys(context.rows, WARM_UP_READS, 0x77_61_72_6d);

    const coreSqlite = openEncryptedDatabase(core.file, core.key);
    const db = createKysely(coreSqlite);
    const coreRead = (key: string) => getSettingValue(db, key);
    const coreUs = await medianReadUs(coreRead, keys, warmKeys);
    await db.destroy();

    const rawUs = await medianRawReadUs(openRawEncrypted(raw.file, raw.key), keys, warmKeys);
    const plainUs = await medianRawReadUs(openRawPlain(plain.file), keys, warmKeys);

    return {
      label: `point read (${READS} keys)`,
      unit: 'us',
      core: { key: 'point_read_us', value: coreUs },
      raw: { key: 'point_read_raw_us', value: rawUs },
      ratioKey: 'point_read_ratio',
      baselines: [{ label: 'plain', key: 'point_read_plain_us', value: plainUs }],
    };
  },
};

function randomKeys(rows: number, count: number, seed: number): string[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => benchKey(Math.floor(random() * rows)));
}

async function medianRawReadUs(
  sqlite: SqliteDatabase,
  keys: string[],
  warmKeys: string[],
): Promise<number> {
  try {
    const read = prepareRead(sqlite);
    return await medianReadUs((key) => read.get(key)?.value, keys, warmKeys);
  } finally {
    sqlite.close();
  }
}

/** Times every read on its own; a read that finds nothing aborts the run (it would flatter). */
async function medianReadUs(
  read: (key: string) => unknown,
  keys: string[],
  warmKeys: string[],
): Promise<number> {
  for (const key of warmKeys) {
    const result = read(key);
    if (result instanceof Promise) await result;
  }
  const times: number[] = [];
  for (const key of keys) {
    const start = process.hrtime.bigint();
    const result = read(key);
    // Await only what is async: a raw read is synchronous, and a needless await would charge it
    // a microtask turn that real raw code never pays.
    const value = result instanceof Promise ? await result : result;
    times.push(nanosToUs(process.hrtime.bigint() - start));
    if (value === undefined) throw new Error(`bench: ${key} not found`);
  }
  return median(times);
}
