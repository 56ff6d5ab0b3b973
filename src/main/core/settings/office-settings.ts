import type { Kysely, Transaction } from 'kysely';
import {
  officeSettingsSchema,
  DEFAULT_OFFICE_SETTINGS,
  type OfficeSettings,
} from '../../../shared/domain/office-settings';
import type { DatabaseSchema } from '../db/schema';
import { getSettingValue, putSettingValue } from './settings-repository';

type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;
const KEY = 'office';

/** The office's settings (agency name, idle lock…), one JSON row in `settings`. */
export async function readOfficeSettings(db: Db): Promise<OfficeSettings> {
  const stored = await getSettingValue(db, KEY);
  if (!stored) return { ...DEFAULT_OFFICE_SETTINGS };
  const parsed = officeSettingsSchema.partial().safeParse(JSON.parse(stored));
  return { ...DEFAULT_OFFICE_SETTINGS, ...(parsed.success ? parsed.data : {}) };
}

export async function writeOfficeSettings(
  db: Db,
  settings: OfficeSettings,
  now: Date,
): Promise<void> {
  await putSettingValue(db, KEY, JSON.stringify(officeSettingsSchema.parse(settings)), now);
}
