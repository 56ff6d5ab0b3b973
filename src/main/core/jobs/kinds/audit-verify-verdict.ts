import type { AuditVerification } from '../../../../shared/domain/audit';
import type { AuditLog } from '../../audit/audit-log';
import type { AuditChainScan } from './audit-verify';

/**
 * Completes an `audit.verify` job in main: the worker walked the chain inside the database; the
 * anchor file beside it is compared here, as `AuditLog.verify()` does after its own walk.
 */
export async function auditVerdict(
  scan: AuditChainScan,
  audit: AuditLog,
  now: Date,
): Promise<AuditVerification> {
  const firstBroken = scan.firstBroken ?? (await audit.checkAnchor());
  return {
    ok: firstBroken === null,
    checked: scan.checked,
    firstBroken,
    verifiedAt: now.toISOString(),
  };
}
