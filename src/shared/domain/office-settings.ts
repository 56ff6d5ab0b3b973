import { z } from 'zod';
import { safeText } from '../text/safe-text';
import { NO_SESSION_DAYS_DEFAULT } from './mentoring/codes';
import { REFERRAL_REPLY_DAYS } from './documents/codes';

export { REFERRAL_REPLY_DAYS };

export const IDLE_LOCK_MINUTES = { min: 1, max: 60, default: 5 } as const;
/** The reminder "no session for N days" (issue 9): a week to a year. */
export const NO_SESSION_DAYS = { min: 7, max: 365, default: NO_SESSION_DAYS_DEFAULT } as const;

/** Remind whoever may back up when the newest backup is older than this (issue 11). */
export const BACKUP_REMINDER_DAYS = { min: 1, max: 90, default: 7 } as const;
/**
 * Keep a closed case's personal data this many years after it closed; the retention report
 * lists closed cases past it (PDPA: keep no longer than the purpose needs).
 */
export const RETENTION_YEARS = { min: 1, max: 20, default: 5 } as const;

/** The office's name, as the header, letters and certificates show it. */
export const agencyNameSchema = safeText().trim().min(1).max(200);

/** Settings of the office, kept in the encrypted database and changed by an admin. */
export const officeSettingsSchema = z.strictObject({
  agencyName: agencyNameSchema,
  idleLockMinutes: z.number().int().min(IDLE_LOCK_MINUTES.min).max(IDLE_LOCK_MINUTES.max),
  /** Reminders list a mentored case with no session for this many days. */
  noSessionDays: z.number().int().min(NO_SESSION_DAYS.min).max(NO_SESSION_DAYS.max),
  /** A sent referral with no reply after this many days shows as overdue (issue 10). */
  referralReplyDays: z.number().int().min(REFERRAL_REPLY_DAYS.min).max(REFERRAL_REPLY_DAYS.max),
  /** Remind about a backup when the newest is older than this many days (issue 11). */
  backupReminderDays: z.number().int().min(BACKUP_REMINDER_DAYS.min).max(BACKUP_REMINDER_DAYS.max),
  /** Years a closed case is kept before the retention report lists it (issue 11). */
  retentionYears: z.number().int().min(RETENTION_YEARS.min).max(RETENTION_YEARS.max),
});
export type OfficeSettings = z.infer<typeof officeSettingsSchema>;

export const DEFAULT_OFFICE_SETTINGS: OfficeSettings = {
  agencyName: '',
  idleLockMinutes: IDLE_LOCK_MINUTES.default,
  noSessionDays: NO_SESSION_DAYS.default,
  referralReplyDays: REFERRAL_REPLY_DAYS.default,
  backupReminderDays: BACKUP_REMINDER_DAYS.default,
  retentionYears: RETENTION_YEARS.default,
};

export const officeSettingsPatchSchema = officeSettingsSchema
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, { message: 'empty patch' });
