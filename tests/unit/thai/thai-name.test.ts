import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseThaiName, sameThaiName } from '../../../src/shared/thai';

const TITLES = [
  'นาย',
  'นาง',
  'นางสาว',
  'น.ส.',
  'เด็กชาย',
  'ด.ช.',
  'เด็กหญิง',
  'ด.ญ.',
  'ว่าที่ร้อยตรี',
  'ดร.',
  'Mr',
  'Mr.',
  'MRS',
  'Ms.',
  'Miss',
];
const TONE_MARKS = ['\u0E48', '\u0E49', '\u0E4A', '\u0E4B'];
const INVISIBLES = ['\u200B', '\u200C', '\u200D', '\u00AD', '\uFEFF', '\u2060'];

/** Thai consonants, leading and following vowels and Latin letters: names as typed. */
const nameCharacter = fc.oneof(
  fc.integer({ min: 0x0e01, max: 0x0e2e }).map((code) => String.fromCharCode(code)),
  fc.constantFrom('ะ', 'า', 'ิ', 'ี', 'ุ', 'ู', 'เ', 'แ', 'โ', 'ไ', 'ำ', 'ั', '์', ' '),
  fc.constantFrom(...'abcXYZé'),
);
const name = fc
  .string({ unit: nameCharacter, minLength: 1, maxLength: 20 })
  .filter((text) => text.trim() !== '');
/** Inserts `insert` at random positions; positions beyond the end append. */
const sprinkled = (text: string, insert: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc
    .array(fc.tuple(fc.nat(text.length), insert), { maxLength: 4 })
    .map((inserts) =>
      inserts
        .sort(([a], [b]) => b - a)
        .reduce((result, [at, mark]) => result.slice(0, at) + mark + result.slice(at), text),
    );

describe('normaliseThaiName', () => {
  it('drops titles, tone marks and invisible characters', () => {
    expect(normaliseThaiName('นาย สมชาย  ใจดี')).toBe('สมชาย ใจดี');
    expect(normaliseThaiName('นางสาวสมศรี มีสุข')).toBe('สมศรี มีสุข');
    expect(normaliseThaiName('น.ส.สมศรี มีสุข')).toBe('สมศรี มีสุข');
    expect(normaliseThaiName('ด.ญ. น้ำฝน')).toBe('นำฝน');
    expect(normaliseThaiName('ว่าที่ร้อยตรี ดร. กิตติ')).toBe('กิตติ');
    expect(normaliseThaiName('สม\u200bชาย')).toBe('สมชาย');
    expect(normaliseThaiName('Mr. Somchai JAIDEE')).toBe('somchai jaidee');
    expect(normaliseThaiName('Miss Nok')).toBe('nok');
  });

  it('unifies the two ways to type สระอำ and สระแอ', () => {
    expect(normaliseThaiName('น\u0E49\u0E4D\u0E32')).toBe(normaliseThaiName('น\u0E49\u0E33'));
    expect(normaliseThaiName('\u0E40\u0E40สง')).toBe(normaliseThaiName('แสง'));
  });

  it('keeps a name that only begins like a title', () => {
    expect(normaliseThaiName('นายิกา')).toBe('นายิกา');
    expect(normaliseThaiName('นางาม')).toBe('นางาม');
    expect(normaliseThaiName('Misska')).toBe('misska');
    expect(normaliseThaiName('นาย')).toBe('นาย');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const key = normaliseThaiName(text);
        expect(normaliseThaiName(key)).toBe(key);
      }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...TITLES), name, (title, typed) => {
        const key = normaliseThaiName(`${title} ${typed}`);
        expect(normaliseThaiName(key)).toBe(key);
      }),
    );
  });

  it('gives the same key with or without titles, tone marks and invisible characters', () => {
    fc.assert(
      fc.property(
        name.chain((typed) =>
          fc.tuple(
            fc.constant(typed),
            fc.array(fc.constantFrom(...TITLES), { maxLength: 2 }),
            sprinkled(typed, fc.constantFrom(...TONE_MARKS, ...INVISIBLES)),
          ),
        ),
        ([typed, titles, marked]) => {
          const withTitles = [...titles, marked].join(' ');
          expect(normaliseThaiName(withTitles)).toBe(normaliseThaiName(typed));
          expect(sameThaiName(withTitles, typed)).toBe(true);
        },
      ),
    );
  });

  it('still tells different names apart', () => {
    expect(sameThaiName('สมชาย ใจดี', 'สมชัย ใจดี')).toBe(false);
    expect(sameThaiName('นาย สมชาย', 'นาง สมชาย')).toBe(true);
  });
});
