/**
 * The text a certificate's QR code holds: `KN1.<payload>.<signature>`, both parts base64url
 * without padding. The payload is the JSON `{s, n, d, k}` (serial, holder's name, issue date, key
 * id); the signature is Ed25519 over the UTF-8 bytes of `KN1.<payload>`. The code is ASCII only
 * because USB scanners in keyboard mode type it key by key and cannot type Thai (the name travels
 * inside the base64). Short keys keep the QR small enough to scan from paper.
 * Pure: no keys here; signing and checking are certificate-keys.ts.
 */
export const CODE_PREFIX = 'KN1.';

export interface CodePayload {
  /** The serial, e.g. "2569/00017". */
  serial: string;
  holderName: string;
  /** ISO date of issue. */
  issuedOn: string;
  /** Which of the office's keys signed it (16 hex digits). */
  keyId: string;
}

export interface DecodedCode {
  payload: CodePayload;
  /** The exact text the signature covers (`KN1.<payload>`). */
  signedText: string;
  signature: Uint8Array;
}

const ED25519_SIGNATURE_BYTES = 64;
const CODE_SHAPE = /^KN1\.([A-Za-z0-9_-]{1,1400})\.([A-Za-z0-9_-]{86})$/;
export const SERIAL_PATTERN = /^\d{4}\/\d{5,7}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const KEY_ID = /^[0-9a-f]{16}$/;

function toBase64Url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64url');
}

/** Node's decoder skips characters it does not know; a code must round-trip exactly instead. */
function fromBase64Url(text: string): Uint8Array | null {
  const bytes = Buffer.from(text, 'base64url');
  return toBase64Url(bytes) === text ? new Uint8Array(bytes) : null;
}

/** The part the office signs: `KN1.<base64url(JSON)>`. */
export function signedTextOf(payload: CodePayload): string {
  const json = JSON.stringify({
    s: payload.serial,
    n: payload.holderName,
    d: payload.issuedOn,
    k: payload.keyId,
  });
  return `${CODE_PREFIX}${toBase64Url(Buffer.from(json, 'utf8'))}`;
}

export function assembleCode(signedText: string, signature: Uint8Array): string {
  if (signature.length !== ED25519_SIGNATURE_BYTES) throw new Error('not an Ed25519 signature');
  return `${signedText}.${toBase64Url(signature)}`;
}

/** The code's parts, or null for anything not exactly of the shape `assembleCode` makes. */
export function decodeCode(code: string): DecodedCode | null {
  const shape = CODE_SHAPE.exec(code);
  if (!shape) return null;
  const [, payloadPart, signaturePart] = shape as unknown as [string, string, string];
  const payloadBytes = fromBase64Url(payloadPart);
  const signature = fromBase64Url(signaturePart);
  if (!payloadBytes || !signature || signature.length !== ED25519_SIGNATURE_BYTES) return null;
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(payloadBytes));
  } catch {
    return null;
  }
  const payload = payloadOf(json);
  return payload ? { payload, signedText: `${CODE_PREFIX}${payloadPart}`, signature } : null;
}

function payloadOf(json: unknown): CodePayload | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
  const fields = json as Record<string, unknown>;
  if (Object.keys(fields).sort().join() !== 'd,k,n,s') return null;
  const { s, n, d, k } = fields;
  if (typeof s !== 'string' || typeof n !== 'string' || typeof d !== 'string') return null;
  if (typeof k !== 'string') return null;
  if (!SERIAL_PATTERN.test(s) || !ISO_DATE.test(d) || !KEY_ID.test(k)) return null;
  if (n.length === 0 || n.length > 300) return null;
  return { serial: s, holderName: n, issuedOn: d, keyId: k };
}

/** Whether a typed text is meant as a code (and not a serial): it starts like one. */
export function looksLikeCode(text: string): boolean {
  return text.startsWith(CODE_PREFIX);
}
