import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatBuddhistDate,
  formatBuddhistInstantDate,
  monthName,
  parseBuddhistDate,
  toBuddhistYear,
  toGregorianYear,
} from '../../../src/shared/thai';
import { isoDate } from './arbitraries';

describe('Buddhist-era years', () => {
  it('are Gregorian years plus 543', () => {
    expect(toBuddhistYear(2026)).toBe(2569);
    expect(toGregorianYear(2569)).toBe(2026);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), (year) => {
        expect(toGregorianYear(toBuddhistYear(year))).toBe(year);
      }),
    );
  });
});

describe('formatBuddhistDate', () => {
  it('writes the long form in Thai and English', () => {
    expect(formatBuddhistDate('2026-12-02', 'th')).toBe('2 ธันวาคม 2569');
    expect(formatBuddhistDate('2026-12-02', 'en')).toBe('2 December 2569 BE');
  });

  it('writes the short and numeric forms', () => {
    expect(formatBuddhistDate('2026-12-02', 'th', { style: 'short' })).toBe('2 ธ.ค. 2569');
    expect(formatBuddhistDate('2026-12-02', 'en', { style: 'short' })).toBe('2 Dec 2569 BE');
    expect(formatBuddhistDate('2026-12-02', 'th', { style: 'numeric' })).toBe('02/12/2569');
    expect(formatBuddhistDate('2026-12-02', 'en', { style: 'numeric' })).toBe('02/12/2569');
  });

  it('prints Thai digits when asked', () => {
    expect(formatBuddhistDate('2026-12-02', 'th', { digits: 'thai' })).toBe('๒ ธันวาคม ๒๕๖๙');
    expect(formatBuddhistDate('2026-12-02', 'th', { style: 'numeric', digits: 'thai' })).toBe(
      '๐๒/๑๒/๒๕๖๙',
    );
  });

  it('keeps 29 February of a Gregorian leap year and refuses it otherwise', () => {
    expect(formatBuddhistDate('2024-02-29', 'th')).toBe('29 กุมภาพันธ์ 2567');
    expect(() => formatBuddhistDate('2023-02-29', 'th')).toThrow(RangeError);
    expect(() => formatBuddhistDate('1900-02-29', 'th')).toThrow(RangeError);
    expect(formatBuddhistDate('2000-02-29', 'th')).toBe('29 กุมภาพันธ์ 2543');
  });

  it('refuses text that is not an ISO date', () => {
    for (const text of ['02/12/2569', '2026-13-01', '2026-12-2', '', '2026-12-02T00:00:00Z'])
      expect(() => formatBuddhistDate(text, 'th'), text).toThrow(RangeError);
  });

  it('agrees with Intl’s Buddhist calendar for every month and style', () => {
    for (let month = 1; month <= 12; month += 1) {
      const iso = `2026-${String(month).padStart(2, '0')}-15`;
      const date = new Date(`${iso}T00:00:00Z`);
      const intl = (locale: string, dateStyle: 'long' | 'medium'): string =>
        new Intl.DateTimeFormat(locale, { dateStyle, timeZone: 'UTC' }).format(date);
      expect(formatBuddhistDate(iso, 'th')).toBe(intl('th-TH-u-ca-buddhist', 'long'));
      expect(formatBuddhistDate(iso, 'th', { style: 'short' })).toBe(
        intl('th-TH-u-ca-buddhist', 'medium'),
      );
      expect(formatBuddhistDate(iso, 'en')).toBe(intl('en-GB-u-ca-buddhist', 'long'));
      expect(formatBuddhistDate(iso, 'en', { style: 'short' })).toBe(
        intl('en-GB-u-ca-buddhist', 'medium'),
      );
      expect(monthName(month, 'th', 'long')).toBe(
        new Intl.DateTimeFormat('th-TH', { month: 'long', timeZone: 'UTC' }).format(date),
      );
    }
  });

  it('is read back by the date parser from its numeric form, in either digits', () => {
    fc.assert(
      fc.property(
        isoDate('1857-01-01', '2157-12-31'),
        fc.constantFrom('arabic', 'thai' as const),
        (iso, digits) => {
          const typed = formatBuddhistDate(iso, 'th', { style: 'numeric', digits });
          expect(parseBuddhistDate(typed)).toEqual({ ok: true, isoDate: iso });
        },
      ),
    );
  });
});

describe('formatBuddhistInstantDate', () => {
  it('uses the Bangkok date of the instant', () => {
    // 17:30 UTC on 31 December is already New Year's Day in Bangkok.
    expect(formatBuddhistInstantDate('2023-12-31T17:30:00Z', 'th')).toBe('1 มกราคม 2567');
    expect(formatBuddhistInstantDate(new Date('2023-12-31T16:59:59Z'), 'en')).toBe(
      '31 December 2566 BE',
    );
  });
});
