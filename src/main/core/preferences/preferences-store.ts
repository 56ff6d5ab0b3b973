import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DEFAULT_PREFERENCES,
  preferencesSchema,
  type Preferences,
  type PreferencesPatch,
} from '../../../shared/domain/preferences';
import { writeFileAtomic } from '../fs/atomic-write';

export const PREFERENCES_FILE = 'preferences.json';

/**
 * Per-PC preferences in a small plain JSON file in the data folder. The sign-in screen needs them
 * before the database is unlocked, which is why they are not in the database — and why they must
 * never hold personal data. A missing or damaged file means defaults, never a crash.
 */
export class PreferencesStore {
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = join(dataDir, PREFERENCES_FILE);
  }

  get(): Preferences {
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch {
      return { ...DEFAULT_PREFERENCES };
    }
    let stored: unknown;
    try {
      stored = JSON.parse(text);
    } catch {
      return { ...DEFAULT_PREFERENCES };
    }
    return readEachField(stored);
  }

  set(patch: PreferencesPatch): Preferences {
    const next = preferencesSchema.parse({ ...this.get(), ...patch });
    writeFileAtomic(this.file, `${JSON.stringify(next, null, 2)}\n`);
    return next;
  }
}

/** Keeps every stored field that is still valid, so one bad field does not reset the others. */
function readEachField(stored: unknown): Preferences {
  const result: Record<string, unknown> = { ...DEFAULT_PREFERENCES };
  if (typeof stored !== 'object' || stored === null) return result as Preferences;
  for (const [field, schema] of Object.entries(preferencesSchema.shape)) {
    const parsed = schema.safeParse((stored as Record<string, unknown>)[field]);
    if (parsed.success) result[field] = parsed.data;
  }
  return result as Preferences;
}
