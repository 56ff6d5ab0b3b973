import { z } from 'zod';

export const LANGUAGES = ['th', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'th';

/**
 * Per-PC preferences, readable before the database is unlocked. They are stored in plain JSON,
 * so nothing here may ever be personal data.
 */
export const preferencesSchema = z.strictObject({
  language: z.enum(LANGUAGES),
  /** Pre-fills the sign-in screen. A user name is an account handle, not personal data. */
  lastUserName: z.string().max(64).nullable(),
});
export type Preferences = z.infer<typeof preferencesSchema>;

export const DEFAULT_PREFERENCES: Preferences = { language: DEFAULT_LANGUAGE, lastUserName: null };

/** What the renderer may change; `lastUserName` is set by main at sign-in only. */
export const preferencesPatchSchema = z.strictObject({ language: z.enum(LANGUAGES) });
export type PreferencesPatch = Partial<Preferences>;
