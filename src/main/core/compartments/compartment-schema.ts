import type { Generated, Selectable } from 'kysely';
import type { CompartmentMentoringTables } from '../db/mentoring-schema';

export interface ProfileTable {
  id: number;
  user_id: number;
  user_name: string;
  full_name: string;
  position: string;
  must_change_password: 0 | 1;
  agency_name: string;
  idle_lock_minutes: number;
  /** JSON of the mentor's slot without its sealed keys; null until the first slot is written. */
  slot: string | null;
  updated_at: string;
}

export interface CompartmentSecretTable {
  id: number;
  mac_key: Buffer;
}

export interface CompartmentEventsTable {
  seq: Generated<number>;
  at: string;
  actor_user_name: string | null;
  action: string;
  outcome: string;
  details: string | null;
  target_type: string | null;
  target_id: string | null;
}

/** A mentor compartment: its own small encrypted database under `mentors/`. */
export interface CompartmentSchema extends CompartmentMentoringTables {
  profile: ProfileTable;
  compartment_secret: CompartmentSecretTable;
  events: CompartmentEventsTable;
}

export type ProfileRow = Selectable<ProfileTable>;
