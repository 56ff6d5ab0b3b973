import type { Kysely, Transaction } from 'kysely';
import type {
  AuditAction,
  AuditOutcomeName,
  AuditVerification,
} from '../../../shared/domain/audit';
import type { DatabaseSchema } from '../db/schema';
import { readAuditAnchor, writeAuditAnchor } from './audit-anchor';
import { chainMac, GENESIS_MAC, macsEqual, type ChainedFields } from './audit-chain';

type Db = Kysely<DatabaseSchema>;
type Executor = Db | Transaction<DatabaseSchema>;

export interface AuditActor {
  id: number | null;
  userName: string | null;
  role: string | null;
}

export interface AuditEntry {
  action: AuditAction;
  outcome: AuditOutcomeName;
  actor: AuditActor;
  target?: { type: string; id: string | number };
  /** Ids, counts, field names — never personal data. */
  details?: Record<string, string | number | boolean | null | string[]>;
  /** When it happened, if not now (failed sign-ins queued while the database was closed). */
  at?: Date;
}

export interface AuditLogOptions {
  dataDir: string;
  machine: string;
  appVersion: string;
  now: () => Date;
  /** Write the outside anchor at least every this many events. */
  anchorEvery?: number;
}

const VERIFY_CHUNK = 2000;

/**
 * The tamper-evident audit log. Events are appended with a hash chain (see audit-chain.ts); the
 * newest seq and MAC are also written to an anchor file outside the database at every lock,
 * sign-out and quit (`flushAnchor`) and at least every `anchorEvery` events. Between two anchor
 * writes, up to that many newest events could be cut off undetected by someone holding the key.
 */
export class AuditLog {
  private macKey: Buffer | undefined;
  private sinceAnchor = 0;
  private readonly anchorEvery: number;

  constructor(
    private readonly db: Db,
    private readonly options: AuditLogOptions,
  ) {
    this.anchorEvery = options.anchorEvery ?? 100;
  }

  /** Appends one event in a transaction of its own (reads, sign-ins: nothing else to commit). */
  async record(entry: AuditEntry): Promise<void> {
    await this.db.transaction().execute((own) => this.recordIn(own, entry));
    await this.afterCommit();
  }

  /**
   * Appends one event inside the caller's transaction, so it commits or rolls back with the
   * change it records. The caller calls `afterCommit` once the transaction has committed
   * (`call.audited` does both).
   */
  async recordIn(trx: Transaction<DatabaseSchema>, entry: AuditEntry): Promise<void> {
    await this.append(trx, entry);
    this.sinceAnchor++;
  }

  /** Writes the outside anchor when `anchorEvery` events have been recorded since the last one. */
  async afterCommit(): Promise<void> {
    if (this.sinceAnchor >= this.anchorEvery) await this.flushAnchor();
  }

  /** Writes the newest committed seq and MAC to the anchor file. */
  async flushAnchor(): Promise<void> {
    const newest = await this.newest(this.db);
    writeAuditAnchor(this.options.dataDir, newest ?? { seq: 0, mac: GENESIS_MAC });
    this.sinceAnchor = 0;
  }

  async verify(): Promise<AuditVerification> {
    const key = await this.key(this.db);
    let previousMac = GENESIS_MAC;
    let expectedSeq = 1;
    let checked = 0;
    const result = (firstBroken: AuditVerification['firstBroken']): AuditVerification => ({
      ok: firstBroken === null,
      checked,
      firstBroken,
      verifiedAt: this.options.now().toISOString(),
    });

    for (;;) {
      const rows = await this.db
        .selectFrom('audit_events')
        .selectAll()
        .where('seq', '>=', expectedSeq)
        .orderBy('seq')
        .limit(VERIFY_CHUNK)
        .execute();
      for (const row of rows) {
        if (row.seq !== expectedSeq) return result({ seq: expectedSeq, problem: 'gap' });
        if (!macsEqual(row.mac, chainMac(key, row, previousMac)))
          return result({ seq: row.seq, problem: 'mac_mismatch' });
        previousMac = row.mac;
        expectedSeq++;
        checked++;
      }
      if (rows.length < VERIFY_CHUNK) break;
    }

    return result(await this.compareWithAnchor(checked));
  }

  /**
   * The cheap check done at every sign-in: does the newest part of the chain still reach the
   * outside anchor? (A full `verify` walks every event; an admin runs it from the audit screen.)
   */
  async checkAnchor(): Promise<AuditVerification['firstBroken']> {
    const newest = await this.newest(this.db);
    return this.compareWithAnchor(newest?.seq ?? 0);
  }

  private async compareWithAnchor(newestSeq: number): Promise<AuditVerification['firstBroken']> {
    const anchor = readAuditAnchor(this.options.dataDir);
    if (anchor.status !== 'ok')
      return newestSeq > 0 ? { seq: newestSeq, problem: 'anchor_missing' } : null;
    const { seq, mac } = anchor.anchor;
    if (seq > newestSeq) return { seq: newestSeq + 1, problem: 'tail_cut' };
    if (seq > 0) {
      const anchored = await this.db
        .selectFrom('audit_events')
        .select('mac')
        .where('seq', '=', seq)
        .executeTakeFirst();
      if (!anchored || !macsEqual(anchored.mac, mac)) return { seq, problem: 'anchor_mismatch' };
    }
    return null;
  }

  private async append(trx: Executor, entry: AuditEntry): Promise<void> {
    const key = await this.key(trx);
    const previous = await this.newest(trx);
    const fields: ChainedFields = {
      seq: (previous?.seq ?? 0) + 1,
      at: (entry.at ?? this.options.now()).toISOString(),
      actor_user_id: entry.actor.id,
      actor_user_name: entry.actor.userName,
      actor_role: entry.actor.role,
      action: entry.action,
      target_type: entry.target?.type ?? null,
      target_id: entry.target ? String(entry.target.id) : null,
      outcome: entry.outcome,
      machine: this.options.machine,
      app_version: this.options.appVersion,
      details: entry.details ? JSON.stringify(entry.details) : null,
    };
    const mac = chainMac(key, fields, previous?.mac ?? GENESIS_MAC);
    await trx
      .insertInto('audit_events')
      .values({ ...fields, mac })
      .execute();
  }

  private async newest(executor: Executor): Promise<{ seq: number; mac: string } | undefined> {
    return executor
      .selectFrom('audit_events')
      .select(['seq', 'mac'])
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
  }

  private async key(executor: Executor): Promise<Buffer> {
    if (!this.macKey) {
      const row = await executor
        .selectFrom('audit_secret')
        .select('mac_key')
        .where('id', '=', 1)
        .executeTakeFirstOrThrow();
      this.macKey = Buffer.from(row.mac_key);
    }
    return this.macKey;
  }

  /** Forgets the MAC key (on lock). */
  wipe(): void {
    this.macKey?.fill(0);
    this.macKey = undefined;
  }
}
