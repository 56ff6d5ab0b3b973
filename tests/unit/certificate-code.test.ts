import { generateKeyPairSync, sign, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  assembleCode,
  decodeCode,
  signedTextOf,
  type CodePayload,
} from '../../src/main/core/certificates/certificate-code';
import { readVerifyInput } from '../../src/main/core/certificates/verify-input';
import { usKeysToKedmanee } from '../../src/shared/thai/kedmanee';

const payload: CodePayload = {
  serial: '2569/00017',
  holderName: 'นางสาวสมศรี ใจดี',
  issuedOn: '2026-11-26',
  keyId: '0123456789abcdef',
};

function signedCode(p: CodePayload = payload): string {
  const { privateKey } = generateKeyPairSync('ed25519');
  const text = signedTextOf(p);
  return assembleCode(text, sign(null, Buffer.from(text), privateKey));
}

describe('the certificate code (QR text)', () => {
  it('is ASCII only, short, and decodes to what was signed', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const text = signedTextOf(payload);
    const code = assembleCode(text, sign(null, Buffer.from(text), privateKey));
    expect(code).toMatch(/^KN1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{86}$/);
    expect(code.length).toBeLessThan(260);
    const decoded = decodeCode(code)!;
    expect(decoded.payload).toEqual(payload);
    expect(decoded.signedText).toBe(text);
    expect(verify(null, Buffer.from(decoded.signedText), publicKey, decoded.signature)).toBe(true);
  });

  it('refuses anything not exactly of its shape', () => {
    const code = signedCode();
    const [prefix, middle, signature] = code.split('.') as [string, string, string];
    const json = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    for (const bad of [
      '',
      'hello',
      `KN2.${middle}.${signature}`,
      `${prefix}.${middle}`,
      `${prefix}.${middle}.${signature}x`,
      `${prefix}.${middle}.${signature.slice(0, -1)}`,
      `${prefix}.${middle}=.${signature}`,
      `${prefix}.${middle}.${signature}.x`,
      ` ${code}`,
      `${prefix}.${json({ s: '2569/00017', n: 'x', d: '2026-11-26' })}.${signature}`,
      `${prefix}.${json({ ...{ s: '2569/17', n: 'x', d: '2026-11-26', k: '0123456789abcdef' } })}.${signature}`,
      `${prefix}.${json({ s: '2569/00017', n: 'x', d: '2026-11-26', k: 'ABC' })}.${signature}`,
      `${prefix}.${json({ s: '2569/00017', n: 'x', d: '2026-11-26', k: '0123456789abcdef', x: 1 })}.${signature}`,
      `${prefix}.${json([1, 2])}.${signature}`,
      `${prefix}.${Buffer.from('not json').toString('base64url')}.${signature}`,
      `${prefix}.${Buffer.from([0xff, 0xfe]).toString('base64url')}.${signature}`,
    ])
      expect(decodeCode(bad), bad).toBeNull();
  });

  it('tells a serial from a code, through Thai digits and the Thai keyboard layout', () => {
    const code = signedCode();
    expect(readVerifyInput(`  ${code}\n`)).toEqual({ kind: 'code', code });
    expect(readVerifyInput(usKeysToKedmanee(code))).toEqual({ kind: 'code', code });
    expect(readVerifyInput('2569/00017')).toEqual({ kind: 'serial', serial: '2569/00017' });
    expect(readVerifyInput('๒๕๖๙/๐๐๐๑๗')).toEqual({ kind: 'serial', serial: '2569/00017' });
    expect(readVerifyInput('2569/ 00017')).toEqual({ kind: 'serial', serial: '2569/00017' });
  });
});
