import { z } from 'zod';
import { ROLES, type Role } from '../permissions';
import { safeText } from '../text/safe-text';
import { newPasswordSchema, passwordInputSchema } from './password';
import { userNameSchema } from './user-name';

export const ACCOUNT_STATUSES = ['active', 'disabled'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

/** An account as the admin screens see it. Removed accounts are kept for the audit trail only. */
export interface Account {
  id: number;
  userName: string;
  fullName: string;
  position: string;
  role: Role;
  status: AccountStatus;
  mustChangePassword: boolean;
  createdAt: string;
  lastSignInAt: string | null;
}

export const fullNameSchema = safeText().trim().min(1).max(120);
export const positionSchema = safeText().trim().max(120);
export const userIdSchema = z.number().int().positive();

export const newAccountSchema = z.strictObject({
  userName: userNameSchema,
  fullName: fullNameSchema,
  position: positionSchema,
  role: z.enum(ROLES),
  temporaryPassword: newPasswordSchema,
});
export type NewAccount = z.input<typeof newAccountSchema>;

export const accountUpdateSchema = z.strictObject({
  userId: userIdSchema,
  fullName: fullNameSchema.optional(),
  position: positionSchema.optional(),
  role: z.enum(ROLES).optional(),
});

export const accountIdSchema = z.strictObject({ userId: userIdSchema });

export const passwordResetSchema = z.strictObject({
  userId: userIdSchema,
  temporaryPassword: newPasswordSchema,
});

export const ownPasswordChangeSchema = z.strictObject({
  currentPassword: passwordInputSchema,
  newPassword: newPasswordSchema,
});

/** The person signed in, as the renderer needs to know them. */
export interface SessionUserInfo {
  id: number;
  userName: string;
  fullName: string;
  position: string;
  role: Role;
  mustChangePassword: boolean;
}

export type SessionInfo =
  | { status: 'needs-setup' }
  /** The key files are there but the database is not (moved by antivirus, a sync tool…). */
  | { status: 'database-missing' }
  | { status: 'key-file-damaged'; backupUsable: boolean }
  | { status: 'signed-out'; lastUserName: string | null }
  /** No office here, only a mentor's carried file (mentor-only mode, ADR 0022). */
  | { status: 'signed-out'; lastUserName: string | null; mentorOnly: true }
  | { status: 'locked'; user: { userName: string; fullName: string } }
  | { status: 'signed-in'; user: SessionUserInfo; agencyName: string; idleLockMinutes: number }
  /** A mentor working in a carried file on a PC without the office. */
  | {
      status: 'signed-in';
      user: SessionUserInfo;
      agencyName: string;
      idleLockMinutes: number;
      mentorOnly: true;
    };

/** True in mentor-only mode (signed in or not): a carried file, no office. */
export function isMentorOnly(info: SessionInfo): boolean {
  return 'mentorOnly' in info && info.mentorOnly;
}
