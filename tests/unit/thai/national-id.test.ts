import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  arabicDigitsToThai,
  formatNationalId,
  isValidNationalId,
  nationalIdCheckDigit,
  nationalIdSchema,
  normaliseNationalId,
  validateNationalId,
} from '../../../src/shared/thai';
import { digitString } from './arbitraries';

/** Any 12 digits completed with their check digit. */
const validId = digitString(12).map((first) => `${first}${nationalIdCheckDigit(first)}`);

const weightedSumMod11 = (id: string): number =>
  [...id.slice(0, 12)].reduce((sum, digit, index) => sum + Number(digit) * (13 - index), 0) % 11;

describe('the national ID check digit', () => {
  it('follows (11 − Σ dᵢ·(14 − i) mod 11) mod 10', () => {
    // 1·13 + 2·12 + 3·11 + 4·10 + 5·9 + 6·8 + 7·7 + 8·6 + 9·5 + 0·4 + 1·3 + 2·2 = 352 = 32·11
    expect(nationalIdCheckDigit('123456789012')).toBe(1);
    // 352 − 13 = 339 ≡ 9 (mod 11) → 11 − 9 = 2
    expect(nationalIdCheckDigit('023456789012')).toBe(2);
    // 13 + 10 = 23 ≡ 1 (mod 11) → 10 → 0
    expect(nationalIdCheckDigit('100000000005')).toBe(0);
  });

  it('passes every generated ID, whatever its first digit', () => {
    fc.assert(
      fc.property(validId, (id) => {
        expect(validateNationalId(id)).toEqual({ ok: true, nationalId: id });
      }),
    );
  });

  it('fails when the check digit is changed', () => {
    fc.assert(
      fc.property(validId, fc.integer({ min: 1, max: 9 }), (id, shift) => {
        const changed = `${id.slice(0, 12)}${(Number(id[12]) + shift) % 10}`;
        expect(validateNationalId(changed)).toEqual({ ok: false, reason: 'checksum' });
      }),
    );
  });

  it('fails when one of the first twelve digits changes, except where the algorithm is blind', () => {
    fc.assert(
      fc.property(
        validId,
        fc.integer({ min: 0, max: 11 }),
        fc.integer({ min: 1, max: 9 }),
        (id, position, shift) => {
          const changed = `${id.slice(0, position)}${(Number(id[position]) + shift) % 10}${id.slice(position + 1)}`;
          // Digit 3 has weight 11, invisible mod 11; sums ≡ 0 and ≡ 10 both give check digit 1.
          const blind =
            position === 2 ||
            ([0, 10].includes(weightedSumMod11(id)) && [0, 10].includes(weightedSumMod11(changed)));
          expect(isValidNationalId(changed)).toBe(blind);
        },
      ),
    );
  });

  it('does not catch a changed third digit — a known weakness of the algorithm', () => {
    expect(isValidNationalId('1234567890121')).toBe(true);
    expect(isValidNationalId('1204567890121')).toBe(true);
  });
});

describe('validateNationalId', () => {
  it('accepts the ID as typed: spaces, dashes, Thai digits', () => {
    expect(validateNationalId('1-2345-67890-12-1')).toEqual({
      ok: true,
      nationalId: '1234567890121',
    });
    expect(validateNationalId(' 1 2345 67890 12 1 ')).toEqual({
      ok: true,
      nationalId: '1234567890121',
    });
    expect(validateNationalId('๑-๒๓๔๕-๖๗๘๙๐-๑๒-๑').ok).toBe(true);
    expect(validateNationalId('1\u200b234567890121').ok).toBe(true);
  });

  it('gives a reason for each kind of mistake', () => {
    expect(validateNationalId('')).toEqual({ ok: false, reason: 'empty' });
    expect(validateNationalId(' - ')).toEqual({ ok: false, reason: 'empty' });
    expect(validateNationalId('12345678901a1')).toEqual({ ok: false, reason: 'characters' });
    expect(validateNationalId('123456789012')).toEqual({ ok: false, reason: 'length' });
    expect(validateNationalId('12345678901210')).toEqual({ ok: false, reason: 'length' });
    expect(validateNationalId('1-2345-67890-12-3')).toEqual({ ok: false, reason: 'checksum' });
  });

  it('reads its own formatting and Thai digits back to the same ID', () => {
    fc.assert(
      fc.property(validId, (id) => {
        expect(normaliseNationalId(formatNationalId(id))).toBe(id);
        expect(normaliseNationalId(arabicDigitsToThai(formatNationalId(id)))).toBe(id);
      }),
    );
  });
});

describe('formatNationalId', () => {
  it('groups as on the card', () => {
    expect(formatNationalId('1234567890121')).toBe('1-2345-67890-12-1');
    expect(formatNationalId('๑๒๓๔๕๖๗๘๙๐๑๒๑')).toBe('1-2345-67890-12-1');
    expect(() => formatNationalId('12345')).toThrow(RangeError);
  });
});

describe('nationalIdSchema', () => {
  it('outputs the bare digits or a coded message', () => {
    expect(nationalIdSchema.parse('1-2345-67890-12-1')).toBe('1234567890121');
    const failed = nationalIdSchema.safeParse('1-2345-67890-12-3');
    expect(failed.success).toBe(false);
    expect(failed.error?.issues[0]?.message).toBe('national_id_checksum');
  });
});
