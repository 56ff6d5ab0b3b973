import type { SessionInfo, SessionUserInfo } from '../../../shared/domain/accounts';
import { slotFilesExist } from '../auth/create-office';
import { readSlotFile } from '../auth/vault/slot-file';
import { databaseExists } from '../db/database-file';
import { carriedExists } from '../sync/carried-store';
import type { SpaceUser } from './signed-in-space';
import type { PreferencesStore } from '../preferences/preferences-store';
import type { SessionUser } from '../session';

export function toSessionUser(user: SpaceUser): SessionUser {
  return {
    id: user.id,
    userName: user.user_name,
    role: user.role,
    mustChangePassword: user.must_change_password === 1,
  };
}

export function toSessionUserInfo(user: SpaceUser): SessionUserInfo {
  return { ...toSessionUser(user), fullName: user.full_name, position: user.position };
}

/**
 * What the sign-in screen shows while nobody is signed in: first-run setup, a damaged key file,
 * or the sign-in form with the last user name (on a mentor-only PC, marked as such).
 */
export function signedOutInfo(dataDir: string, preferences: PreferencesStore): SessionInfo {
  if (!databaseExists(dataDir)) {
    if (slotFilesExist(dataDir)) return { status: 'database-missing' };
    if (!carriedExists(dataDir)) return { status: 'needs-setup' };
    const lastUserName = preferences.get().lastUserName ?? null;
    return { status: 'signed-out', lastUserName, mentorOnly: true };
  }
  const slots = readSlotFile(dataDir);
  if (slots.status === 'damaged')
    return { status: 'key-file-damaged', backupUsable: slots.backupUsable };
  if (slots.status === 'missing') return { status: 'key-file-damaged', backupUsable: false };
  return { status: 'signed-out', lastUserName: preferences.get().lastUserName ?? null };
}
