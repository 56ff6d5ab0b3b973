import { createHash, createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { slotSchemaV2, type Slot } from '../auth/vault/slot-file';
import { AppError } from '../errors';

/**
 * A mentor's compartment carried to another PC as one file (ADR 0022):
 *
 *   magic "KAONA-CARRY\n" (12 bytes) · version (u16 BE) · header length (u32 BE)
 *   · header (UTF-8 JSON) · HMAC-SHA256 of everything before it (32 bytes) · database bytes
 *
 * The database bytes are the compartment's own SQLCipher file under its own key (never
 * plaintext). The header says whose and which copy it is and holds the mentor's slot, which
 * seals the compartment key to their password, so the file opens on a PC without the office.
 * The MAC's key comes from the compartment's own secret (inside the encrypted bytes): whoever
 * cannot open the compartment cannot make a header that verifies, and the header's SHA-256 of
 * the bytes ties the two together.
 */
export const CARRY_MAGIC = Buffer.from('KAONA-CARRY\n', 'ascii');
export const CARRY_VERSION = 1;
const PREAMBLE_BYTES = CARRY_MAGIC.length + 2 + 4;
const MAC_BYTES = 32;
const MAX_HEADER_BYTES = 64 * 1024;

export const carryHeaderSchema = z.strictObject({
  format: z.literal('kaona-carried-compartment'),
  officeUuid: z.string().regex(/^[0-9a-f]{32}$/),
  mentorId: z.number().int().positive(),
  userName: z.string().min(1).max(64),
  /** The office's name, for the sign-in screen of a mentor-only PC (the mentor's own name and
   * everything else about them stay inside the encrypted bytes). */
  agencyName: z.string().max(300),
  /** One export chain: a new id for each export at the office PC, kept by exports after it. */
  carryId: z.uuid(),
  /** This copy's number in the chain; the office refuses one not newer than one it took in. */
  sequence: z.number().int().positive(),
  exportedAt: z.iso.datetime(),
  /** The mentor's slot exactly as in the office's slot file. */
  slot: slotSchemaV2,
  bodySha256: z.string().regex(/^[0-9a-f]{64}$/),
  bodyLength: z.number().int().positive(),
});
export type CarryHeader = z.infer<typeof carryHeaderSchema>;

export interface ParsedCarryFile {
  header: CarryHeader;
  /** Magic, version, length and header: what the MAC covers. */
  signed: Buffer;
  mac: Buffer;
  body: Buffer;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The header's MAC key, separate from the slot MAC key drawn from the same secret. */
export function carryMacKey(compartmentSecret: Uint8Array): Buffer {
  return Buffer.from(
    hkdfSync('sha256', compartmentSecret, Buffer.alloc(0), 'kaona carried-file header', 32),
  );
}

export function buildCarryFile(
  fields: Omit<CarryHeader, 'format' | 'bodySha256' | 'bodyLength'>,
  body: Buffer,
  compartmentSecret: Uint8Array,
): Buffer {
  const header: CarryHeader = carryHeaderSchema.parse({
    format: 'kaona-carried-compartment',
    ...fields,
    bodySha256: sha256Hex(body),
    bodyLength: body.length,
  });
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const preamble = Buffer.alloc(PREAMBLE_BYTES);
  CARRY_MAGIC.copy(preamble, 0);
  preamble.writeUInt16BE(CARRY_VERSION, CARRY_MAGIC.length);
  preamble.writeUInt32BE(json.length, CARRY_MAGIC.length + 2);
  const signed = Buffer.concat([preamble, json]);
  return Buffer.concat([signed, macOf(signed, compartmentSecret), body]);
}

/**
 * Checks the format without any key: the magic, the header's shape, and that the bytes are
 * whole and the ones the header names. A truncated or swapped body fails here; an edited
 * header only once the compartment key opens the body (`carryMacValid`).
 */
export function parseCarryFile(bytes: Buffer): ParsedCarryFile {
  const macAt = signedLength(bytes);
  if (bytes.length < macAt + MAC_BYTES) throw damaged();
  const header = parseSignedHeader(bytes.subarray(0, macAt));
  const body = bytes.subarray(macAt + MAC_BYTES);
  if (body.length !== header.bodyLength || sha256Hex(body) !== header.bodySha256) throw damaged();
  return {
    header,
    signed: bytes.subarray(0, macAt),
    mac: bytes.subarray(macAt, macAt + MAC_BYTES),
    body,
  };
}

/** The header from the signed part alone (kept beside a carried file on a mentor-only PC). */
export function parseSignedHeader(signed: Buffer): CarryHeader {
  if (signedLength(signed) !== signed.length) throw damaged();
  try {
    return carryHeaderSchema.parse(JSON.parse(signed.subarray(PREAMBLE_BYTES).toString('utf8')));
  } catch {
    throw damaged();
  }
}

/** Where the MAC starts, from the magic, the version and the header length. */
function signedLength(bytes: Buffer): number {
  if (bytes.length < PREAMBLE_BYTES || !bytes.subarray(0, CARRY_MAGIC.length).equals(CARRY_MAGIC))
    throw new AppError('VALIDATION', 'carry_not_kaona');
  if (bytes.readUInt16BE(CARRY_MAGIC.length) !== CARRY_VERSION)
    throw new AppError('VALIDATION', 'carry_not_kaona');
  const headerLength = bytes.readUInt32BE(CARRY_MAGIC.length + 2);
  if (headerLength > MAX_HEADER_BYTES || bytes.length < PREAMBLE_BYTES + headerLength)
    throw damaged();
  return PREAMBLE_BYTES + headerLength;
}

export function carryMacValid(
  parsed: Pick<ParsedCarryFile, 'signed' | 'mac'>,
  compartmentSecret: Uint8Array,
): boolean {
  return timingSafeEqual(macOf(parsed.signed, compartmentSecret), parsed.mac);
}

/** The slot the header carries, checked to be the mentor's compartment slot it claims to be. */
export function headerSlot(header: CarryHeader): Slot | null {
  const { slot } = header;
  const fits =
    slot.kind === 'user' &&
    slot.opens === 'compartment' &&
    slot.userId === header.mentorId &&
    slot.userName === header.userName;
  return fits ? slot : null;
}

function macOf(signed: Buffer, compartmentSecret: Uint8Array): Buffer {
  return createHmac('sha256', carryMacKey(compartmentSecret)).update(signed).digest();
}

function damaged(): AppError {
  return new AppError('VALIDATION', 'carry_file_damaged');
}
