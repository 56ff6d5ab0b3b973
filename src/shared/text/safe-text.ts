import { z } from 'zod';

/** The reason a form shows when a name holds an invisible or control character. */
export const TEXT_CONTROL_CHARACTERS = 'text_control_characters';

/**
 * Unicode control (Cc) and format (Cf) characters: line breaks and other C0/C1 codes, bidi
 * overrides and isolates (U+202A–U+202E, U+2066–U+2069), zero-width spaces and joiners
 * (U+200B–U+200D, U+2060, U+FEFF), soft hyphens. They are invisible or reorder what is shown, so
 * a name holding one can look like another person's name on screen, in the audit log and on
 * paper ("สมศรี" beside "สม\u200Bศรี", or a right-to-left override that turns a name around).
 * Thai needs none of them: its vowels, tone marks, mai han-akat and sara am are letters and marks
 * (Lo, Mn), not Cf.
 */
const CONTROL_OR_FORMAT_CHARACTER = /[\p{Cc}\p{Cf}]/u;

export function hasControlCharacters(text: string): boolean {
  return CONTROL_OR_FORMAT_CHARACTER.test(text);
}

/**
 * The start of every schema for a name people read (a person's name, a position, an office, and
 * every name field to come): a string without control or format characters. It is checked before
 * trimming, so what the person typed is refused as a whole rather than quietly cleaned at the
 * edges; chain `.trim()`, `.min()` and `.max()` after it.
 */
export function safeText(): z.ZodString {
  return z.string().refine((text) => !hasControlCharacters(text), {
    message: TEXT_CONTROL_CHARACTERS,
  });
}
