import { createHmac, timingSafeEqual } from 'node:crypto';
import type { AuditEventRow } from '../db/schema';

/** The MAC a chain starts from, so the first event is bound too. */
export const GENESIS_MAC = '0'.repeat(64);

export type ChainedFields = Omit<AuditEventRow, 'mac'>;

/**
 * mac(n) = HMAC-SHA256(audit key, [fields of event n…, mac(n-1)]). Changing a field, removing an
 * event or swapping two breaks every MAC from there on. Fields are encoded as a JSON array in a
 * fixed order, so the encoding is unambiguous.
 */
export function chainMac(key: Uint8Array, event: ChainedFields, previousMac: string): string {
  const canonical = JSON.stringify([
    event.seq,
    event.at,
    event.actor_user_id,
    event.actor_user_name,
    event.actor_role,
    event.action,
    event.target_type,
    event.target_id,
    event.outcome,
    event.machine,
    event.app_version,
    event.details,
    previousMac,
  ]);
  return createHmac('sha256', key).update(canonical, 'utf8').digest('hex');
}

export function macsEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right);
}
