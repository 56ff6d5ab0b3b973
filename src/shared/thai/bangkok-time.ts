import { addDays, parseIsoDate, toIsoDate, utcMidnightMs } from './iso-date';

/**
 * Every Kaona office is in Thailand, and two PCs must agree on what "today" and "8 May" mean even
 * when one of them has the wrong time-zone setting. So dates and times are shown, and date filters
 * are turned into UTC bounds, in Asia/Bangkok, never in the host's zone. Thailand has kept UTC+7
 * without daylight saving since 1920, but the offset is still read from the time-zone database
 * through Intl rather than hard-coded, so the code stays right for any instant it is given.
 */
export const BANGKOK_TIME_ZONE = 'Asia/Bangkok';

/** A stored timestamp: ISO-8601 with an explicit zone, as `Date.prototype.toISOString` writes. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

const wallClockFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: BANGKOK_TIME_ZONE,
  calendar: 'gregory',
  numberingSystem: 'latn',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/**
 * A string without a zone ("2026-05-08T10:00") would be read in the host's zone, which is the
 * very dependence this module exists to avoid, so it is refused.
 */
function toInstant(instant: Date | string): Date {
  const date =
    typeof instant === 'string' ? (ISO_INSTANT.test(instant) ? new Date(instant) : null) : instant;
  if (!date || Number.isNaN(date.getTime()))
    throw new RangeError(`Not an instant: ${String(instant)}`);
  return date;
}

function bangkokWallClock(instant: Date): WallClock {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of wallClockFormat.formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const { year, month, day, hour, minute, second } = parts;
  if (
    year === undefined ||
    month === undefined ||
    day === undefined ||
    hour === undefined ||
    minute === undefined ||
    second === undefined
  ) {
    throw new RangeError(`Cannot place ${instant.toISOString()} in ${BANGKOK_TIME_ZONE}`);
  }
  return { year, month, day, hour, minute, second };
}

/** How far Bangkok's wall clock is ahead of UTC at `instantMs`. */
function bangkokOffsetMs(instantMs: number): number {
  const wholeSecondMs = Math.floor(instantMs / 1000) * 1000;
  const clock = bangkokWallClock(new Date(wholeSecondMs));
  const wallClockAsUtcMs =
    utcMidnightMs(clock) + ((clock.hour * 60 + clock.minute) * 60 + clock.second) * 1000;
  return wallClockAsUtcMs - wholeSecondMs;
}

const pad2 = (value: number): string => String(value).padStart(2, '0');

/** The calendar date (`YYYY-MM-DD`) in Bangkok at that instant. */
export function bangkokDate(instant: Date | string): string {
  return toIsoDate(bangkokWallClock(toInstant(instant)));
}

/** The time of day (`HH:mm`, 24-hour) in Bangkok at that instant. */
export function bangkokTime(instant: Date | string): string {
  const { hour, minute } = bangkokWallClock(toInstant(instant));
  return `${pad2(hour)}:${pad2(minute)}`;
}

/** Today's date in Bangkok, for defaults such as "the current fiscal year". */
export function bangkokToday(now: Date = new Date()): string {
  return bangkokDate(now);
}

/** The UTC instant (ISO-8601, `…Z`) at which that date begins in Bangkok. */
export function bangkokDayStartUtc(isoDate: string): string {
  const midnightAsIfUtc = utcMidnightMs(parseIsoDate(isoDate));
  // The offset is looked up at the guessed instant a second time, in case it changes within the
  // day (it did in 1920, when Bangkok left local mean time).
  const firstGuess = midnightAsIfUtc - bangkokOffsetMs(midnightAsIfUtc);
  return new Date(midnightAsIfUtc - bangkokOffsetMs(firstGuess)).toISOString();
}

/** The UTC instant at which the day after `isoDate` begins in Bangkok: an exclusive upper bound. */
export function bangkokDayEndUtc(isoDate: string): string {
  return bangkokDayStartUtc(addDays(isoDate, 1));
}

export interface UtcRange {
  /** Inclusive: `at >= start`. */
  start: string;
  /** Exclusive: `at < endExclusive`, so the last millisecond of `to` is still inside. */
  endExclusive: string;
}

/**
 * The UTC bounds of the Bangkok dates `from`…`to` (both included), for a filter on stored UTC
 * timestamps: `WHERE at >= start AND at < endExclusive`. ISO strings compare like the instants
 * they name, so the bounds work directly in SQL.
 */
export function bangkokDateRangeUtc(from: string, to: string): UtcRange {
  const range = { start: bangkokDayStartUtc(from), endExclusive: bangkokDayEndUtc(to) };
  if (from > to) throw new RangeError(`The range ends (${to}) before it starts (${from})`);
  return range;
}
