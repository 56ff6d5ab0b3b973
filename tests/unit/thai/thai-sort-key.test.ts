import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { thaiSortKey } from '../../../src/shared/thai/thai-sort-key';

const collator = new Intl.Collator('th');

/** What SQLite's BINARY collation does with two keys: compare their UTF-8 bytes. */
function binaryCompare(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

function expectSameOrder(a: string, b: string): void {
  const expected = Math.sign(collator.compare(a, b));
  if (expected === 0) return; // names without ties: the collator has no opinion to agree with
  expect(Math.sign(binaryCompare(thaiSortKey(a), thaiSortKey(b))), `${a} <> ${b}`).toBe(expected);
}

const CONSONANTS = [...'กขฃคฅฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรฤลฦวศษสหฬอฮ'];
const LEADING = ['', '', '', 'เ', 'แ', 'โ', 'ใ', 'ไ'];
const VOWELS = ['', '', 'ะ', 'ั', 'า', 'ำ', 'ิ', 'ี', 'ึ', 'ื', 'ุ', 'ู', 'ๅ'];
const MARKS = ['', '', '', '่', '้', '๊', '๋', '็', '์'];
const FINALS = ['', '', 'ก', 'ง', 'น', 'ม', 'ย', 'ว', 'ด', 'บ'];

/** A Thai syllable as people write it: leading vowel, consonant, vowel, tone mark, final. */
const syllable = fc
  .tuple(
    fc.constantFrom(...LEADING),
    fc.constantFrom(...CONSONANTS),
    fc.constantFrom(...VOWELS),
    fc.constantFrom(...MARKS),
    fc.constantFrom(...FINALS),
  )
  .map(([leading, consonant, vowel, mark, final]) => leading + consonant + vowel + mark + final);

const thaiWord = fc.array(syllable, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));
const latinWord = fc.string({
  unit: fc.constantFrom(...'abcdeklmnorsuyABKMS'),
  minLength: 1,
  maxLength: 8,
});
const word = fc.oneof({ weight: 4, arbitrary: thaiWord }, { weight: 1, arbitrary: latinWord });
/** A first name, a space and a last name (sometimes with a digit, as a duplicate label has). */
const fullName = fc
  .tuple(word, word, fc.constantFrom('', '', '', ' 2', ' ๒'))
  .map(([first, last, suffix]) => `${first} ${last}${suffix}`);

const CORPUS = [
  'สมชาย ใจดี',
  'สมหญิง ใจดี',
  'เกษม ศรีสุข',
  'ขวัญ ทองดี',
  'กมล บุญมา',
  'ไก่ แก้วมณี',
  'แก้ว กองทอง',
  'โชติ รักษ์ไทย',
  'ใจ สุขสันต์',
  'ฤดี พรหมมา',
  'รัตนา ฦๅชา',
  'ณัฐวุฒิ เพ็ชรรัตน์',
  'ณัฐวุฒ เพชรรัตน์',
  'น้ำ ทิพย์',
  'นำ ทิพย์',
  'ก้อย ศรีสุข',
  'ก๋วย ศรีสุข',
  'ก่อ ศรีสุข',
  'Anan Wongsakul',
  'anan Wongsakul',
  'Malee ชัยพร',
  'อภิชาติ อ่อนศรี',
  'เอ๋ สมใจ',
  'เอ สมใจ',
];

describe('thaiSortKey', () => {
  it('orders a corpus of names as Intl.Collator("th") does', () => {
    const byCollator = [...CORPUS].sort(collator.compare);
    const byKey = [...CORPUS].sort((a, b) => binaryCompare(thaiSortKey(a), thaiSortKey(b)));
    expect(byKey).toEqual(byCollator);
  });

  it('sorts a leading vowel under its consonant, and tone marks only after the letters', () => {
    const key = thaiSortKey;
    expect(binaryCompare(key('เกษม'), key('ขวัญ'))).toBeLessThan(0);
    expect(binaryCompare(key('ไก่'), key('กา'))).toBeGreaterThan(0);
    // ก้อย and กอย differ by a tone mark only; both come before กอร.
    expect(binaryCompare(key('ก้อย'), key('กอร'))).toBeLessThan(0);
    expect(binaryCompare(key('กอย'), key('ก้อย'))).toBeLessThan(0);
  });

  it('agrees with Intl.Collator("th") on generated Thai and Latin names', () => {
    fc.assert(
      fc.property(fullName, fullName, (a, b) => expectSameOrder(a, b)),
      { numRuns: 5000 },
    );
  });

  it('is the same for names the collator finds equal (spaces and punctuation are ignored)', () => {
    expect(thaiSortKey('สม ศรี')).toBe(thaiSortKey('สมศรี'));
    expect(thaiSortKey('สม-ศรี')).toBe(thaiSortKey('สมศรี'));
    expect(collator.compare('สม ศรี', 'สมศรี')).toBe(0);
  });

  it('keeps to code points SQLite and JavaScript order alike (below the surrogates)', () => {
    fc.assert(
      fc.property(fullName, (name) => {
        expect([...thaiSortKey(name)].every((c) => c.codePointAt(0)! < 0xd800)).toBe(true);
      }),
    );
  });
});
