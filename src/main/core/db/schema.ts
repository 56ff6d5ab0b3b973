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

/** The registry of key slots (see migration 0003); the slot file is a copy for use before unlock. */
export interface KeySlotsTable {
  slot_id: string;
  kind: 'user' | 'recovery';
  opens: 'office' | 'compartment';
  user_id: number | null;
  user_name: string | null;
  aad: 'v1' | 'v2';
  public_key: string;
  /** JSON of the Argon2id parameters. */
  kdf: string;
  /** JSON of the sealed private key. */
  private_key: string;
  created_at: string;
}

export interface VaultSecretTable {
  id: number;
  mac_key: Buffer;
}

export type VaultNotice = 'recovery_code_renewal' | 'slot_file_tampered' | 'key_rotation_due';

export interface VaultNoticesTable {
  notice: VaultNotice;
  raised_at: string;
}

export interface MentorCompartmentsTable {
  user_id: number;
  file_name: string;
  compartment_key: Buffer;
  merged_through_seq: ColumnType<number, number | undefined, number>;
  created_at: string;
}

export interface DatabaseSchema {
  settings: SettingsTable;
  users: UsersTable;
  audit_events: AuditEventsTable;
  audit_secret: AuditSecretTable;
  key_slots: KeySlotsTable;
  vault_secret: VaultSecretTable;
  vault_notices: VaultNoticesTable;
  mentor_compartments: MentorCompartmentsTable;
}

export type UserRow = Selectable<UsersTable>;
export type NewUserRow = Insertable<UsersTable>;
export type UserRowUpdate = Updateable<UsersTable>;
export type AuditEventRow = Selectable<AuditEventsTable>;
export type KeySlotRow = Selectable<KeySlotsTable>;
