import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arabicDigitsToThai, thaiDigitsToArabic, withDigits } from '../../../src/shared/thai';

describe('Thai digits', () => {
  it('maps each digit to its Thai form and back', () => {
    expect(arabicDigitsToThai('0123456789')).toBe('๐๑๒๓๔๕๖๗๘๙');
    expect(thaiDigitsToArabic('๐๑๒๓๔๕๖๗๘๙')).toBe('0123456789');
    expect(arabicDigitsToThai('2 ธันวาคม 2569')).toBe('๒ ธันวาคม ๒๕๖๙');
    expect(thaiDigitsToArabic('๑-๒๓๔๕ abc')).toBe('1-2345 abc');
  });

  it('prints the digits the setting asks for', () => {
    expect(withDigits('๒ ธ.ค. 2569', 'thai')).toBe('๒ ธ.ค. ๒๕๖๙');
    expect(withDigits('๒ ธ.ค. 2569', 'arabic')).toBe('2 ธ.ค. 2569');
  });

  it('round-trips any text and leaves non-digits alone', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const arabic = thaiDigitsToArabic(text);
        expect(arabic).not.toMatch(/[๐-๙]/);
        expect(arabicDigitsToThai(arabic)).not.toMatch(/[0-9]/);
        expect(thaiDigitsToArabic(arabicDigitsToThai(arabic))).toBe(arabic);
        expect(arabic.replace(/[0-9]/g, '')).toBe(text.replace(/[0-9๐-๙]/g, ''));
      }),
    );
  });

  it('keeps the value of a number', () => {
    fc.assert(
      fc.property(fc.nat(), (value) => {
        expect(Number(thaiDigitsToArabic(arabicDigitsToThai(String(value))))).toBe(value);
      }),
    );
  });
});
