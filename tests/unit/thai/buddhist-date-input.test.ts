import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  arabicDigitsToThai,
  parseBuddhistDate,
  parseBuddhistDateParts,
  toBuddhistYear,
} from '../../../src/shared/thai';
import { isoDate } from './arbitraries';

describe('parseBuddhistDate', () => {
  it('reads d/m/yyyy in the Buddhist era into an ISO date', () => {
    expect(parseBuddhistDate('2/12/2569')).toEqual({ ok: true, isoDate: '2026-12-02' });
    expect(parseBuddhistDate(' 02-12-2569 ')).toEqual({ ok: true, isoDate: '2026-12-02' });
    expect(parseBuddhistDate('2 / 12 / 2569')).toEqual({ ok: true, isoDate: '2026-12-02' });
    expect(parseBuddhistDate('2.12.2569')).toEqual({ ok: true, isoDate: '2026-12-02' });
  });

  it('accepts Thai digits', () => {
    expect(parseBuddhistDate('๒/๑๒/๒๕๖๙')).toEqual({ ok: true, isoDate: '2026-12-02' });
  });

  it('accepts the birth dates of older beneficiaries', () => {
    expect(parseBuddhistDate('5/6/2475')).toEqual({ ok: true, isoDate: '1932-06-05' });
  });

  it('follows Gregorian leap years', () => {
    expect(parseBuddhistDate('29/2/2567')).toEqual({ ok: true, isoDate: '2024-02-29' });
    expect(parseBuddhistDate('29/2/2569')).toEqual({ ok: false, reason: 'invalid_date' });
    // ค.ศ. 2100 is not a leap year although พ.ศ. 2643 is divisible by neither 4 nor 100.
    expect(parseBuddhistDate('29/2/2643')).toEqual({ ok: false, reason: 'invalid_date' });
    expect(parseBuddhistDate('29/2/2543')).toEqual({ ok: true, isoDate: '2000-02-29' });
  });

  it('refuses days that do not exist', () => {
    for (const typed of ['31/2/2569', '31/4/2569', '0/1/2569', '1/0/2569', '1/13/2569'])
      expect(parseBuddhistDate(typed), typed).toEqual({ ok: false, reason: 'invalid_date' });
  });

  it('refuses a ค.ศ. year with its own reason', () => {
    expect(parseBuddhistDate('2/12/2026')).toEqual({ ok: false, reason: 'looks_gregorian' });
    expect(parseBuddhistDate('2/12/1999')).toEqual({ ok: false, reason: 'looks_gregorian' });
  });

  it('refuses a short year and years outside the field’s range', () => {
    expect(parseBuddhistDate('2/12/69')).toEqual({ ok: false, reason: 'year_format' });
    expect(parseBuddhistDate('2/12/25690')).toEqual({ ok: false, reason: 'year_format' });
    expect(parseBuddhistDate('2/12/2701')).toEqual({ ok: false, reason: 'year_out_of_range' });
    const sessionYears = { min: 2566, max: 2600 };
    expect(parseBuddhistDate('2/12/2565', sessionYears)).toEqual({
      ok: false,
      reason: 'year_out_of_range',
    });
    expect(parseBuddhistDate('2/12/2566', sessionYears)).toEqual({
      ok: true,
      isoDate: '2023-12-02',
    });
  });

  it('refuses what is not a date', () => {
    expect(parseBuddhistDate('')).toEqual({ ok: false, reason: 'empty' });
    expect(parseBuddhistDate('   ')).toEqual({ ok: false, reason: 'empty' });
    for (const typed of ['2 ธ.ค. 2569', '2/12', '2569-12-02', '2//2569', 'a/b/2569', '123/1/2569'])
      expect(parseBuddhistDate(typed).ok, typed).toBe(false);
    expect(parseBuddhistDate('2 ธ.ค. 2569')).toEqual({ ok: false, reason: 'format' });
    expect(parseBuddhistDate('x/12/2569')).toEqual({ ok: false, reason: 'format' });
  });

  it('reads back any date typed as d/m/yyyy, with or without padding', () => {
    fc.assert(
      fc.property(isoDate('1857-01-01', '2157-12-31'), fc.boolean(), (iso, thai) => {
        const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
        const typed = `${day}/${month}/${toBuddhistYear(year)}`;
        const text = thai ? arabicDigitsToThai(typed) : typed;
        expect(parseBuddhistDate(text)).toEqual({ ok: true, isoDate: iso });
      }),
    );
  });

  it('never accepts a year below 2400 as a Buddhist year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 2399 }), (year) => {
        expect(parseBuddhistDate(`1/1/${year}`)).toEqual({ ok: false, reason: 'looks_gregorian' });
      }),
    );
  });
});

describe('parseBuddhistDateParts', () => {
  it('reads three boxes', () => {
    expect(parseBuddhistDateParts({ day: '1', month: '3', year: '2569' })).toEqual({
      ok: true,
      isoDate: '2026-03-01',
    });
    expect(parseBuddhistDateParts({ day: '', month: '', year: '' })).toEqual({
      ok: false,
      reason: 'empty',
    });
    expect(parseBuddhistDateParts({ day: '', month: '3', year: '2569' })).toEqual({
      ok: false,
      reason: 'format',
    });
  });

  it('checks the year first, since a ค.ศ. year is the likeliest mistake', () => {
    expect(parseBuddhistDateParts({ day: '31', month: '2', year: '2026' })).toEqual({
      ok: false,
      reason: 'looks_gregorian',
    });
  });
});
