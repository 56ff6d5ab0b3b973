import type { AuditChainProblem } from '../../../../shared/domain/audit';
import { chainMac, GENESIS_MAC, macsEqual } from '../../audit/audit-chain';
import type { JobHandler } from '../job-kind';

/** Events read per query, and per progress report. */
export const AUDIT_VERIFY_CHUNK = 5000;

/**
 * What the walk over the chain found. The anchor file (outside the database) is compared in main
 * after the job (`auditVerdict`), where the data folder is known.
 */
export interface AuditChainScan {
  checked: number;
  firstBroken: { seq: number; problem: Extract<AuditChainProblem, 'gap' | 'mac_mismatch'> } | null;
}

/**
 * Re-verifies the audit log's HMAC chain over every event, as `AuditLog.verify()` does in
 * process, in chunks by `seq` so that each chunk is its own short read and cancel is noticed
 * between chunks.
 */
export const auditVerifyJob: JobHandler<unknown, AuditChainScan> = {
  writes: false,
  async run({ db, progress, throwIfCancelled }) {
    const secret = await db
      .selectFrom('audit_secret')
      .select('mac_key')
      .where('id', '=', 1)
      .executeTakeFirstOrThrow();
    const key = Buffer.from(secret.mac_key);
    secret.mac_key.fill(0);
    try {
      const { count } = await db
        .selectFrom('audit_events')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow();
      const total = Number(count);
      let previousMac = GENESIS_MAC;
      let expectedSeq = 1;
      let checked = 0;
      progress(0, total);
      for (;;) {
        throwIfCancelled();
        const rows = await db
          .selectFrom('audit_events')
          .selectAll()
          .where('seq', '>=', expectedSeq)
          .orderBy('seq')
          .limit(AUDIT_VERIFY_CHUNK)
          .execute();
        for (const row of rows) {
          if (row.seq !== expectedSeq)
            return { checked, firstBroken: { seq: expectedSeq, problem: 'gap' } };
          if (!macsEqual(row.mac, chainMac(key, row, previousMac)))
            return { checked, firstBroken: { seq: row.seq, problem: 'mac_mismatch' } };
          previousMac = row.mac;
          expectedSeq++;
          checked++;
        }
        // Events appended while the job runs are checked too: the total can grow.
        progress(checked, Math.max(total, checked));
        if (rows.length < AUDIT_VERIFY_CHUNK) return { checked, firstBroken: null };
      }
    } finally {
      key.fill(0);
    }
  },
};
