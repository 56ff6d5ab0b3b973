import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { fullNameSchema, positionSchema } from '../../src/shared/domain/accounts';
import { agencyNameSchema } from '../../src/shared/domain/office-settings';
import { userNameSchema } from '../../src/shared/domain/user-name';
import {
  hasControlCharacters,
  safeText,
  TEXT_CONTROL_CHARACTERS,
} from '../../src/shared/text/safe-text';

/** The characters the issue names, written out by hand so the test does not lean on the regex. */
const NAMED_INVISIBLES = [
  '\u202E', // right-to-left override
  '\u202D', // left-to-right override
  '\u202A', // left-to-right embedding
  '\u2066', // left-to-right isolate
  '\u2069', // pop directional isolate
  '\u200E', // left-to-right mark
  '\u200F', // right-to-left mark
  '\u061C', // Arabic letter mark
  '\u200B', // zero-width space
  '\u200C', // zero-width non-joiner
  '\u200D', // zero-width joiner
  '\u2060', // word joiner
  '\uFEFF', // zero-width no-break space (byte-order mark)
  '\u00AD', // soft hyphen
  '\u180E', // Mongolian vowel separator
  '\uFFF9', // interlinear annotation anchor
  '\u{E0001}', // language tag
  '\u0000',
  '\u0007',
  '\t',
  '\n',
  '\r',
  '\u001B',
  '\u007F',
  '\u0085',
  '\u009B',
];

/** Every Cc and Cf code point, found once by scanning the whole code space. */
const ALL_CONTROL_AND_FORMAT = (() => {
  const found: string[] = [];
  for (let code = 0; code <= 0x10ffff; code += 1) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const character = String.fromCodePoint(code);
    if (/^[\p{Cc}\p{Cf}]$/u.test(character)) found.push(character);
  }
  return found;
})();

const invisible = fc.constantFrom(...NAMED_INVISIBLES, ...ALL_CONTROL_AND_FORMAT);

/** Any text with at least one control or format character somewhere in it (edges included). */
const textWithInvisible = fc
  .tuple(fc.string({ unit: 'grapheme', maxLength: 30 }), invisible, fc.string({ maxLength: 30 }))
  .map(([before, character, after]) => `${before}${character}${after}`);

/**
 * Names as Thai is really typed: every assigned character of the Thai block (consonants, vowels
 * above, below and before, tone marks, mai han-akat, sara am, ฤ ฦ ๅ, thanthakhat, ไม้ยมก, digits)
 * and spaces.
 */
const thaiCharacter = fc.oneof(
  fc.integer({ min: 0x0e01, max: 0x0e3a }).map((code) => String.fromCodePoint(code)),
  fc.integer({ min: 0x0e3f, max: 0x0e5b }).map((code) => String.fromCodePoint(code)),
  fc.constant(' '),
);
const thaiName = fc
  .string({ unit: thaiCharacter, minLength: 1, maxLength: 60 })
  .filter((name) => name.trim() !== '');

/** Latin names with accents, precomposed (é) or as a letter and a combining mark (e + U+0301). */
const accentedLatinName = fc
  .string({
    unit: fc.constantFrom(...'aAeEnNoOuUzZ', ...'éèêëñøåçüöäßłğşő', ' ', '-', "'", '.'),
    minLength: 1,
    maxLength: 60,
  })
  .filter((name) => /\p{L}/u.test(name))
  .chain((name) => fc.constantFrom(name, name.normalize('NFD')));

const NAME_SCHEMAS: [string, z.ZodType][] = [
  ['full name', fullNameSchema],
  ['position', positionSchema],
  ['office name', agencyNameSchema],
  ['user name', userNameSchema],
];

function messages(schema: z.ZodType, value: string): string[] {
  const parsed = schema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
}

describe('safe text', () => {
  it('finds the invisible characters the issue names, and the scan found the whole families', () => {
    for (const character of NAMED_INVISIBLES)
      expect(hasControlCharacters(`a${character}b`)).toBe(true);
    // 65 Cc code points; Cf has well over a hundred (Unicode 15: 170).
    expect(ALL_CONTROL_AND_FORMAT.filter((c) => /\p{Cc}/u.test(c))).toHaveLength(65);
    expect(ALL_CONTROL_AND_FORMAT.length).toBeGreaterThan(65 + 150);
  });

  it('refuses any text holding a control or format character, wherever it stands', () => {
    fc.assert(
      fc.property(textWithInvisible, (text) => {
        expect(messages(safeText(), text)).toEqual([TEXT_CONTROL_CHARACTERS]);
      }),
    );
  });

  it.each(NAME_SCHEMAS)('makes the %s schema report the invisible character', (_, schema) => {
    fc.assert(
      fc.property(textWithInvisible, (text) => {
        expect(messages(schema, text)).toContain(TEXT_CONTROL_CHARACTERS);
      }),
    );
  });

  it('checks before trimming: a byte-order mark or line break at the edge is not cleaned away', () => {
    // String.prototype.trim removes U+FEFF and line breaks; checking after it would let them in.
    expect(messages(fullNameSchema, '\uFEFFสมศรี ใจดี')).toEqual([TEXT_CONTROL_CHARACTERS]);
    expect(messages(agencyNameSchema, 'สำนักงาน พมจ.ขอนแก่น\n')).toEqual([TEXT_CONTROL_CHARACTERS]);
    expect(fullNameSchema.parse('  สมศรี ใจดี  ')).toBe('สมศรี ใจดี');
  });

  it('tells the person about the invisible character, not about the user-name format', () => {
    expect(messages(userNameSchema, 'admin\u200B.kk')).toEqual([TEXT_CONTROL_CHARACTERS]);
    expect(messages(userNameSchema, 'admin.kk')).toEqual([]);
    expect(messages(userNameSchema, 'สมศรี')).toEqual(['user_name_format']);
  });

  it('keeps Thai with its vowels, tone marks, mai han-akat and sara am exactly as typed', () => {
    for (const name of ['น้ำ', 'กิ่ง', 'ผู้', 'ฤๅษี', 'นางสาวสมศรี ใจดี', 'กั๊ก', 'ศักดิ์สิทธิ์', 'ไม้ยมกๆ', 'ฯพณฯ'])
      expect(fullNameSchema.parse(name)).toBe(name);
    // น้ำ typed with nikhahit + sara aa instead of sara am is still letters and marks.
    expect(fullNameSchema.parse('น\u0E49\u0E4D\u0E32')).toBe('น\u0E49\u0E4D\u0E32');
    fc.assert(
      fc.property(thaiName, (name) => {
        expect(hasControlCharacters(name)).toBe(false);
        expect(agencyNameSchema.parse(name)).toBe(name.trim());
      }),
    );
  });

  it('keeps Latin names with accents, precomposed or combining', () => {
    for (const name of [
      'José Núñez',
      'Zoë Brontë',
      'Nguyễn Thị Minh Khai',
      'Ångström'.normalize('NFD'),
    ])
      expect(fullNameSchema.parse(name)).toBe(name);
    fc.assert(
      fc.property(accentedLatinName, (name) => {
        expect(messages(safeText(), name)).toEqual([]);
        expect(positionSchema.parse(name)).toBe(name.trim());
      }),
    );
  });
});
