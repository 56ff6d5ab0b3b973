import { chainMac, GENESIS_MAC, type ChainedFields } from '../../src/main/core/audit/audit-chain';
import type { SqliteDatabase } from '../../src/main/core/db/connection';

const ACTIONS = ['session.sign_in', 'audit.viewed', 'settings.changed', 'session.lock'] as const;

/**
 * Appends `count` correctly chained audit events with raw SQL in one transaction, using the real
 * audit key and `chainMac`: a large, valid log in a fraction of the time `AuditLog.record` takes.
 * For the bench and the tests; the database must be migrated.
 */
export function seedAuditEvents(sqlite: SqliteDatabase, count: number): void {
  const { mac_key: key } = sqlite
    .prepare('SELECT mac_key FROM audit_secret WHERE id = 1')
    .get() as {
    mac_key: Buffer;
  };
  const newest = sqlite
    .prepare('SELECT seq, mac FROM audit_events ORDER BY seq DESC LIMIT 1')
    .get() as { seq: number; mac: string } | undefined;
  const insert = sqlite.prepare(
    `INSERT INTO audit_events (seq, at, actor_user_id, actor_user_name, actor_role, action,
       target_type, target_id, outcome, machine, app_version, details, mac)
     VALUES (@seq, @at, @actor_user_id, @actor_user_name, @actor_role, @action, @target_type,
       @target_id, @outcome, @machine, @app_version, @details, @mac)`,
  );
  const start = Date.UTC(2026, 0, 5, 2, 0, 0);
  sqlite.transaction(() => {
    let previousMac = newest?.mac ?? GENESIS_MAC;
    const first = (newest?.seq ?? 0) + 1;
    for (let seq = first; seq < first + count; seq++) {
      const fields: ChainedFields = {
        seq,
        at: new Date(start + seq * 1000).toISOString(),
        actor_user_id: null,
        actor_user_name: `clerk.${seq % 7}`,
        actor_role: 'officer',
        action: ACTIONS[seq % ACTIONS.length]!,
        target_type: seq % 3 === 0 ? 'case' : null,
        target_id: seq % 3 === 0 ? String(seq) : null,
        outcome: 'success',
        machine: 'office-pc-1',
        app_version: '0.1.0',
        details: seq % 5 === 0 ? JSON.stringify({ fields: ['phone'] }) : null,
      };
      const mac = chainMac(key, fields, previousMac);
      insert.run({ ...fields, mac });
      previousMac = mac;
    }
  })();
  key.fill(0);
}
