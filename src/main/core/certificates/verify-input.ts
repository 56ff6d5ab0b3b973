import { hasThai, kedmaneeToUsKeys } from '../../../shared/thai/kedmanee';
import { thaiDigitsToArabic } from '../../../shared/thai/thai-digits';
import { looksLikeCode, SERIAL_PATTERN } from './certificate-code';

export type VerifyInput = { kind: 'code'; code: string } | { kind: 'serial'; serial: string };

/**
 * What the verify screen was given: a code (scanned, pasted) or a serial typed from the paper.
 * A scanner typing with the Thai layout active delivers the code as Thai characters (and its
 * `_` as ๘), so a text that is not a serial is first read back through the Kedmanee layout —
 * before Thai digits are touched. A serial may be typed with Thai digits (๒๕๖๙/๐๐๐๑๗).
 */
export function readVerifyInput(raw: string): VerifyInput {
  const text = raw.trim().replace(/\s+/g, '');
  const serial = thaiDigitsToArabic(text);
  if (SERIAL_PATTERN.test(serial)) return { kind: 'serial', serial };
  if (looksLikeCode(text)) return { kind: 'code', code: text };
  if (hasThai(text)) {
    const typed = kedmaneeToUsKeys(text);
    if (looksLikeCode(typed)) return { kind: 'code', code: typed };
  }
  return { kind: 'serial', serial };
}
