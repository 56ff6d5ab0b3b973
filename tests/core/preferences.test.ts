import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES } from '../../src/shared/domain/preferences';
import {
  PREFERENCES_FILE,
  PreferencesStore,
} from '../../src/main/core/preferences/preferences-store';
import { useTempDirs } from '../support/temp-dir';

describe('preferences', () => {
  const tempDir = useTempDirs();

  it('starts in Thai when nothing is stored', () => {
    expect(new PreferencesStore(tempDir()).get()).toEqual({ language: 'th', lastUserName: null });
    expect(DEFAULT_PREFERENCES.language).toBe('th');
  });

  it('remembers a change across instances (an app restart)', () => {
    const dir = tempDir();
    expect(new PreferencesStore(dir).set({ language: 'en' })).toEqual({
      language: 'en',
      lastUserName: null,
    });
    expect(new PreferencesStore(dir).get()).toEqual({ language: 'en', lastUserName: null });
    expect(JSON.parse(readFileSync(join(dir, PREFERENCES_FILE), 'utf8'))).toEqual({
      language: 'en',
      lastUserName: null,
    });
  });

  it('writes atomically: no temp file is left and only the owner can read it', () => {
    const dir = tempDir();
    const store = new PreferencesStore(dir);
    for (let i = 0; i < 20; i++) store.set({ language: i % 2 ? 'th' : 'en' });
    expect(readdirSync(dir)).toEqual([PREFERENCES_FILE]);
    if (process.platform !== 'win32')
      expect(statSync(join(dir, PREFERENCES_FILE)).mode & 0o077).toBe(0);
  });

  it('falls back to defaults for a damaged file instead of failing start-up', () => {
    const dir = tempDir();
    for (const damaged of [
      '',
      '{',
      'null',
      '[]',
      '"th"',
      '\u0000\u0001garbage',
      '{"language": 42}',
    ]) {
      writeFileSync(join(dir, PREFERENCES_FILE), damaged);
      expect(new PreferencesStore(dir).get(), JSON.stringify(damaged)).toEqual(DEFAULT_PREFERENCES);
    }
  });

  it('keeps valid fields and drops unknown ones from a hand-edited file', () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, PREFERENCES_FILE),
      JSON.stringify({ language: 'en', national_id: '1234567890123' }),
    );
    const store = new PreferencesStore(dir);
    expect(store.get()).toEqual({ language: 'en', lastUserName: null });
    store.set({ language: 'th' });
    expect(readFileSync(join(dir, PREFERENCES_FILE), 'utf8')).not.toContain('national_id');
  });
});
