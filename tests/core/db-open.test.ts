import Database from 'better-sqlite3-multiple-ciphers';
import { createHash } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openEncryptedDatabase } from '../../src/main/core/db/connection';
import { DatabaseOpenError } from '../../src/main/core/db/errors';
import { createTestDatabase, randomKey } from '../support/database';
import { useTempDirs } from '../support/temp-dir';

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function openFailure(file: string, key: Uint8Array): string {
  try {
    openEncryptedDatabase(file, key).close();
  } catch (error) {
    return error instanceof DatabaseOpenError ? error.failure : `other: ${String(error)}`;
  }
  return 'opened';
}

describe('opening the encrypted database', () => {
  const tempDir = useTempDirs();

  async function closedDatabase() {
    const test = await createTestDatabase(tempDir());
    test.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    await test.close();
    return test;
  }

  it('applies the SQLCipher scheme and the pragmas of docs/architecture.md', async () => {
    const test = await createTestDatabase(tempDir());
    const pragma = (name: string) => test.sqlite.pragma(name, { simple: true });
    expect(pragma('cipher')).toBe('sqlcipher');
    expect(pragma('journal_mode')).toBe('wal');
    expect(pragma('synchronous')).toBe(2); // FULL
    expect(pragma('foreign_keys')).toBe(1);
    expect(pragma('secure_delete')).toBe(1);
    expect(pragma('temp_store')).toBe(2); // MEMORY
    expect(pragma('cache_size')).toBe(-65536);
    await test.close();
  });

  it('creates the file readable by its owner only', async () => {
    const test = await createTestDatabase(tempDir());
    if (process.platform !== 'win32') {
      expect(statSync(test.file).mode & 0o077).toBe(0);
      expect(statSync(`${test.file}-wal`).mode & 0o077).toBe(0);
    }
    await test.close();
  });

  it('refuses a wrong key cleanly and leaves the file untouched', async () => {
    const test = await closedDatabase();
    const before = sha256(test.file);
    expect(openFailure(test.file, randomKey())).toBe('not-kaona-or-wrong-key');
    expect(sha256(test.file)).toBe(before);
    expect(openFailure(test.file, test.key)).toBe('opened');
  });

  it('cannot be read without a key', async () => {
    const test = await closedDatabase();
    const raw = new Database(test.file);
    expect(() => raw.prepare('SELECT * FROM settings').all()).toThrow(/not a database/);
    raw.close();
  });

  it('rejects keys that are not 32 bytes before touching the file', async () => {
    const test = await closedDatabase();
    expect(() => openEncryptedDatabase(test.file, new Uint8Array(0))).toThrow(RangeError);
    expect(() => openEncryptedDatabase(test.file, new Uint8Array(31))).toThrow(RangeError);
  });

  it('refuses a plain, unencrypted SQLite file and does not change it', () => {
    const file = join(tempDir(), 'plain.db');
    const plain = new Database(file);
    plain.exec(`CREATE TABLE people (name TEXT); INSERT INTO people VALUES ('สมชาย')`);
    plain.close();
    const before = sha256(file);
    expect(openFailure(file, randomKey())).toBe('not-kaona-or-wrong-key');
    expect(sha256(file)).toBe(before);
  });

  it('refuses a file that is not a database at all', () => {
    const file = join(tempDir(), 'notes.db');
    writeFileSync(file, 'สวัสดี this is a text file, not a database\n'.repeat(200));
    expect(openFailure(file, randomKey())).toBe('not-kaona-or-wrong-key');
  });

  it('reports a missing file instead of creating one', () => {
    expect(openFailure(join(tempDir(), 'absent.db'), randomKey())).toBe('missing');
  });
});
