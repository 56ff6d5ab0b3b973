import type { ConsentPurpose } from '../../../../shared/domain/cases';

export type ConsentWord = 'granted' | 'withdrawn' | 'notGranted';

interface ConsentRecord {
  purpose: ConsentPurpose;
  granted: boolean;
}

/**
 * How a "no" reads: a withdrawal only after a "yes" for the same purpose; a "no" given at
 * intake is a refusal, never "withdrawn". `earlier` are the records before this one, any order.
 */
export function consentWord(record: ConsentRecord, earlier: readonly ConsentRecord[]): ConsentWord {
  if (record.granted) return 'granted';
  return earlier.some((entry) => entry.purpose === record.purpose && entry.granted)
    ? 'withdrawn'
    : 'notGranted';
}
