import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  fiscalQuarterBounds,
  fiscalQuarterOf,
  fiscalYearBounds,
  fiscalYearOf,
  fiscalYearsBetween,
  type FiscalQuarter,
} from '../../../src/shared/thai';
import { isoDate } from './arbitraries';

describe('fiscal years', () => {
  it('are named by the Buddhist-era year in which they end', () => {
    expect(fiscalYearOf('2026-09-30')).toBe(2569);
    expect(fiscalYearOf('2026-10-01')).toBe(2570);
    expect(fiscalYearOf('2026-12-31')).toBe(2570);
    expect(fiscalYearOf('2027-01-01')).toBe(2570);
  });

  it('run from 1 October to 30 September', () => {
    expect(fiscalYearBounds(2570)).toEqual({ first: '2026-10-01', last: '2027-09-30' });
    expect(fiscalYearBounds(2567)).toEqual({ first: '2023-10-01', last: '2024-09-30' });
  });

  it('contain exactly the dates between their bounds', () => {
    fc.assert(
      fc.property(isoDate(), (iso) => {
        const { first, last } = fiscalYearBounds(fiscalYearOf(iso));
        expect(first <= iso && iso <= last).toBe(true);
        expect(fiscalYearOf(addDays(first, -1))).toBe(fiscalYearOf(iso) - 1);
        expect(fiscalYearOf(addDays(last, 1))).toBe(fiscalYearOf(iso) + 1);
      }),
    );
  });

  it('refuse a year that is not a whole number', () => {
    expect(() => fiscalYearBounds(2569.5)).toThrow(RangeError);
    expect(() => fiscalYearOf('2026-02-30')).toThrow(RangeError);
  });
});

describe('fiscal quarters', () => {
  it('start in October', () => {
    expect(fiscalQuarterOf('2026-10-01')).toEqual({ fiscalYear: 2570, quarter: 1 });
    expect(fiscalQuarterOf('2026-12-31')).toEqual({ fiscalYear: 2570, quarter: 1 });
    expect(fiscalQuarterOf('2027-01-01')).toEqual({ fiscalYear: 2570, quarter: 2 });
    expect(fiscalQuarterOf('2027-04-30')).toEqual({ fiscalYear: 2570, quarter: 3 });
    expect(fiscalQuarterOf('2027-09-30')).toEqual({ fiscalYear: 2570, quarter: 4 });
  });

  it('have bounds', () => {
    expect(fiscalQuarterBounds(2570, 1)).toEqual({ first: '2026-10-01', last: '2026-12-31' });
    expect(fiscalQuarterBounds(2570, 2)).toEqual({ first: '2027-01-01', last: '2027-03-31' });
    expect(fiscalQuarterBounds(2570, 3)).toEqual({ first: '2027-04-01', last: '2027-06-30' });
    expect(fiscalQuarterBounds(2570, 4)).toEqual({ first: '2027-07-01', last: '2027-09-30' });
    expect(() => fiscalQuarterBounds(2570, 5 as FiscalQuarter)).toThrow(RangeError);
  });

  it('tile the fiscal year without gaps', () => {
    fc.assert(
      fc.property(isoDate(), (iso) => {
        const { fiscalYear, quarter } = fiscalQuarterOf(iso);
        const { first, last } = fiscalQuarterBounds(fiscalYear, quarter);
        expect(first <= iso && iso <= last).toBe(true);
        expect(fiscalQuarterOf(first)).toEqual({ fiscalYear, quarter });
        expect(fiscalQuarterOf(last)).toEqual({ fiscalYear, quarter });
        const next = fiscalQuarterOf(addDays(last, 1));
        expect(next).toEqual(
          quarter === 4
            ? { fiscalYear: fiscalYear + 1, quarter: 1 }
            : { fiscalYear, quarter: quarter + 1 },
        );
      }),
    );
  });
});

describe('fiscalYearsBetween', () => {
  it('lists every fiscal year a range touches', () => {
    expect(fiscalYearsBetween('2026-09-30', '2026-10-01')).toEqual([2569, 2570]);
    expect(fiscalYearsBetween('2026-10-01', '2027-09-30')).toEqual([2570]);
    expect(fiscalYearsBetween('2023-04-10', '2026-11-01')).toEqual([2566, 2567, 2568, 2569, 2570]);
    expect(() => fiscalYearsBetween('2026-10-02', '2026-10-01')).toThrow(RangeError);
  });

  it('runs from the first date’s year to the last date’s, one step at a time', () => {
    fc.assert(
      fc.property(isoDate(), isoDate(), (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const years = fiscalYearsBetween(from, to);
        expect(years[0]).toBe(fiscalYearOf(from));
        expect(years.at(-1)).toBe(fiscalYearOf(to));
        years.forEach((year, index) => expect(year).toBe(years[0]! + index));
      }),
    );
  });
});
