import { createDecipheriv } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

/**
 * What an attacker with a raw key does without SQLite: decrypts every page of an encrypted
 * database file and of its write-ahead log, free pages and stale log frames included, so a test
 * can search the bytes for what should never be there — not only the rows SQLite still shows.
 * Kaona's files use the SQLCipher 4 layout (connection.ts): 4096-byte pages, each encrypted with
 * AES-256-CBC and ending in 80 reserved bytes (a 16-byte IV, then the HMAC); page 1 starts with
 * the file's 16-byte salt in clear. With a raw key the key itself is the encryption key.
 */
const PAGE = 4096;
const RESERVE = 80;
const WAL_HEADER = 32;
const FRAME_HEADER = 24;

function decryptPage(page: Buffer, key: Buffer, first: boolean): Buffer {
  const start = first ? 16 : 0;
  const iv = page.subarray(PAGE - RESERVE, PAGE - RESERVE + 16);
  const decipher = createDecipheriv('aes-256-cbc', key, iv);
  decipher.setAutoPadding(false);
  return Buffer.concat([decipher.update(page.subarray(start, PAGE - RESERVE)), decipher.final()]);
}

/**
 * Page 1 decrypted with the right key holds the rest of SQLite's header: the page size, the
 * format versions, and the 80 reserved bytes. Anything else means the key does not fit.
 */
function keyFits(file: Buffer, key: Buffer): boolean {
  if (file.length < PAGE) return false;
  const plain = decryptPage(file.subarray(0, PAGE), key, true);
  return (
    plain.readUInt16BE(0) === PAGE &&
    [1, 2].includes(plain[2]!) &&
    [1, 2].includes(plain[3]!) &&
    plain[4] === RESERVE &&
    plain[5] === 64 &&
    plain[6] === 32 &&
    plain[7] === 32
  );
}

/** All plaintext of a database file and its `-wal` under `key`, or null when the key does not fit. */
export function decryptDatabaseFile(path: string, key: Buffer): Buffer | null {
  const file = readFileSync(path);
  if (!keyFits(file, key)) return null;
  const parts: Buffer[] = [];
  for (let offset = 0; offset + PAGE <= file.length; offset += PAGE)
    parts.push(decryptPage(file.subarray(offset, offset + PAGE), key, offset === 0));
  const walPath = `${path}-wal`;
  if (existsSync(walPath)) {
    const wal = readFileSync(walPath);
    for (let offset = WAL_HEADER; offset + FRAME_HEADER + PAGE <= wal.length;) {
      const pageNumber = wal.readUInt32BE(offset);
      const page = wal.subarray(offset + FRAME_HEADER, offset + FRAME_HEADER + PAGE);
      parts.push(decryptPage(page, key, pageNumber === 1));
      offset += FRAME_HEADER + PAGE;
    }
  }
  return Buffer.concat(parts);
}
