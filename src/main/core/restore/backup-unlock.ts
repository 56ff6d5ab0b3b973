import { join } from 'node:path';
import { BACKUP_DATABASE_FILE, BACKUP_KEYS_FILE } from '../../../shared/domain/backup';
import { normaliseUserName } from '../../../shared/domain/user-name';
import type { AuditActor } from '../audit/audit-log';
import { spendArgon2Time } from '../auth/sign-in';
import { slotAccepted } from '../auth/vault/slot-acceptance';
import { parseSlotFileAt, type Slot, type SlotFile } from '../auth/vault/slot-file';
import { slotDbKeys, unlockSlot } from '../auth/vault/slots';
import { createKysely, openEncryptedDatabase, type SqliteDatabase } from '../db/connection';
import { DatabaseOpenError } from '../db/errors';
import { AppError } from '../errors';
import { readBackupFacts, type BackupFacts } from './backup-contents';
import { integrityOk } from './integrity-check';

/** The scratch copy opened as one of its admins: the key stays in memory until apply or cancel. */
export interface UnlockedBackup {
  key: Buffer;
  admin: AuditActor & { id: number; userName: string };
  facts: BackupFacts;
}

/**
 * Opens the verified scratch copy with a user name and password OF THE BACKUP, the way sign-in
 * opens an office (`auth/sign-in.ts`): the backup's own key file, a slot under that name that
 * the backup's own slot registry vouches for, an active account — and, for a restore, an admin.
 * Resolves null for wrong credentials (the caller counts them like a failed sign-in). Then
 * `integrity_check` over the whole copy, and what it holds. The copy is closed again.
 */
export async function unlockBackup(
  scratch: string,
  typedUserName: string,
  password: string,
  countTables: string[],
  erasedNow: readonly number[] = [],
  inactiveNow: readonly string[] = [],
): Promise<UnlockedBackup | null> {
  const slotFile = parseSlotFileAt(join(scratch, BACKUP_KEYS_FILE));
  if (!slotFile) throw new AppError('VALIDATION', 'backup_keys_invalid');
  const userName = normaliseUserName(typedUserName);
  const candidates = slotFile.slots.filter(
    (slot) => slot.kind === 'user' && slot.opens === 'office' && slot.userName === userName,
  );
  // An unknown name costs the same Argon2id time as a wrong password.
  if (candidates.length === 0) return spendArgon2Time();
  for (const slot of candidates) {
    const opened = await openWithSlot(join(scratch, BACKUP_DATABASE_FILE), slot, password);
    if (!opened) continue;
    try {
      const admin = await acceptedAdmin(opened.sqlite, slotFile, slot, userName);
      if (!admin) continue;
      // Off main's thread (a big office takes seconds), on its own read-only connection.
      if (!(await integrityOk(join(scratch, BACKUP_DATABASE_FILE), opened.key)))
        throw new AppError('CONFLICT', 'backup_damaged');
      const facts = readBackupFacts(opened.sqlite, countTables, erasedNow, inactiveNow);
      return { key: Buffer.from(opened.key), admin, facts };
    } finally {
      opened.sqlite.close();
      opened.key.fill(0);
    }
  }
  return null;
}

async function openWithSlot(
  file: string,
  slot: Slot,
  password: string,
): Promise<{ sqlite: SqliteDatabase; key: Buffer } | null> {
  const privateKey = await unlockSlot(slot, password);
  if (!privateKey) return null;
  const keys = slotDbKeys(slot, privateKey);
  privateKey.fill(0);
  try {
    for (const { key } of keys) {
      try {
        return { sqlite: openEncryptedDatabase(file, key), key: Buffer.from(key) };
      } catch (error) {
        if (error instanceof DatabaseOpenError && error.failure === 'not-kaona-or-wrong-key')
          continue;
        throw new AppError('CONFLICT', 'backup_damaged');
      }
    }
    // The slot opened but none of its keys opens the copy: not this office's database.
    throw new AppError('CONFLICT', 'backup_damaged');
  } finally {
    for (const entry of keys) entry.key.fill(0);
  }
}

/**
 * The slot must be registered for this account in the backup's registry (a slot planted in a
 * copied key file opens nothing), the account active, and its role admin. A right password of
 * an officer is told apart: they know their own password already, and they need to know why.
 */
async function acceptedAdmin(
  sqlite: SqliteDatabase,
  slotFile: SlotFile,
  slot: Slot,
  userName: string,
): Promise<UnlockedBackup['admin'] | null> {
  const user = sqlite
    .prepare('SELECT id, user_name, role, status FROM users WHERE user_name = ?')
    .get(userName) as { id: number; user_name: string; role: string; status: string } | undefined;
  if (!user || user.status !== 'active') return null;
  // A Kysely over the same connection, only to ask the registry; not destroyed (that would close
  // the connection the caller still reads from).
  const accepted = await slotAccepted(
    createKysely(sqlite),
    slot,
    { kind: 'user', userId: user.id },
    slotFile.legacy,
  );
  if (!accepted) return null;
  if (user.role !== 'admin') throw new AppError('FORBIDDEN', 'restore_admin_only');
  return { id: user.id, userName: user.user_name, role: user.role };
}
