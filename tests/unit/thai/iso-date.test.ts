import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysInMonth,
  isGregorianLeapYear,
  isIsoDate,
  parseIsoDate,
  toIsoDate,
} from '../../../src/shared/thai';
import { isoDate } from './arbitraries';

describe('ISO calendar dates', () => {
  it('follow Gregorian leap years', () => {
    expect([1900, 2000, 2023, 2024, 2100].map(isGregorianLeapYear)).toEqual([
      false,
      true,
      false,
      true,
      false,
    ]);
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), (year) => {
        const february = new Date(Date.UTC(year, 2, 0)).getUTCDate();
        expect(daysInMonth(year, 2)).toBe(february);
      }),
    );
  });

  it('accept only existing days written YYYY-MM-DD', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    for (const text of ['2023-02-29', '2026-04-31', '2026-00-10', '2026-1-10', '10/04/2026', ''])
      expect(isIsoDate(text), text).toBe(false);
    expect(() => parseIsoDate('2026-04-31')).toThrow(RangeError);
  });

  it('round-trip and step one day at a time', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    fc.assert(
      fc.property(isoDate(), fc.integer({ min: -1000, max: 1000 }), (iso, days) => {
        expect(toIsoDate(parseIsoDate(iso))).toBe(iso);
        expect(addDays(addDays(iso, days), -days)).toBe(iso);
        const next = addDays(iso, 1);
        expect(next > iso && isIsoDate(next)).toBe(true);
      }),
    );
  });
});
