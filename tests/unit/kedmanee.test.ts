import { describe, expect, it } from 'vitest';
import { hasThai, kedmaneeToUsKeys, usKeysToKedmanee } from '../../src/shared/thai/kedmanee';

describe('the Thai Kedmanee layout read back as US keys', () => {
  it('knows single keys of both rows (the Windows kbdth0 layout)', () => {
    // Unshifted: a row of letters, the number row (where 2 and 3 type ASCII), punctuation.
    expect(usKeysToKedmanee('asdf')).toBe('ฟหกด');
    expect(usKeysToKedmanee('1234567890')).toBe('ๅ/-ภถุึคตจ');
    expect(usKeysToKedmanee("-=;',./`")).toBe('ขชวงมใฝ_');
    // Shifted: letters that a scanner types with Shift, and the Thai digits on the number row.
    expect(usKeysToKedmanee('KN')).toBe('ษ์');
    expect(usKeysToKedmanee('QWERTYUIOP')).toBe('๐"ฎฑธํ๊ณฯญ');
    expect(usKeysToKedmanee('ZXCVBM')).toBe('()ฉฮฺ?');
    expect(usKeysToKedmanee('_"')).toBe('๘.');
  });

  it('maps a scanned code back exactly, ASCII characters the Thai layout types included', () => {
    const code = 'KN1.eyJzIjoiMjU2OS8wMDAxNyJ9.Ab-_9xQ_-z';
    const typed = usKeysToKedmanee(code);
    expect(typed.startsWith('ษ์ๅใ')).toBe(true);
    expect(hasThai(typed)).toBe(true);
    expect(kedmaneeToUsKeys(typed)).toBe(code);
  });

  it('is one-to-one over every printable US key', () => {
    const keys = Array.from({ length: 94 }, (_, index) => String.fromCharCode(33 + index)).join('');
    expect(kedmaneeToUsKeys(usKeysToKedmanee(keys))).toBe(keys);
    expect(new Set(usKeysToKedmanee(keys)).size).toBe(94);
  });

  it('leaves characters no key types alone', () => {
    expect(kedmaneeToUsKeys('ฅ ')).toBe('| ');
    expect(kedmaneeToUsKeys('€')).toBe('€');
    expect(hasThai('KN1.abc')).toBe(false);
  });
});
