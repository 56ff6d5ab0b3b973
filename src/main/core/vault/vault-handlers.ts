import { createHash, randomBytes } from 'node:crypto';
import type { VaultNoticeName } from '../../../shared/domain/vault';
import { recoveryCodeFromBytes, normaliseRecoveryCode } from '../../../shared/domain/recovery-code';
import { readAuditAnchor } from '../audit/audit-anchor';
import { loadSlotFile } from '../auth/vault/slot-file';
import { unlockSlot } from '../auth/vault/slots';
import { renewRecoverySlot } from '../auth/vault/vault-changes';
import { clearNotice, openNotices } from '../auth/vault/vault-notices';
import { AppError } from '../errors';
import type { FeatureHandlers } from '../handlers';
import type { SessionManager } from '../session/session-manager';

export interface VaultDeps {
  dataDir: string;
  sessions: Pick<SessionManager, 'exclusive' | 'passwordAttempts' | 'period'>;
}

/** A new code shown to an admin and not yet confirmed as stored: in memory only. */
interface PendingCode {
  userId: number;
  period: number;
  secret: string;
}

/** The admin's view of the office's keys, and a new recovery code. */
export function vaultHandlers(deps: VaultDeps): FeatureHandlers<'vault'> {
  let pending: PendingCode | null = null;
  return {
    'vault.status': async (_input, call) => {
      const notices = (await openNotices(call.db)).filter(
        (notice): notice is VaultNoticeName => notice !== 'key_rotation_due',
      );
      const anchor = readAuditAnchor(deps.dataDir);
      return {
        notices,
        anchor:
          anchor.status === 'ok'
            ? { seq: anchor.anchor.seq, fingerprint: fingerprint(anchor.anchor.mac) }
            : null,
      };
    },
    'vault.dismissNotice': async ({ notice }, call) => {
      await call.audited(
        { action: 'vault.notice_dismissed', outcome: 'success', details: { notice } },
        (trx) => clearNotice(trx, notice),
      );
      return null;
    },
    'vault.renewRecoveryCode': ({ password }) =>
      deps.sessions.exclusive(async (call) => {
        // The password again: an admin's unlocked, unattended screen must not hand out the code.
        deps.sessions.passwordAttempts.check();
        const mine = loadSlotFile(deps.dataDir).slots.find(
          (slot) => slot.kind === 'user' && slot.userId === call.user.id,
        );
        const privateKey = mine ? await unlockSlot(mine, password) : null;
        if (!privateKey) {
          deps.sessions.passwordAttempts.failed(call.user.userName);
          await call.audit.record({
            action: 'vault.recovery_renewed',
            outcome: 'failure',
            actor: call.actor,
          });
          throw new AppError('VALIDATION', 'current_password_wrong');
        }
        privateKey.fill(0);
        const recoveryCode = recoveryCodeFromBytes(randomBytes(25));
        const secret = normaliseRecoveryCode(recoveryCode);
        if (!secret) throw new Error('a fresh recovery code did not normalise');
        pending = { userId: call.user.id, period: deps.sessions.period(), secret };
        return { recoveryCode };
      }),
    'vault.confirmRecoveryCode': (_input) =>
      deps.sessions
        .exclusive(async (call, vault) => {
          const code = pending;
          pending = null;
          if (!code || code.userId !== call.user.id || code.period !== deps.sessions.period())
            throw new AppError('CONFLICT', 'recovery_code_not_pending');
          await renewRecoverySlot(vault, code.secret);
        })
        .then(() => null),
  };
}

/** A short, readable fingerprint of the anchor's MAC, for the office to copy onto paper. */
function fingerprint(mac: string): string {
  const hex = createHash('sha256').update(mac).digest('hex').slice(0, 16).toUpperCase();
  return hex.match(/.{4}/g)?.join('-') ?? hex;
}
