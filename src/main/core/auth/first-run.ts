import { randomBytes } from 'node:crypto';
import { recoveryCodeFromBytes } from '../../../shared/domain/recovery-code';
import type { SetupInput } from '../../../shared/domain/setup';
import { findUserById } from '../accounts/users-repository';
import { databaseExists } from '../db/database-file';
import { AppError } from '../errors';
import { carriedExists } from '../sync/carried-store';
import { createOffice, slotFilesExist } from './create-office';
import { checkPassword } from './password-policy';
import type { OpenedAs } from './sign-in';
import { closeUnlocked, type UnlockContext } from './unlocked-database';

/**
 * The first-run wizard's state: the recovery code is made when the wizard starts (so it can be
 * shown and noted) and lives only in memory until setup completes.
 */
export class FirstRun {
  private pendingRecoveryCode: string | null = null;

  constructor(private readonly context: UnlockContext) {}

  begin(): { recoveryCode: string } {
    if (databaseExists(this.context.dataDir)) throw new AppError('CONFLICT', 'already_set_up');
    if (slotFilesExist(this.context.dataDir)) throw new AppError('CONFLICT', 'database_missing');
    // A mentor-only PC: an office made here would sit beside a file it cannot read.
    if (carriedExists(this.context.dataDir)) throw new AppError('CONFLICT', 'already_set_up');
    this.pendingRecoveryCode ??= recoveryCodeFromBytes(randomBytes(25));
    return { recoveryCode: this.pendingRecoveryCode };
  }

  cancel(): void {
    this.pendingRecoveryCode = null;
  }

  /** Creates the office and returns it open, with its admin, for the session to enter. */
  async complete(input: SetupInput): Promise<OpenedAs> {
    if (!this.pendingRecoveryCode) throw new AppError('CONFLICT', 'setup_not_started');
    checkPassword(input.password, input.adminUserName, input.adminFullName);
    const { unlocked, adminId } = await createOffice(this.context, input, this.pendingRecoveryCode);
    this.pendingRecoveryCode = null;
    const user = await findUserById(unlocked.db, adminId);
    if (!user) {
      await closeUnlocked(unlocked);
      throw new Error('admin missing after setup');
    }
    return { user, unlocked };
  }
}
