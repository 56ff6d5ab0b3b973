import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDate, formatDateTime } from '../../src/renderer/src/i18n/format';

describe('formatDate', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('shows the Buddhist-era year in Thai', () => {
    expect(formatDate('2023-04-10', 'th')).toBe('10 เมษายน 2566');
    expect(formatDate('2023-04-10', 'th', 'medium')).toBe('10 เม.ย. 2566');
  });

  it('shows the Buddhist-era year in English too', () => {
    expect(formatDate('2023-04-10', 'en')).toBe('10 April 2566 BE');
  });

  it('keeps 29 February of a Gregorian leap year', () => {
    expect(formatDate('2024-02-29', 'th')).toBe('29 กุมภาพันธ์ 2567');
  });

  it('rejects dates that do not exist or are not ISO', () => {
    expect(() => formatDate('2023-02-29', 'th')).toThrow(RangeError);
    expect(() => formatDate('10/04/2566', 'th')).toThrow(RangeError);
  });

  it('does not move a calendar date to the previous day west of Greenwich', () => {
    // Node re-reads TZ when it is assigned, so this really moves the process west.
    vi.stubEnv('TZ', 'America/Los_Angeles');
    expect(new Date(Date.UTC(2023, 3, 10)).getDate()).toBe(9);
    expect(formatDate('2023-04-10', 'th')).toBe('10 เมษายน 2566');
  });
});

describe('formatDateTime', () => {
  it('shows a UTC instant in the given time zone, Buddhist era', () => {
    // 17:30 UTC on 31 December is already New Year's Day in Bangkok.
    expect(formatDateTime('2023-12-31T17:30:00Z', 'th', { timeZone: 'Asia/Bangkok' })).toBe(
      '1 ม.ค. 2567 00:30',
    );
    expect(formatDateTime('2023-12-31T17:30:00Z', 'en', { timeZone: 'Asia/Bangkok' })).toBe(
      '1 Jan 2567 BE, 00:30',
    );
  });

  it('rejects a timestamp it cannot read', () => {
    expect(() => formatDateTime('yesterday', 'th')).toThrow(RangeError);
  });
});
