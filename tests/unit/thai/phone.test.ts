import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  arabicDigitsToThai,
  formatThaiPhone,
  parseThaiPhone,
  thaiPhoneSchema,
} from '../../../src/shared/thai';
import { digitString } from './arbitraries';

const mobile = fc
  .tuple(fc.constantFrom('06', '08', '09'), digitString(8))
  .map(([prefix, rest]) => prefix + rest);
const landline = fc
  .tuple(fc.constantFrom('02', '03', '04', '05', '07'), digitString(7))
  .map(([prefix, rest]) => prefix + rest);
const validNational = fc.oneof(mobile, landline);

/** The ways a clerk writes the same number. */
const decorated = (national: string): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.constantFrom('', '+66', '+66 ', '66', '+66 (0)', '+66-0'),
      fc.constantFrom('', ' ', '-', '.'),
      fc.boolean(),
    )
    .map(([country, separator, thai]) => {
      const number = country ? national.slice(1) : national;
      const spaced = [...number].join(separator);
      const typed = `${country}${spaced}`;
      return thai ? arabicDigitsToThai(typed) : typed;
    });

describe('parseThaiPhone', () => {
  it('classifies and normalises mobiles and landlines', () => {
    expect(parseThaiPhone('081 234 5678')).toEqual({
      ok: true,
      phone: { national: '0812345678', e164: '+66812345678', kind: 'mobile' },
    });
    expect(parseThaiPhone('+66 2 123 4567')).toEqual({
      ok: true,
      phone: { national: '021234567', e164: '+6621234567', kind: 'landline' },
    });
    expect(parseThaiPhone('053-123-456')).toEqual({
      ok: true,
      phone: { national: '053123456', e164: '+6653123456', kind: 'landline' },
    });
    expect(parseThaiPhone('66812345678').ok).toBe(true);
    expect(parseThaiPhone('+66 (0)81-234-5678').ok).toBe(true);
    expect(parseThaiPhone('๐๘๑-๒๓๔-๕๖๗๘').ok).toBe(true);
  });

  it('gives a reason for each kind of mistake', () => {
    expect(parseThaiPhone('  ')).toEqual({ ok: false, reason: 'empty' });
    expect(parseThaiPhone('02-123-4567 ต่อ 12')).toEqual({ ok: false, reason: 'characters' });
    expect(parseThaiPhone('08l-234-5678')).toEqual({ ok: false, reason: 'characters' });
    expect(parseThaiPhone('+1 555 123 4567')).toEqual({ ok: false, reason: 'country' });
    expect(parseThaiPhone('1300')).toEqual({ ok: false, reason: 'prefix' });
    expect(parseThaiPhone('012345678')).toEqual({ ok: false, reason: 'prefix' });
    expect(parseThaiPhone('081234567')).toEqual({ ok: false, reason: 'length' });
    expect(parseThaiPhone('08123456789')).toEqual({ ok: false, reason: 'length' });
    expect(parseThaiPhone('0212345678')).toEqual({ ok: false, reason: 'length' });
    // 06 numbers are mobiles only: nine digits is one too few.
    expect(parseThaiPhone('061234567')).toEqual({ ok: false, reason: 'length' });
  });

  it('gives one canonical form however the number is written', () => {
    fc.assert(
      fc.property(
        validNational.chain((national) => fc.tuple(fc.constant(national), decorated(national))),
        ([national, typed]) => {
          const result = parseThaiPhone(typed);
          expect(result.ok && result.phone.national).toBe(national);
          expect(result.ok && result.phone.e164).toBe(`+66${national.slice(1)}`);
        },
      ),
    );
  });

  it('refuses a valid number with a digit added or removed', () => {
    fc.assert(
      fc.property(validNational, fc.boolean(), (national, add) => {
        const changed = add ? `${national}5` : national.slice(0, -1);
        expect(parseThaiPhone(changed)).toEqual({ ok: false, reason: 'length' });
      }),
    );
  });
});

describe('formatThaiPhone', () => {
  it('shows the local form', () => {
    expect(formatThaiPhone('0812345678')).toBe('081-234-5678');
    expect(formatThaiPhone('+66812345678')).toBe('081-234-5678');
    expect(formatThaiPhone('021234567')).toBe('02-123-4567');
    expect(formatThaiPhone('+6653123456')).toBe('053-123-456');
    expect(() => formatThaiPhone('12345')).toThrow(RangeError);
  });

  it('is read back to the same number', () => {
    fc.assert(
      fc.property(validNational, (national) => {
        const result = parseThaiPhone(formatThaiPhone(national));
        expect(result.ok && result.phone.national).toBe(national);
      }),
    );
  });
});

describe('thaiPhoneSchema', () => {
  it('stores E.164 or gives a coded message', () => {
    expect(thaiPhoneSchema.parse('081-234-5678')).toBe('+66812345678');
    const failed = thaiPhoneSchema.safeParse('081-234-567');
    expect(failed.error?.issues[0]?.message).toBe('phone_length');
  });
});
