import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../fs/atomic-write';

export const AUDIT_ANCHOR_FILE = 'audit.anchor';

/**
 * The newest sequence number and MAC of the audit chain, kept outside the database. Someone with
 * the database key could cut off the newest events and the chain would still verify; the anchor
 * is what notices. It holds no personal data (a number and a MAC).
 */
const anchorSchema = z.strictObject({
  seq: z.number().int().min(0),
  mac: z.string().regex(/^[0-9a-f]{64}$/),
});
export type AuditAnchor = z.infer<typeof anchorSchema>;

export type AnchorRead =
  { status: 'missing' } | { status: 'damaged' } | { status: 'ok'; anchor: AuditAnchor };

export function readAuditAnchor(dataDir: string): AnchorRead {
  let text: string;
  try {
    text = readFileSync(join(dataDir, AUDIT_ANCHOR_FILE), 'utf8');
  } catch {
    return { status: 'missing' };
  }
  try {
    const parsed = anchorSchema.safeParse(JSON.parse(text));
    return parsed.success ? { status: 'ok', anchor: parsed.data } : { status: 'damaged' };
  } catch {
    return { status: 'damaged' };
  }
}

export function writeAuditAnchor(dataDir: string, anchor: AuditAnchor): void {
  writeFileAtomic(
    join(dataDir, AUDIT_ANCHOR_FILE),
    `${JSON.stringify(anchorSchema.parse(anchor))}\n`,
  );
}
