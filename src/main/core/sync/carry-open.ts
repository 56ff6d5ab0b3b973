import type { z } from 'zod';
import type { CarryOpened, carryOpenSchema } from '../../../shared/domain/mentoring';
import { slotFilesExist } from '../auth/create-office';
import type { PublicCall } from '../call/call-context';
import { databaseExists } from '../db/database-file';
import { AppError } from '../errors';
import type { PreferencesStore } from '../preferences/preferences-store';
import { headerSlot, parseCarryFile } from './carry-file';
import { storeCarried } from './carried-store';

export interface CarryOpenDeps {
  dataDir: string;
  preferences: PreferencesStore;
}

/**
 * On a PC without an office: the carried file becomes this PC's mentor-only data. Only the format
 * is checked here — the header's MAC needs the compartment key, which the mentor's password
 * unseals at sign-in (`auth/carried-sign-in.ts`), where a forged header is refused.
 */
export function openCarry(
  deps: CarryOpenDeps,
  input: z.output<typeof carryOpenSchema>,
  call: PublicCall,
): CarryOpened {
  if (databaseExists(deps.dataDir) || slotFilesExist(deps.dataDir))
    throw new AppError('CONFLICT', 'carry_needs_no_office');
  if (call.session.status !== 'signed-out') throw new AppError('CONFLICT', 'already_signed_in');
  const parsed = parseCarryFile(Buffer.from(input.contentBase64, 'base64'));
  if (!headerSlot(parsed.header)) throw new AppError('VALIDATION', 'carry_file_damaged');
  storeCarried(deps.dataDir, parsed, call.clock.now());
  deps.preferences.set({ lastUserName: parsed.header.userName });
  const { header } = parsed;
  return {
    userName: header.userName,
    // The mentor's name is inside the encrypted bytes; the screen greets them by user name.
    fullName: '',
    agencyName: header.agencyName,
    exportedAt: header.exportedAt,
  };
}
