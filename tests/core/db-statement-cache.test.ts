import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openEncryptedDatabase } from '../../src/main/core/db/connection';
import { precompileQuery } from '../../src/main/core/db/precompiled-query';
import { StatementCache } from '../../src/main/core/db/statement-cache';
import { getSettingValue, putSettingValue } from '../../src/main/core/settings/settings-repository';
import { createTestDatabase } from '../support/database';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const NOW = new Date('2026-02-01T00:00:00Z');

describe('cached prepared statements', () => {
  it('return the right rows for different parameters, in and out of transactions', async () => {
    const test = await createTestDatabase(tempDir());
    try {
      for (let n = 0; n < 50; n++) await putSettingValue(test.db, `k${n}`, `"v${n}"`, NOW);
      for (let n = 0; n < 50; n++) expect(await getSettingValue(test.db, `k${n}`)).toBe(`"v${n}"`);
      expect(await getSettingValue(test.db, 'missing')).toBeUndefined();
      await test.db.transaction().execute(async (trx) => {
        await putSettingValue(trx, 'k1', '"changed"', NOW);
        expect(await getSettingValue(trx, 'k1')).toBe('"changed"');
        expect(await getSettingValue(trx, 'k2')).toBe('"v2"');
      });
      expect(await getSettingValue(test.db, 'k1')).toBe('"changed"');
    } finally {
      await test.close();
    }
  });

  it('do not read another transaction’s uncommitted writes on the direct path', async () => {
    const test = await createTestDatabase(tempDir());
    try {
      await putSettingValue(test.db, 'k', '"before"', NOW);
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const writing = test.db.transaction().execute(async (trx) => {
        await putSettingValue(trx, 'k', '"uncommitted"', NOW);
        await held;
        throw new Error('roll back');
      });
      // Give the transaction time to begin and write.
      await new Promise((resolve) => setTimeout(resolve, 20));
      const reading = getSettingValue(test.db, 'k');
      release();
      await expect(writing).rejects.toThrow('roll back');
      expect(await reading).toBe('"before"');
    } finally {
      await test.close();
    }
  });

  it('survive a schema change made after they were cached', async () => {
    const test = await createTestDatabase(tempDir());
    try {
      await sql`CREATE TABLE scratch (id INTEGER PRIMARY KEY, a TEXT NOT NULL)`.execute(test.db);
      await sql`INSERT INTO scratch (id, a) VALUES (1, 'x')`.execute(test.db);
      const selectAll = sql<Record<string, unknown>>`SELECT * FROM scratch WHERE id = ${1}`;
      expect((await selectAll.execute(test.db)).rows).toEqual([{ id: 1, a: 'x' }]);

      await sql`ALTER TABLE scratch ADD COLUMN b TEXT NOT NULL DEFAULT 'y'`.execute(test.db);
      expect((await selectAll.execute(test.db)).rows).toEqual([{ id: 1, a: 'x', b: 'y' }]);

      await sql`DROP TABLE scratch`.execute(test.db);
      await expect(selectAll.execute(test.db)).rejects.toThrow(/no such table/);
      await sql`CREATE TABLE scratch (id INTEGER PRIMARY KEY, c INTEGER NOT NULL)`.execute(test.db);
      await sql`INSERT INTO scratch (id, c) VALUES (1, 42)`.execute(test.db);
      expect((await selectAll.execute(test.db)).rows).toEqual([{ id: 1, c: 42 }]);
    } finally {
      await test.close();
    }
  });

  it('keep at most `capacity` statements, dropping the least recently used', async () => {
    const dir = tempDir();
    const test = await createTestDatabase(dir);
    await test.close();
    const sqlite = openEncryptedDatabase(test.file, test.key);
    try {
      const cache = new StatementCache(sqlite, 3);
      const a = cache.prepare('SELECT 1');
      const b = cache.prepare('SELECT 2');
      cache.prepare('SELECT 3');
      expect(cache.prepare('SELECT 1')).toBe(a); // now the newest
      cache.prepare('SELECT 4'); // evicts SELECT 2, the least recently used
      expect(cache.size).toBe(3);
      expect(cache.prepare('SELECT 1')).toBe(a);
      expect(cache.prepare('SELECT 2')).not.toBe(b);
      for (let n = 0; n < 100; n++) cache.prepare(`SELECT ${n} + 1`);
      expect(cache.size).toBe(3);
      expect(() => new StatementCache(sqlite, 0)).toThrow(RangeError);
    } finally {
      sqlite.close();
    }
  });

  it('hand out a fresh statement while the cached one is still being iterated', async () => {
    const dir = tempDir();
    const test = await createTestDatabase(dir);
    for (let n = 0; n < 3; n++) await putSettingValue(test.db, `k${n}`, `"v${n}"`, NOW);
    await test.close();
    const sqlite = openEncryptedDatabase(test.file, test.key);
    try {
      const cache = new StatementCache(sqlite);
      const text = 'SELECT key FROM settings ORDER BY key';
      const iterating = cache.prepare(text);
      const rows = iterating.iterate();
      rows.next();
      const other = cache.prepare(text);
      expect(other).not.toBe(iterating);
      rows.return?.();
      expect(cache.prepare(text)).toBe(iterating);
    } finally {
      sqlite.close();
    }
  });
});

describe('precompiled queries', () => {
  it('refuse a parameter that did not become a bound value', async () => {
    const test = await createTestDatabase(tempDir());
    try {
      // Read but never bound: every run would silently ignore the value passed.
      const bad = precompileQuery((db, params: { key: string }) => {
        const unused = params.key;
        void unused;
        return db.selectFrom('settings').select('value').where('key', '=', 'fixed');
      });
      await expect(bad.execute(test.db, { key: 'x' })).rejects.toThrow(/not a bound value/);
    } finally {
      await test.close();
    }
  });

  it('keep constants of the builder and fill placeholders in order', async () => {
    const test = await createTestDatabase(tempDir());
    try {
      for (let n = 0; n < 10; n++) await putSettingValue(test.db, `k${n}`, `"v${n}"`, NOW);
      const between = precompileQuery((db, params: { low: string; high: string }) =>
        db
          .selectFrom('settings')
          .select('key')
          .where('key', '>=', params.low)
          .where('key', '<=', params.high)
          .where('key', '!=', 'k5')
          .orderBy('key'),
      );
      const keys = async (low: string, high: string) =>
        (await between.execute(test.db, { low, high })).map((row) => row.key);
      expect(await keys('k3', 'k6')).toEqual(['k3', 'k4', 'k6']);
      expect(await keys('k0', 'k1')).toEqual(['k0', 'k1']);
      await test.db.transaction().execute(async (trx) => {
        expect((await between.execute(trx, { low: 'k8', high: 'k9' })).length).toBe(2);
      });
    } finally {
      await test.close();
    }
  });
});
