import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import {
  createKysely,
  openEncryptedDatabase,
  type SqliteDatabase,
} from '../../../src/main/core/db/connection';
import { migrateToLatest } from '../../../src/main/core/db/migrate';
import type { DatabaseSchema } from '../../../src/main/core/db/schema';
import { putSettingValue } from '../../../src/main/core/settings/settings-repository';
import { benchKey, benchValue, inBatches } from '../dataset';
import {
  assertSamePragmas,
  createSettingsTable,
  openRawEncrypted,
  openRawPlain,
  prepareUpsert,
} from '../raw-db';
import { timeMs } from '../timing';
import type { Figure } from '../types';

const WARM_UP_ROWS = 2000;

/**
 * Bulk insert of N rows: through the core's repository (Kysely, one transaction per batch) versus
 * one cached prepared statement in `better-sqlite3`'s own transactions, then the same without
 * encryption. Leaves the three filled databases, closed, for the read figures.
 */
export const insertFigure: Figure = {
  name: 'insert',
  async run(context) {
    const { rows, dir } = context;
    const keys = Array.from({ length: rows }, (_, n) => benchKey(n));
    const values = Array.from({ length: rows }, (_, n) => benchValue(n));
    const now = new Date();
    const warmKeys = Array.from({ length: WARM_UP_ROWS }, (_, n) => `warm-up:${n}`);

    const core = { file: join(dir, 'core.db'), key: randomBytes(32) };
    const coreSqlite = openEncryptedDatabase(core.file, core.key, { create: true });
    const db = createKysely(coreSqlite);
    await migrateToLatest(db);
    const coreWrite = (list: string[], start: number, end: number) =>
      db.transaction().execute(async (trx) => {
        for (let n = start; n < end; n++) await putSettingValue(trx, list[n]!, values[n]!, now);
      });
    await inBatches(WARM_UP_ROWS, (start, end) => coreWrite(warmKeys, start, end));
    const insertMs = await timeMs(() =>
      inBatches(rows, (start, end) => coreWrite(keys, start, end)),
    );

    const raw = { file: join(dir, 'raw.db'), key: randomBytes(32) };
    const rawSqlite = openRawEncrypted(raw.file, raw.key);
    assertSamePragmas(coreSqlite, rawSqlite);
    const insertRawMs = await rawInsert(rawSqlite, keys, values, warmKeys, now);

    const plain = { file: join(dir, 'plain.db') };
    const plainSqlite = openRawPlain(plain.file);
    const insertPlainMs = await rawInsert(plainSqlite, keys, values, warmKeys, now);

    for (const sqlite of [rawSqlite, plainSqlite]) closeCheckpointed(sqlite);
    await closeCore(db, coreSqlite);
    context.state.databases = { core, raw, plain };

    return {
      label: `insert ${rows} rows`,
      unit: 'ms',
      core: { key: 'insert_ms', value: insertMs },
      raw: { key: 'insert_raw_ms', value: insertRawMs },
      ratioKey: 'insert_ratio',
      baselines: [{ label: 'plain', key: 'insert_plain_ms', value: insertPlainMs }],
    };
  },
};

async function rawInsert(
  sqlite: SqliteDatabase,
  keys: string[],
  values: string[],
  warmKeys: string[],
  now: Date,
): Promise<number> {
  createSettingsTable(sqlite);
  const upsert = prepareUpsert(sqlite);
  const write = sqlite.transaction((list: string[], start: number, end: number) => {
    // The same per-row work as the repository does: the timestamp is formatted for every row.
    for (let n = start; n < end; n++) upsert.run(list[n]!, values[n]!, now.toISOString());
  });
  await inBatches(warmKeys.length, (start, end) => write(warmKeys, start, end));
  return timeMs(() => inBatches(keys.length, (start, end) => write(keys, start, end)));
}

/** Leaves no WAL behind, so every open figure starts from the same on-disk state. */
function closeCheckpointed(sqlite: SqliteDatabase): void {
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.close();
}

async function closeCore(db: Kysely<DatabaseSchema>, sqlite: SqliteDatabase): Promise<void> {
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  await db.destroy();
}
