import Database from 'better-sqlite3-multiple-ciphers';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { putSettingValue } from '../../src/main/core/settings/settings-repository';
import { createTestDatabase } from '../support/database';
import { useTempDirs } from '../support/temp-dir';

const MARKER_COUNT = 1000;

/** Half Thai, half Latin; each unique so that a hit names the leaking row. */
function markers(): string[] {
  return Array.from({ length: MARKER_COUNT }, (_, i) =>
    i % 2 === 0 ? `นางสาวทดสอบ${i}ใจดีมาก` : `KaonaMarker-${i}-Somchai`,
  );
}

function filesOf(dbFile: string): string[] {
  return [dbFile, `${dbFile}-wal`, `${dbFile}-shm`].filter((file) => existsSync(file));
}

function leakedMarkers(files: string[], all: string[]): string[] {
  const contents = files.map((file) => readFileSync(file));
  return all.filter((marker) => {
    const needle = Buffer.from(marker, 'utf8');
    return contents.some((bytes) => bytes.includes(needle));
  });
}

describe('encryption at rest', () => {
  const tempDir = useTempDirs();

  it('keeps every marker out of the database, WAL and shared-memory files', async () => {
    const test = await createTestDatabase(tempDir());
    const all = markers();
    await test.db.transaction().execute(async (trx) => {
      for (const [i, marker] of all.entries()) {
        await putSettingValue(trx, `person:${i}`, JSON.stringify({ name: marker }), new Date());
      }
    });

    // While open, the newest pages live in the WAL: check it before a checkpoint moves them.
    const whileOpen = filesOf(test.file);
    expect(whileOpen).toContain(`${test.file}-wal`);
    expect(leakedMarkers(whileOpen, all)).toEqual([]);

    test.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    await test.close();
    expect(leakedMarkers(filesOf(test.file), all)).toEqual([]);

    // The data is really there: reopening with the key finds it.
    const reopened = await createTestDatabase(join(test.file, '..'), test.key);
    const count = reopened.sqlite
      .prepare(`SELECT count(*) AS n FROM settings WHERE key LIKE 'person:%'`)
      .get() as { n: number };
    expect(count.n).toBe(MARKER_COUNT);
    await reopened.close();
  });

  it('control: the same data in a plain SQLite file is found by the same scan', () => {
    const file = join(tempDir(), 'plain.db');
    const plain = new Database(file);
    plain.exec('CREATE TABLE t (v TEXT)');
    const insert = plain.prepare('INSERT INTO t VALUES (?)');
    const all = markers();
    for (const marker of all) insert.run(marker);
    plain.close();
    expect(leakedMarkers([file], all)).toHaveLength(MARKER_COUNT);
  });
});
