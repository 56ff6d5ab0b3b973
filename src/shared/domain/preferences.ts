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
});
export type Preferences = z.infer<typeof preferencesSchema>;

export const DEFAULT_PREFERENCES: Preferences = { language: DEFAULT_LANGUAGE };

/** A change to some preferences; at least one field, unknown fields rejected. */
export const preferencesPatchSchema = preferencesSchema
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, { message: 'empty patch' });
export type PreferencesPatch = z.infer<typeof preferencesPatchSchema>;
