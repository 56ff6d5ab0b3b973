import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  addDays,
  bangkokDate,
  bangkokDateRangeUtc,
  bangkokDayEndUtc,
  bangkokDayStartUtc,
  bangkokTime,
  bangkokToday,
} from '../../../src/shared/thai';
import { instant, isoDate } from './arbitraries';

const SEVEN_HOURS_MS = 7 * 3_600_000;

/**
 * Run in zones far from Bangkok on both sides, so that any use of the host's zone shows. Node
 * re-reads TZ when it is assigned, and each zone is checked to have taken effect.
 */
describe.each([
  { zone: 'America/New_York', offsetMinutes: 300 },
  { zone: 'Pacific/Kiritimati', offsetMinutes: -840 },
])('Bangkok time on a PC set to $zone', ({ zone, offsetMinutes }) => {
  beforeAll(() => {
    vi.stubEnv('TZ', zone);
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  it('really runs in that zone', () => {
    expect(new Date('2026-01-15T12:00:00Z').getTimezoneOffset()).toBe(offsetMinutes);
  });

  it('gives the Bangkok date and time of an instant', () => {
    expect(bangkokDate('2023-12-31T17:30:00Z')).toBe('2024-01-01');
    expect(bangkokTime('2023-12-31T17:30:00Z')).toBe('00:30');
    expect(bangkokDate('2023-12-31T16:59:59.999Z')).toBe('2023-12-31');
    expect(bangkokTime(new Date('2023-12-31T16:59:59.999Z'))).toBe('23:59');
    expect(bangkokDate('2026-05-08T09:00:00+07:00')).toBe('2026-05-08');
    expect(bangkokTime('2026-05-08T09:00:00-05:00')).toBe('21:00');
    expect(bangkokToday(new Date('2026-09-30T17:00:00Z'))).toBe('2026-10-01');
  });

  it('refuses what is not an instant', () => {
    for (const text of ['2026-05-08', '2026-05-08T10:00', 'yesterday', ''])
      expect(() => bangkokDate(text), text).toThrow(RangeError);
    expect(() => bangkokTime(new Date(Number.NaN))).toThrow(RangeError);
  });

  it('agrees with UTC+7 for every instant', () => {
    fc.assert(
      fc.property(instant(), (at) => {
        const shifted = new Date(at.getTime() + SEVEN_HOURS_MS).toISOString();
        expect(bangkokDate(at)).toBe(shifted.slice(0, 10));
        expect(bangkokTime(at.toISOString())).toBe(shifted.slice(11, 16));
      }),
    );
  });

  it('starts a Bangkok day at 17:00 UTC the day before', () => {
    expect(bangkokDayStartUtc('2026-05-08')).toBe('2026-05-07T17:00:00.000Z');
    expect(bangkokDayEndUtc('2026-05-08')).toBe('2026-05-08T17:00:00.000Z');
    expect(bangkokDayStartUtc('2024-03-01')).toBe('2024-02-29T17:00:00.000Z');
    expect(() => bangkokDayStartUtc('2026-02-30')).toThrow(RangeError);
  });

  it('gives filter bounds that hold exactly the instants of those Bangkok dates', () => {
    expect(bangkokDateRangeUtc('2026-05-01', '2026-05-31')).toEqual({
      start: '2026-04-30T17:00:00.000Z',
      endExclusive: '2026-05-31T17:00:00.000Z',
    });
    expect(() => bangkokDateRangeUtc('2026-05-02', '2026-05-01')).toThrow(RangeError);
    fc.assert(
      fc.property(isoDate('1971-01-01'), fc.nat(40), instant(), (from, days, at) => {
        const to = addDays(from, days);
        const { start, endExclusive } = bangkokDateRangeUtc(from, to);
        const stamp = at.toISOString();
        const inside = stamp >= start && stamp < endExclusive;
        const date = bangkokDate(at);
        expect(inside).toBe(date >= from && date <= to);
        expect(bangkokDate(start)).toBe(from);
        expect(bangkokDate(new Date(Date.parse(endExclusive) - 1))).toBe(to);
      }),
    );
  });
});
