/**
 * Thai digits ๐–๙ (U+0E50–U+0E59) are ordinary decimal digits in another script. Official letters
 * may print them (a per-office setting), and clerks type them from the Thai keyboard layout, so
 * every numeric input converts them before checking anything.
 */
const THAI_ZERO = 0x0e50;
const ARABIC_ZERO = 0x30;
const THAI_DIGIT = /[\u0E50-\u0E59]/g;
const ARABIC_DIGIT = /[0-9]/g;

export type DigitStyle = 'arabic' | 'thai';

export function thaiDigitsToArabic(text: string): string {
  return text.replace(THAI_DIGIT, (digit) =>
    String.fromCharCode(digit.charCodeAt(0) - THAI_ZERO + ARABIC_ZERO),
  );
}

export function arabicDigitsToThai(text: string): string {
  return text.replace(ARABIC_DIGIT, (digit) =>
    String.fromCharCode(digit.charCodeAt(0) - ARABIC_ZERO + THAI_ZERO),
  );
}

/** Prints `text` with the digits the setting asks for; other characters are left alone. */
export function withDigits(text: string, style: DigitStyle): string {
  return style === 'thai' ? arabicDigitsToThai(text) : thaiDigitsToArabic(text);
}
