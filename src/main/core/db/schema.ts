import type { ColumnType, Insertable, Selectable, Updateable } from 'kysely';

/** Key/value settings of the office (agency name, idle lock minutes…). `value` holds JSON. */
export interface SettingsTable {
  key: string;
  value: string;
  updated_at: ColumnType<string, string, string>;
}

export interface DatabaseSchema {
  settings: SettingsTable;
}

export type SettingRow = Selectable<SettingsTable>;
export type NewSettingRow = Insertable<SettingsTable>;
export type SettingRowUpdate = Updateable<SettingsTable>;
