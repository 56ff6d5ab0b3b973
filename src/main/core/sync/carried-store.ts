import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../fs/atomic-write';
import { moveAside } from '../fs/move-aside';
import { parseSignedHeader, type CarryHeader, type ParsedCarryFile } from './carry-file';

/**
 * A mentor-only PC (ADR 0022): no office database, only the carried compartment the mentor
 * opened here — `carried/mentor.kaona`, the compartment's encrypted bytes used in place, and
 * `carried/header.json`, the signed header it came with (its slot opens it at sign-in).
 */
export const CARRIED_FOLDER = 'carried';

export function carriedDatabasePath(dataDir: string): string {
  return join(dataDir, CARRIED_FOLDER, 'mentor.kaona');
}

function headerPath(dataDir: string): string {
  return join(dataDir, CARRIED_FOLDER, 'header.json');
}

const storedSchema = z.strictObject({
  signed: z.base64(),
  mac: z.base64(),
  /** False until the first sign-in has recorded `mentoring.carry_opened` inside the file. */
  announced: z.boolean(),
});

export interface CarriedHeader {
  header: CarryHeader;
  signed: Buffer;
  mac: Buffer;
  announced: boolean;
}

export function carriedExists(dataDir: string): boolean {
  return existsSync(carriedDatabasePath(dataDir)) && existsSync(headerPath(dataDir));
}

/** The stored header, or null when it is missing or unreadable (nobody can sign in then). */
export function readCarriedHeader(dataDir: string): CarriedHeader | null {
  try {
    const stored = storedSchema.parse(JSON.parse(readFileSync(headerPath(dataDir), 'utf8')));
    const signed = Buffer.from(stored.signed, 'base64');
    return {
      header: parseSignedHeader(signed),
      signed,
      mac: Buffer.from(stored.mac, 'base64'),
      announced: stored.announced,
    };
  } catch {
    return null;
  }
}

export function markCarriedAnnounced(dataDir: string, carried: CarriedHeader): void {
  writeHeader(dataDir, carried.signed, carried.mac, true);
}

/**
 * Keeps a carried file as this PC's mentor-only data. A copy already here is moved aside, never
 * deleted: it may hold sessions the mentor has not yet taken back to the office.
 */
export function storeCarried(dataDir: string, parsed: ParsedCarryFile, now: Date): void {
  mkdirSync(join(dataDir, CARRIED_FOLDER), { recursive: true, mode: 0o700 });
  const database = carriedDatabasePath(dataDir);
  for (const path of [database, `${database}-wal`, `${database}-shm`, headerPath(dataDir)])
    moveAside(path, 'replaced', now);
  writeFileAtomic(database, parsed.body);
  writeHeader(dataDir, parsed.signed, parsed.mac, false);
}

function writeHeader(dataDir: string, signed: Buffer, mac: Buffer, announced: boolean): void {
  writeFileAtomic(
    headerPath(dataDir),
    `${JSON.stringify({ signed: signed.toString('base64'), mac: mac.toString('base64'), announced })}\n`,
  );
}
