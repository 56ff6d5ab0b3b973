import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { Role } from '../../../shared/permissions';

/** Key/value settings of the office (agency name, idle lock minutes…). `value` holds JSON. */
export interface SettingsTable {
  key: string;
  value: string;
  updated_at: ColumnType<string, string, string>;
}

export type UserStatus = 'active' | 'disabled' | 'removed';

export interface UsersTable {
  id: Generated<number>;
  user_name: string;
  full_name: string;
  position: string;
  role: Role;
  status: UserStatus;
  must_change_password: 0 | 1;
  created_at: string;
  updated_at: string;
  last_sign_in_at: string | null;
}

export type AuditOutcome = 'success' | 'failure' | 'denied';

/** Append-only: triggers reject UPDATE and DELETE, so it has no Updateable type on purpose. */
export interface AuditEventsTable {
  seq: number;
  at: string;
  actor_user_id: number | null;
  actor_user_name: string | null;
  actor_role: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  outcome: AuditOutcome;
  machine: string;
  app_version: string;
  details: string | null;
  mac: string;
}

export interface AuditSecretTable {
  id: number;
  mac_key: Buffer;
}

export interface DatabaseSchema {
  settings: SettingsTable;
  users: UsersTable;
  audit_events: AuditEventsTable;
  audit_secret: AuditSecretTable;
}

export type UserRow = Selectable<UsersTable>;
export type NewUserRow = Insertable<UsersTable>;
export type UserRowUpdate = Updateable<UsersTable>;
export type AuditEventRow = Selectable<AuditEventsTable>;
