import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { SetupInput } from '../../../shared/domain/setup';
import { normaliseRecoveryCode } from '../../../shared/domain/recovery-code';
import { insertUser } from '../accounts/users-repository';
import { openEncryptedDatabase } from '../db/connection';
import { databaseExists, databasePath } from '../db/database-file';
import { migrateToLatest } from '../db/migrate';
import { AppError } from '../errors';
import { writeOfficeSettings } from '../settings/office-settings';
import { DEFAULT_OFFICE_SETTINGS } from '../../../shared/domain/office-settings';
import {
  closeUnlocked,
  openUnlocked,
  type UnlockContext,
  type UnlockedDatabase,
} from './unlocked-database';
import { SLOT_BACKUP_FILE, SLOT_FILE, writeSlotFile, type Slot } from './vault/slot-file';
import { signerFor } from './vault/slot-mac';
import { registerSlot, vaultMacKey } from './vault/slot-registry';
import { createSlot } from './vault/slots';

const SETUP_TEMP_PREFIX = '.kaona.db.setup-';

/**
 * A setup killed half-way leaves its temporary database behind (it never became the office's
 * database, so nothing in it matters); the next setup clears it away.
 */
function removeStraySetupFiles(dataDir: string): void {
  for (const name of readdirSync(dataDir)) {
    if (name.startsWith(SETUP_TEMP_PREFIX)) rmSync(join(dataDir, name), { force: true });
  }
}

/**
 * First-run setup. Nothing reaches the data folder until every step has worked: the database is
 * built under a temporary name, the slot file is written, and only then is the database renamed
 * into place — the rename is what makes the office "set up". A crash before it leaves a stray
 * temp file and no database, so setup simply runs again.
 */
export async function createOffice(
  context: UnlockContext,
  input: SetupInput,
  recoveryCode: string,
): Promise<{ unlocked: UnlockedDatabase; adminId: number }> {
  if (databaseExists(context.dataDir)) throw new AppError('CONFLICT', 'already_set_up');
  // Key files without a database: the database went missing. Setting up afresh here would make
  // the original unreadable for good, so setup refuses and the app says what happened.
  if (slotFilesExist(context.dataDir)) throw new AppError('CONFLICT', 'database_missing');
  const recoveryChars = normaliseRecoveryCode(recoveryCode);
  if (!recoveryChars) throw new Error('malformed recovery code');

  removeStraySetupFiles(context.dataDir);
  const key = randomBytes(32);
  const tempPath = join(context.dataDir, `${SETUP_TEMP_PREFIX}${randomBytes(6).toString('hex')}`);
  try {
    const building = openUnlocked(
      context,
      openEncryptedDatabase(tempPath, key, { create: true }),
      Buffer.from(key),
      1,
    );
    let slots: Slot[];
    let adminId: number;
    try {
      await migrateToLatest(building.db);
      const now = context.clock.now();
      adminId = await building.db.transaction().execute(async (trx) => {
        await writeOfficeSettings(
          trx,
          { ...DEFAULT_OFFICE_SETTINGS, agencyName: input.agencyName },
          now,
        );
        const id = await insertUser(trx, {
          user_name: input.adminUserName,
          full_name: input.adminFullName,
          position: input.adminPosition,
          role: 'admin',
          status: 'active',
          must_change_password: 0,
          created_at: now.toISOString(),
          updated_at: now.toISOString(),
          last_sign_in_at: null,
        });
        await building.audit.recordIn(trx, {
          action: 'setup.completed',
          outcome: 'success',
          actor: { id, userName: input.adminUserName, role: 'admin' },
          target: { type: 'user', id },
        });
        return id;
      });
      const sign = signerFor(await vaultMacKey(building.db));
      const office = { opens: 'office' as const, dbKey: key, generation: 1 };
      slots = (
        await Promise.all([
          createSlot({
            ...office,
            kind: 'user',
            userId: adminId,
            userName: input.adminUserName,
            secret: input.password,
          }),
          createSlot({
            ...office,
            kind: 'recovery',
            userId: null,
            userName: null,
            secret: recoveryChars,
          }),
        ])
      ).map(sign);
      await building.db.transaction().execute(async (trx) => {
        for (const slot of slots) await registerSlot(trx, slot, now);
      });
      await building.audit.flushAnchor();
      building.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      await closeUnlocked(building);
    }

    writeSlotFile(context.dataDir, slots, 'same');
    renameSync(tempPath, databasePath(context.dataDir));

    const unlocked = openUnlocked(
      context,
      openEncryptedDatabase(databasePath(context.dataDir), key),
      Buffer.from(key),
      1,
    );
    return { unlocked, adminId };
  } finally {
    key.fill(0);
    for (const suffix of ['', '-wal', '-shm', '-journal']) {
      if (existsSync(tempPath + suffix)) rmSync(tempPath + suffix, { force: true });
    }
  }
}

/** True when a slot file or its backup is in the folder. */
export function slotFilesExist(dataDir: string): boolean {
  return existsSync(join(dataDir, SLOT_FILE)) || existsSync(join(dataDir, SLOT_BACKUP_FILE));
}
