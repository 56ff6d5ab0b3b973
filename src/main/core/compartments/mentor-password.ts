import type { z } from 'zod';
import type { ownPasswordChangeSchema } from '../../../shared/domain/accounts';
import { checkPassword } from '../auth/password-policy';
import { loadSlotFile } from '../auth/vault/slot-file';
import { unlockSlot } from '../auth/vault/slots';
import { AppError } from '../errors';
import type { SessionManager } from '../session/session-manager';
import { appendEvent } from './compartment-repository';
import { replaceCompartmentSlot } from './compartment-slot';

/**
 * A mentor changes their own password (the first sign-in asks for it) with only their
 * compartment open: a new slot with a fresh key pair seals the compartment key, the compartment
 * records it, and the office takes it into its registry at its next sign-in.
 */
export function changeMentorPassword(
  sessions: Pick<SessionManager, 'exclusiveSpace' | 'passwordAttempts' | 'refreshUser'>,
  dataDir: string,
  input: z.output<typeof ownPasswordChangeSchema>,
): Promise<void> {
  return sessions.exclusiveSpace(async (space, call) => {
    if (space.kind !== 'compartment') throw new Error('not a mentor session');
    // A carried file's slot is the office's to replace: the new one would never reach it.
    if (space.carried) throw new AppError('CONFLICT', 'password_change_at_office');
    const { user, compartment } = space;
    checkPassword(input.newPassword, user.user_name, user.full_name);
    sessions.passwordAttempts.check();
    const slot = loadSlotFile(dataDir).slots.find(
      (candidate) => candidate.opens === 'compartment' && candidate.userId === user.id,
    );
    const privateKey = slot ? await unlockSlot(slot, input.currentPassword) : null;
    const event = { actor: call.actor, target: { type: 'user', id: user.id } } as const;
    if (!privateKey) {
      sessions.passwordAttempts.failed(user.user_name);
      await appendEvent(
        compartment.db,
        { ...event, action: 'account.password_changed', outcome: 'failure' },
        call.clock.now(),
      );
      throw new AppError('VALIDATION', 'current_password_wrong');
    }
    privateKey.fill(0);
    await replaceCompartmentSlot({
      dataDir,
      compartment,
      compartmentKey: space.key,
      user,
      secret: input.newPassword,
      mustChangePassword: 0,
      now: call.clock.now(),
    });
    await appendEvent(
      compartment.db,
      { ...event, action: 'account.password_changed', outcome: 'success' },
      call.clock.now(),
    );
    await sessions.refreshUser();
  });
}
