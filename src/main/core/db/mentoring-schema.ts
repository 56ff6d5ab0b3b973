import type { ColumnType, Generated } from 'kysely';
import type { Department } from '../../../shared/domain/cases';
import type {
  ActionOwner,
  AssignmentEndKind,
  FigureSource,
  Language,
  MergedRecordKind,
  MergeSource,
  MilestoneKind,
  OrganisationKind,
  ProductCategory,
  SessionMode,
} from '../../../shared/domain/mentoring';

type Flag = 0 | 1;

/**
 * The tables a mentor writes, with the same columns in the office database (migration 0007) and
 * in a compartment (compartment migration 0002): one service reads and writes either through
 * `Kysely<MentoringTables>`. JSON arrays are stored as text.
 */
export interface AdvisorySessionsTable {
  id: string;
  case_id: number;
  mentor_id: number;
  held_on: string;
  held_time: string;
  duration_minutes: number;
  mode: SessionMode;
  /** JSON array of skill codes. */
  topics: string;
  summary: string;
  next_session_on: string | null;
  /** JSON array of action ids this session ticked off. */
  completed_action_ids: string;
  corrects_session_id: string | null;
  correction_note: string;
  revision: number;
  created_at: string;
  updated_at: string;
  updated_by: number;
}

export interface AdvisorySessionRevisionsTable {
  session_id: string;
  revision: number;
  /** JSON of the session row (and its actions) as it was. */
  snapshot: string;
  changed_at: string;
  changed_by: number;
}

export interface SessionActionsTable {
  id: string;
  session_id: string;
  case_id: number;
  description: string;
  owner: ActionOwner;
  due_on: string;
  done_on: string | null;
  done_in_session_id: string | null;
  revision: number;
  updated_at: string;
  updated_by: number;
}

export interface OutcomeMilestonesTable {
  /** `<caseId>:<kind>` */
  id: string;
  case_id: number;
  kind: MilestoneKind;
  occurred_on: string;
  shop_name: string;
  shop_ref: string;
  products_count: number | null;
  note: string;
  revision: number;
  recorded_at: string;
  recorded_by: number;
}

export interface OutcomeMonthsTable {
  /** `<caseId>:<YYYY-MM>` */
  id: string;
  case_id: number;
  month: string;
  orders: number;
  sales_satang: number;
  income_satang: number;
  source: FigureSource;
  evidence_attachment_id: number | null;
  note: string;
  revision: number;
  recorded_at: string;
  recorded_by: number;
}

export interface MentoringConflictsTable {
  id: string;
  mentor_id: number;
  record_kind: MergedRecordKind;
  record_id: string;
  case_id: number;
  /** JSON of each version. */
  office_version: string;
  incoming_version: string;
  created_at: string;
  resolved_at: string | null;
  resolution: 'office' | 'incoming' | null;
}

export interface MentorSkillsTable {
  code: string;
  label_th: string;
  label_en: string;
  sort_order: number;
  active: Flag;
  updated_at: string;
}

/**
 * The mentee as a mentor may see them. A table in a compartment; in the office database the
 * same columns come from cases, people and active assignments (see `mentee-cases-office.ts`).
 */
export interface MenteeCasesTable {
  case_id: number;
  mentor_id: number;
  case_number: string;
  display_name: string;
  nickname: string;
  phone: string;
  line_id: string;
  district_name: string;
  province_name: string;
  status: string;
  intake_date: string;
  assigned_since: string;
  occupation: string;
  products: string;
  product_category: ProductCategory | null;
  business_skills: string;
  has_smartphone: Flag;
  has_internet: Flag;
  has_bank_account: Flag;
  has_product_photos: Flag;
  has_online_shop: Flag;
  lazada_seller_id: string;
  goals: string;
  /** JSON array of skill codes. */
  mentoring_needs: string;
  sort_key: string;
}

/** What both databases have in common for a mentor's work. */
export interface MentoringTables {
  advisory_sessions: AdvisorySessionsTable;
  advisory_session_revisions: AdvisorySessionRevisionsTable;
  session_actions: SessionActionsTable;
  outcome_milestones: OutcomeMilestonesTable;
  outcome_months: OutcomeMonthsTable;
  mentoring_conflicts: MentoringConflictsTable;
  mentor_skills: MentorSkillsTable;
}

// ── office-only tables ──────────────────────────────────────────────────────────────────────

export interface OfficeIdentityTable {
  id: number;
  office_uuid: string;
}

export interface MentorProfilesTable {
  user_id: number;
  organisation_kind: OrganisationKind;
  organisation_name: string;
  department: Department | null;
  is_external: Flag;
  online_only: Flag;
  capacity: number;
  available_from: string | null;
  available_until: string | null;
  active: Flag;
  contact: string;
  notes: string;
  version: ColumnType<number, number | undefined, number>;
  created_at: string;
  updated_at: string;
}

export interface MentorProfileSkillsTable {
  user_id: number;
  skill_code: string;
}

export interface MentorProfileCategoriesTable {
  user_id: number;
  category: ProductCategory;
}

export interface MentorProfileProvincesTable {
  user_id: number;
  province_id: number;
}

export interface MentorProfileLanguagesTable {
  user_id: number;
  language: Language;
}

export interface MentorAssignmentsTable {
  id: Generated<number>;
  case_id: number;
  mentor_id: number;
  started_at: string;
  started_by: number;
  reason: string;
  over_capacity_reason: string;
  ended_at: string | null;
  ended_by: number | null;
  end_kind: AssignmentEndKind | null;
  end_reason: string;
}

export interface MentorMergesTable {
  id: Generated<number>;
  mentor_id: number;
  source: MergeSource;
  merged_at: string;
  merged_by: number;
  /** JSON: counts per kind and the case ids (see MergeReport). */
  summary: string;
}

export interface MentorCarryImportsTable {
  carry_id: string;
  sequence: number;
  mentor_id: number;
  imported_at: string;
  file_sha256: string;
  /** The last of the copy's own events taken into the audit log. */
  events_through_seq: number;
}

export interface OfficeMentoringTables extends MentoringTables {
  office_identity: OfficeIdentityTable;
  mentor_profiles: MentorProfilesTable;
  mentor_profile_skills: MentorProfileSkillsTable;
  mentor_profile_categories: MentorProfileCategoriesTable;
  mentor_profile_provinces: MentorProfileProvincesTable;
  mentor_profile_languages: MentorProfileLanguagesTable;
  mentor_assignments: MentorAssignmentsTable;
  mentor_merges: MentorMergesTable;
  mentor_carry_imports: MentorCarryImportsTable;
}

// ── compartment-only columns and tables ─────────────────────────────────────────────────────

/** Added to each mergeable table in a compartment. */
export interface MergeableColumns {
  /** 1 when changed in the compartment since the office last wrote the row. */
  dirty: ColumnType<Flag, Flag | undefined, Flag>;
  /** The office revision the row was based on; null for a row made in the compartment. */
  base_revision: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface CompartmentMetaTable {
  id: number;
  office_uuid: string;
  refreshed_at: string | null;
  carry_id: string | null;
  carry_sequence: number;
  carried: Flag;
}

export interface CompartmentMentoringTables {
  meta: CompartmentMetaTable;
  mentee_cases: MenteeCasesTable;
  people: { user_id: number; full_name: string };
  mentor_skills: MentorSkillsTable;
  advisory_sessions: AdvisorySessionsTable & MergeableColumns;
  advisory_session_revisions: AdvisorySessionRevisionsTable & {
    dirty: ColumnType<Flag, Flag | undefined, Flag>;
  };
  session_actions: SessionActionsTable & MergeableColumns;
  outcome_milestones: OutcomeMilestonesTable & MergeableColumns;
  outcome_months: OutcomeMonthsTable & MergeableColumns;
  mentoring_conflicts: MentoringConflictsTable;
}
