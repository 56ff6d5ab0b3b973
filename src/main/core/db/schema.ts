import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { Role } from '../../../shared/permissions';
import type {
  AttachmentMimeType,
  CaseStatus,
  ConsentGiver,
  ConsentPurpose,
  Department,
  DraftKind,
  FlagshipProject,
  NameTitle,
  OtherIdDocument,
  ReferralSource,
  Sex,
  TargetGroup,
  TimelineKind,
} from '../../../shared/domain/cases';
import type { ProductCategory } from '../../../shared/domain/mentoring';
import type { OfficeMentoringTables } from './mentoring-schema';
import type { DocumentsTables } from './documents-schema';
import type { BackupTables } from './backups-schema';
import type { ImportsTables } from './imports-schema';
import type { PdpaTables } from './pdpa-schema';

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
  /** 1 when the mentor's compartment must be refreshed (migration 0007). */
  refresh_due: ColumnType<0 | 1, 0 | 1 | undefined, 0 | 1>;
}

// ── Case files (migrations 0004–0006) ────────────────────────────────────────────────────────

export interface AddressProvincesTable {
  id: number;
  name_th: string;
  name_en: string;
}

export interface AddressDistrictsTable {
  id: number;
  province_id: number;
  name_th: string;
  name_en: string;
}

export interface AddressSubdistrictsTable {
  id: number;
  district_id: number;
  name_th: string;
  name_en: string;
}

export interface AddressPostcodesTable {
  subdistrict_id: number;
  postcode: string;
}

type Flag = 0 | 1;

export interface BeneficiariesTable {
  id: Generated<number>;
  title: NameTitle;
  title_other: string;
  first_name: string;
  last_name: string;
  nickname: string;
  latin_name: string;
  birth_date: string;
  sex: Sex;
  has_thai_id: Flag;
  national_id: string | null;
  other_id_document: OtherIdDocument | null;
  other_id_number: string;
  /** E.164 (`+66812345678`) or empty. */
  phone: string;
  line_id: string;
  registered_line: string;
  registered_subdistrict_id: number | null;
  registered_postcode: string;
  current_same_as_registered: Flag;
  current_line: string;
  current_subdistrict_id: number | null;
  current_postcode: string;
  province_id: number | null;
  name_key: string;
  sort_key: string;
  created_at: string;
  created_by: number;
  updated_at: string;
  /** Set when the person was anonymised on an erasure request (migration 0012). */
  erased_at: string | null;
}

export interface CaseNumberCountersTable {
  buddhist_year: number;
  last_number: number;
}

export interface CasesTable {
  id: Generated<number>;
  case_number: string;
  beneficiary_id: number;
  status: CaseStatus;
  status_reason: string;
  status_changed_at: string;
  intake_date: string;
  department: Department;
  flagship_project: FlagshipProject;
  referral_source: ReferralSource;
  referral_source_detail: string;
  household_size: number;
  monthly_income_satang: number;
  welfare_card: Flag;
  disability_card: Flag;
  /** JSON array of DisabilityType (sensitive). */
  disability_types: string;
  health_notes: string;
  caregiver_name: string;
  caregiver_relation: string;
  occupation: string;
  skills: string;
  products: string;
  has_smartphone: Flag;
  has_internet: Flag;
  has_bank_account: Flag;
  has_product_photos: Flag;
  has_online_shop: Flag;
  lazada_seller_id: string;
  goals: string;
  notes: string;
  /** The current mentor (kept with `mentor_assignments` in the same transaction). */
  mentor_id: number | null;
  /** JSON arrays of skill codes and of language codes (migration 0007). */
  mentoring_needs: ColumnType<string, string | undefined, string>;
  product_category: ColumnType<ProductCategory | null, ProductCategory | null | undefined>;
  languages: ColumnType<string, string | undefined, string>;
  /** Bumped by every assignment change (CONFLICT for a second officer on the same case). */
  assignment_version: ColumnType<number, number | undefined, number>;
  sort_key: string;
  province_id: number | null;
  created_at: string;
  created_by: number;
  updated_at: string;
}

export interface CaseTargetGroupsTable {
  case_id: number;
  target_group: TargetGroup;
}

/** Append-only (a trigger rejects UPDATE): the newest row per purpose is the consent's state. */
export interface ConsentsTable {
  id: Generated<number>;
  beneficiary_id: number;
  purpose: ConsentPurpose;
  granted: Flag;
  notice_version: string;
  given_by: ConsentGiver;
  guardian_name: string;
  note: string;
  recorded_at: string;
  recorded_by: number;
}

export interface AttachmentsTable {
  id: Generated<number>;
  case_id: number;
  file_name: string;
  mime_type: AttachmentMimeType;
  size_bytes: number;
  sha256: string;
  caption: string;
  added_at: string;
  added_by: number;
  removed_at: string | null;
  removed_by: number | null;
}

export interface AttachmentContentsTable {
  attachment_id: number;
  content: Buffer;
}

export interface DraftsTable {
  user_id: number;
  kind: DraftKind;
  step: number;
  json: string;
  saved_at: string;
}

export interface FieldChangesTable {
  id: Generated<number>;
  beneficiary_id: number;
  case_id: number | null;
  field: string;
  old_value: string | null;
  new_value: string | null;
  sensitive: Flag;
  changed_at: string;
  changed_by: number;
}

export interface CaseEventsTable {
  id: Generated<number>;
  case_id: number;
  kind: TimelineKind;
  at: string;
  by_user_id: number;
  /** JSON object: ids and codes, not prose. */
  detail: string;
}

export interface DuplicateReviewsTable {
  id: Generated<number>;
  beneficiary_id: number;
  resembled_id: number;
  /** Comma-separated DuplicateMatch codes. */
  matched_on: string;
  decision: 'different_person';
  decided_at: string;
  decided_by: number;
}

export interface DatabaseSchema
  extends OfficeMentoringTables, DocumentsTables, ImportsTables, BackupTables, PdpaTables {
  settings: SettingsTable;
  users: UsersTable;
  audit_events: AuditEventsTable;
  audit_secret: AuditSecretTable;
  key_slots: KeySlotsTable;
  vault_secret: VaultSecretTable;
  vault_notices: VaultNoticesTable;
  mentor_compartments: MentorCompartmentsTable;
  address_provinces: AddressProvincesTable;
  address_districts: AddressDistrictsTable;
  address_subdistricts: AddressSubdistrictsTable;
  address_postcodes: AddressPostcodesTable;
  beneficiaries: BeneficiariesTable;
  case_number_counters: CaseNumberCountersTable;
  cases: CasesTable;
  case_target_groups: CaseTargetGroupsTable;
  consents: ConsentsTable;
  attachments: AttachmentsTable;
  attachment_contents: AttachmentContentsTable;
  drafts: DraftsTable;
  field_changes: FieldChangesTable;
  case_events: CaseEventsTable;
  duplicate_reviews: DuplicateReviewsTable;
}

export type UserRow = Selectable<UsersTable>;
export type NewUserRow = Insertable<UsersTable>;
export type UserRowUpdate = Updateable<UsersTable>;
export type AuditEventRow = Selectable<AuditEventsTable>;
export type KeySlotRow = Selectable<KeySlotsTable>;
