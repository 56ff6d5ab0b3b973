import { randomUUID } from 'node:crypto';
import type { AuditActor } from '../audit/audit-log';
import { getSettingValue, putSettingValue } from '../settings/settings-repository';
import type { SignInThrottle } from './sign-in-throttle';
import type { UnlockedDatabase } from './unlocked-database';

/** The settings key under which the database remembers which throttle file it last wrote. */
export const THROTTLE_FILE_KEY = 'sign_in_state_file';

/**
 * At a successful sign-in: writes what the throttle file saw while the database was closed into
 * the audit log, then starts a new file. The file sits in the data folder, where anyone can
 * delete or write it, so:
 * - a file that is missing, unreadable or not the one the database last wrote is itself audited
 *   (deleting it is how someone would reset the delay);
 * - the failed attempts it reports are marked unverified: the file could have invented them.
 */
export async function settleThrottle(
  unlocked: UnlockedDatabase,
  throttle: SignInThrottle,
  actor: AuditActor,
  now: Date,
): Promise<void> {
  const expected = await getSettingValue(unlocked.db, THROTTLE_FILE_KEY);
  const found = throttle.inspect();
  if (expected !== undefined && (found.status !== 'ok' || found.fileId !== expected)) {
    await unlocked.audit.record({
      action: 'session.throttle_state_lost',
      outcome: 'failure',
      actor,
      details: { problem: found.status === 'ok' ? 'replaced' : found.status },
    });
  }
  for (const failure of throttle.pendingFailures()) {
    await unlocked.audit.record({
      action: 'session.sign_in',
      outcome: 'failure',
      actor: { id: null, userName: failure.userName, role: null },
      at: failure.at,
      details: {
        unverified: true,
        ...(failure.userName === null ? { unknownUserName: true } : {}),
      },
    });
  }
  const fileId = randomUUID();
  await putSettingValue(unlocked.db, THROTTLE_FILE_KEY, fileId, now);
  throttle.reset(fileId);
}
