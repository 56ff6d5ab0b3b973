import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWithKey } from '../support/backup';
import { createTestDatabase, randomKey } from '../support/database';
import { useTempDirs } from '../support/temp-dir';

/**
 * What the backup relies on in better-sqlite3-multiple-ciphers (ADR 0032): `VACUUM INTO` from an
 * encrypted connection writes the copy with the same cipher (SQLCipher v4) and the same raw key,
 * and SQLite refuses it on a `query_only` connection although it writes only the new file.
 */
describe('VACUUM INTO on the encrypted database', () => {
  const tempDir = useTempDirs();

  it('is refused under query_only (so the job lifts it for that one statement)', async () => {
    const dir = tempDir();
    const test = await createTestDatabase(dir);
    try {
      test.sqlite.pragma('query_only=ON');
      const target = join(dir, 'copy.db');
      expect(() => test.sqlite.prepare('VACUUM INTO ?').run(target)).toThrow(/readonly/);
      rmSync(target, { force: true });
      test.sqlite.pragma('query_only=OFF');
      test.sqlite.prepare('VACUUM INTO ?').run(target);
      expect(existsSync(target)).toBe(true);
    } finally {
      await test.close();
    }
  });

  it('carries the cipher and the key: opens with the key under SQLCipher v4 only', async () => {
    const dir = tempDir();
    const key = randomKey();
    const test = await createTestDatabase(dir, key);
    const target = join(dir, 'copy.db');
    try {
      test.sqlite
        .prepare(`INSERT INTO settings (key, value, updated_at) VALUES ('marker', ?, 'x')`)
        .run('"VACUUM-MARKER-31"');
      test.sqlite.prepare('VACUUM INTO ?').run(target);
    } finally {
      await test.close();
    }
    const copy = openWithKey(target, key);
    expect(copy.prepare(`SELECT value FROM settings WHERE key = 'marker'`).pluck().get()).toBe(
      '"VACUUM-MARKER-31"',
    );
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    // The library's default cipher (ChaCha20) with the right key, a wrong key, and no key fail.
    expect(() => openWithKey(target, key, 'default')).toThrow(/not a database/);
    expect(() => openWithKey(target, randomKey())).toThrow(/not a database/);
    const Database = (await import('better-sqlite3-multiple-ciphers')).default;
    const bare = new Database(target, { readonly: true });
    expect(() => bare.prepare('SELECT count(*) FROM sqlite_master').get()).toThrow(
      /not a database/,
    );
    bare.close();
  });
});
