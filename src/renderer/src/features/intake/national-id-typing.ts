import { normaliseNationalId, validateNationalId } from '../../../../shared/thai';

/** The card's grouping 1-2345-67890-12-3. */
const GROUPS = [1, 4, 5, 2, 1];

/**
 * What the box shows while digits are typed: the card's dashes as soon as a group is complete.
 * Anything that is not a digit is left as typed, so the schema can say what is wrong with it.
 */
export function formatTypedNationalId(typed: string): string {
  const digits = normaliseNationalId(typed);
  if (!/^\d*$/.test(digits) || digits.length > 13) return typed;
  const parts: string[] = [];
  let start = 0;
  for (const size of GROUPS) {
    if (start >= digits.length) break;
    parts.push(digits.slice(start, start + size));
    start += size;
  }
  return parts.join('-');
}

export type NationalIdState =
  | { kind: 'empty' }
  | { kind: 'typing'; digits: number }
  | { kind: 'valid' }
  | { kind: 'invalid'; reason: 'characters' | 'length' | 'checksum' };

/** The live indicator under the box: how far along, and whether the check digit matches. */
export function nationalIdState(typed: string): NationalIdState {
  const result = validateNationalId(typed);
  if (result.ok) return { kind: 'valid' };
  if (result.reason === 'empty') return { kind: 'empty' };
  const digits = normaliseNationalId(typed);
  if (result.reason === 'length' && /^\d+$/.test(digits) && digits.length < 13) {
    return { kind: 'typing', digits: digits.length };
  }
  return { kind: 'invalid', reason: result.reason };
}
