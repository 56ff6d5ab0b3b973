import { sql, type Kysely } from 'kysely';

// Frozen once shipped: never edit, add a new migration instead. Imports nothing from the app.
//
// Case files: people (beneficiaries), their cases, consents, attachments, drafts, the change
// history and the timeline, plus the (empty) address reference tables that migration 0006 fills.
// Only portable SQL here; the SQLite-only search index and its triggers are migration 0005.
// Lists of codes are copied, not imported, so that this file stays as shipped.
export async function up(db: Kysely<unknown>): Promise<void> {
  // ── Address reference data (จังหวัด → อำเภอ/เขต → ตำบล/แขวง → รหัสไปรษณีย์) ──────────────
  await sql`
    CREATE TABLE address_provinces (
      id INTEGER PRIMARY KEY,
      name_th TEXT NOT NULL,
      name_en TEXT NOT NULL
    )
  `.execute(db);
  await sql`
    CREATE TABLE address_districts (
      id INTEGER PRIMARY KEY,
      province_id INTEGER NOT NULL REFERENCES address_provinces (id),
      name_th TEXT NOT NULL,
      name_en TEXT NOT NULL
    )
  `.execute(db);
  await sql`CREATE INDEX address_districts_by_province ON address_districts (province_id)`.execute(
    db,
  );
  await sql`
    CREATE TABLE address_subdistricts (
      id INTEGER PRIMARY KEY,
      district_id INTEGER NOT NULL REFERENCES address_districts (id),
      name_th TEXT NOT NULL,
      name_en TEXT NOT NULL
    )
  `.execute(db);
  await sql`CREATE INDEX address_subdistricts_by_district ON address_subdistricts (district_id)`.execute(
    db,
  );
  await sql`
    CREATE TABLE address_postcodes (
      subdistrict_id INTEGER NOT NULL REFERENCES address_subdistricts (id),
      postcode TEXT NOT NULL CHECK (length(postcode) = 5),
      PRIMARY KEY (subdistrict_id, postcode)
    )
  `.execute(db);
  await sql`CREATE INDEX address_postcodes_by_postcode ON address_postcodes (postcode)`.execute(db);

  // ── People ────────────────────────────────────────────────────────────────────────────────
  // The national ID is unique among people who have one. `name_key` is the normalised name for
  // the duplicate check (thai-name.ts) and `sort_key` the Thai collation key for sorting by name;
  // both are computed by the core when a name is written. `province_id` is the province of the
  // current address, kept for the list's province filter.
  await sql`
    CREATE TABLE beneficiaries (
      id INTEGER PRIMARY KEY,
      title TEXT NOT NULL CHECK (title IN ('mr', 'mrs', 'miss', 'master', 'girl', 'other')),
      title_other TEXT NOT NULL DEFAULT '',
      first_name TEXT NOT NULL,
      last_name TEXT NOT NULL,
      nickname TEXT NOT NULL DEFAULT '',
      latin_name TEXT NOT NULL DEFAULT '',
      birth_date TEXT NOT NULL,
      sex TEXT NOT NULL CHECK (sex IN ('male', 'female', 'other')),
      has_thai_id INTEGER NOT NULL CHECK (has_thai_id IN (0, 1)),
      national_id TEXT CHECK (national_id IS NULL OR length(national_id) = 13),
      other_id_document TEXT
        CHECK (other_id_document IS NULL OR other_id_document IN
          ('passport', 'pink_card', 'alien_id', 'birth_certificate', 'other')),
      other_id_number TEXT NOT NULL DEFAULT '',
      phone TEXT NOT NULL DEFAULT '',
      line_id TEXT NOT NULL DEFAULT '',
      registered_line TEXT NOT NULL DEFAULT '',
      registered_subdistrict_id INTEGER REFERENCES address_subdistricts (id),
      registered_postcode TEXT NOT NULL DEFAULT '',
      current_same_as_registered INTEGER NOT NULL CHECK (current_same_as_registered IN (0, 1)),
      current_line TEXT NOT NULL DEFAULT '',
      current_subdistrict_id INTEGER REFERENCES address_subdistricts (id),
      current_postcode TEXT NOT NULL DEFAULT '',
      province_id INTEGER REFERENCES address_provinces (id),
      name_key TEXT NOT NULL,
      sort_key TEXT NOT NULL,
      created_at TEXT NOT NULL,
      created_by INTEGER NOT NULL REFERENCES users (id),
      updated_at TEXT NOT NULL,
      CHECK ((has_thai_id = 1) = (national_id IS NOT NULL))
    )
  `.execute(db);
  await sql`
    CREATE UNIQUE INDEX beneficiaries_national_id ON beneficiaries (national_id)
    WHERE national_id IS NOT NULL
  `.execute(db);
  await sql`CREATE INDEX beneficiaries_name_key ON beneficiaries (name_key)`.execute(db);
  await sql`CREATE INDEX beneficiaries_birth_date ON beneficiaries (birth_date)`.execute(db);
  await sql`CREATE INDEX beneficiaries_phone ON beneficiaries (phone) WHERE phone <> ''`.execute(
    db,
  );
  // Prefix search for one- and two-character fragments (the trigram index needs three).
  await sql`CREATE INDEX beneficiaries_first_name ON beneficiaries (first_name)`.execute(db);
  await sql`CREATE INDEX beneficiaries_last_name ON beneficiaries (last_name)`.execute(db);
  await sql`CREATE INDEX beneficiaries_nickname ON beneficiaries (nickname) WHERE nickname <> ''`.execute(
    db,
  );

  // ── Cases ─────────────────────────────────────────────────────────────────────────────────
  // A case number is `<พ.ศ. year>-<6 digits>`, allocated from case_number_counters in the same
  // transaction that saves the case. `sort_key` and `province_id` are copies of the person's, so
  // the list sorts and filters on one table's indexes.
  await sql`
    CREATE TABLE case_number_counters (
      buddhist_year INTEGER PRIMARY KEY,
      last_number INTEGER NOT NULL CHECK (last_number >= 0)
    )
  `.execute(db);
  await sql`
    CREATE TABLE cases (
      id INTEGER PRIMARY KEY,
      case_number TEXT NOT NULL UNIQUE,
      beneficiary_id INTEGER NOT NULL REFERENCES beneficiaries (id),
      status TEXT NOT NULL
        CHECK (status IN ('intake', 'active', 'mentoring', 'graduated', 'referred_out', 'closed')),
      status_reason TEXT NOT NULL DEFAULT '',
      status_changed_at TEXT NOT NULL,
      intake_date TEXT NOT NULL,
      department TEXT NOT NULL CHECK (department IN ('dcy', 'dop', 'dwf', 'dsdw', 'dep')),
      flagship_project TEXT NOT NULL CHECK (flagship_project IN ('quality_of_life',
        'housing_security', 'jobs_and_income', 'society_without_violence', 'network_partnership',
        'social_protection', 'msdhs_next')),
      referral_source TEXT NOT NULL CHECK (referral_source IN ('walk_in', 'department',
        'local_office', 'community_leader', 'lazada', 'other_agency', 'other')),
      referral_source_detail TEXT NOT NULL DEFAULT '',
      household_size INTEGER NOT NULL CHECK (household_size BETWEEN 1 AND 50),
      monthly_income_satang INTEGER NOT NULL CHECK (monthly_income_satang >= 0),
      welfare_card INTEGER NOT NULL CHECK (welfare_card IN (0, 1)),
      disability_card INTEGER NOT NULL CHECK (disability_card IN (0, 1)),
      -- Sensitive (PDPA s.26): a JSON array of disability types, and free-text health notes.
      disability_types TEXT NOT NULL DEFAULT '[]',
      health_notes TEXT NOT NULL DEFAULT '',
      caregiver_name TEXT NOT NULL DEFAULT '',
      caregiver_relation TEXT NOT NULL DEFAULT '',
      occupation TEXT NOT NULL DEFAULT '',
      skills TEXT NOT NULL DEFAULT '',
      products TEXT NOT NULL DEFAULT '',
      has_smartphone INTEGER NOT NULL CHECK (has_smartphone IN (0, 1)),
      has_internet INTEGER NOT NULL CHECK (has_internet IN (0, 1)),
      has_bank_account INTEGER NOT NULL CHECK (has_bank_account IN (0, 1)),
      has_product_photos INTEGER NOT NULL CHECK (has_product_photos IN (0, 1)),
      has_online_shop INTEGER NOT NULL CHECK (has_online_shop IN (0, 1)),
      lazada_seller_id TEXT NOT NULL DEFAULT '',
      goals TEXT NOT NULL DEFAULT '',
      notes TEXT NOT NULL DEFAULT '',
      mentor_id INTEGER REFERENCES users (id),
      sort_key TEXT NOT NULL,
      province_id INTEGER REFERENCES address_provinces (id),
      created_at TEXT NOT NULL,
      created_by INTEGER NOT NULL REFERENCES users (id),
      updated_at TEXT NOT NULL
    )
  `.execute(db);
  await sql`CREATE INDEX cases_by_beneficiary ON cases (beneficiary_id)`.execute(db);
  await sql`CREATE INDEX cases_by_sort_key ON cases (sort_key, id)`.execute(db);
  await sql`CREATE INDEX cases_by_intake_date ON cases (intake_date, id)`.execute(db);
  await sql`CREATE INDEX cases_by_status ON cases (status, sort_key)`.execute(db);
  // Each filter's index holds the status too: the list's count of "open cases of a department"
  // (or a project, province, mentor) is then read from the index alone.
  await sql`CREATE INDEX cases_by_department ON cases (department, status, sort_key)`.execute(db);
  await sql`CREATE INDEX cases_by_project ON cases (flagship_project, status, sort_key)`.execute(
    db,
  );
  await sql`CREATE INDEX cases_by_province ON cases (province_id, status, sort_key)`.execute(db);
  await sql`CREATE INDEX cases_by_mentor ON cases (mentor_id, status, sort_key)`.execute(db);

  await sql`
    CREATE TABLE case_target_groups (
      case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
      target_group TEXT NOT NULL CHECK (target_group IN ('children_youth', 'women',
        'older_persons', 'persons_with_disabilities', 'underprivileged')),
      PRIMARY KEY (case_id, target_group)
    )
  `.execute(db);
  await sql`CREATE INDEX case_target_groups_by_group ON case_target_groups (target_group, case_id)`.execute(
    db,
  );

  // ── Consents (PDPA s.19): append-only history; the newest row per purpose is the state ─────
  await sql`
    CREATE TABLE consents (
      id INTEGER PRIMARY KEY,
      beneficiary_id INTEGER NOT NULL REFERENCES beneficiaries (id),
      purpose TEXT NOT NULL CHECK (purpose IN ('programme', 'share_lazada', 'photos', 'referral')),
      granted INTEGER NOT NULL CHECK (granted IN (0, 1)),
      notice_version TEXT NOT NULL,
      given_by TEXT NOT NULL CHECK (given_by IN ('self', 'guardian')),
      guardian_name TEXT NOT NULL DEFAULT '',
      note TEXT NOT NULL DEFAULT '',
      recorded_at TEXT NOT NULL,
      recorded_by INTEGER NOT NULL REFERENCES users (id)
    )
  `.execute(db);
  await sql`CREATE INDEX consents_by_person ON consents (beneficiary_id, purpose, id)`.execute(db);
  await sql`
    CREATE TRIGGER consents_append_only BEFORE UPDATE ON consents
    BEGIN SELECT RAISE(ABORT, 'consents are append-only'); END
  `.execute(db);

  // ── Attachments: metadata here, bytes in their own table so listing never reads them ──────
  await sql`
    CREATE TABLE attachments (
      id INTEGER PRIMARY KEY,
      case_id INTEGER NOT NULL REFERENCES cases (id),
      file_name TEXT NOT NULL,
      mime_type TEXT NOT NULL
        CHECK (mime_type IN ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')),
      size_bytes INTEGER NOT NULL CHECK (size_bytes > 0),
      sha256 TEXT NOT NULL,
      caption TEXT NOT NULL DEFAULT '',
      added_at TEXT NOT NULL,
      added_by INTEGER NOT NULL REFERENCES users (id),
      removed_at TEXT,
      removed_by INTEGER REFERENCES users (id)
    )
  `.execute(db);
  await sql`CREATE INDEX attachments_by_case ON attachments (case_id, id)`.execute(db);
  await sql`
    CREATE TABLE attachment_contents (
      attachment_id INTEGER PRIMARY KEY REFERENCES attachments (id),
      content BLOB NOT NULL
    )
  `.execute(db);

  // ── Drafts: one per person and form, inside the encrypted database ─────────────────────────
  await sql`
    CREATE TABLE drafts (
      user_id INTEGER NOT NULL REFERENCES users (id),
      kind TEXT NOT NULL CHECK (kind IN ('intake')),
      step INTEGER NOT NULL,
      json TEXT NOT NULL,
      saved_at TEXT NOT NULL,
      PRIMARY KEY (user_id, kind)
    )
  `.execute(db);

  // ── History: each changed field, and the case's timeline ──────────────────────────────────
  await sql`
    CREATE TABLE field_changes (
      id INTEGER PRIMARY KEY,
      beneficiary_id INTEGER NOT NULL REFERENCES beneficiaries (id),
      case_id INTEGER REFERENCES cases (id),
      field TEXT NOT NULL,
      old_value TEXT,
      new_value TEXT,
      sensitive INTEGER NOT NULL CHECK (sensitive IN (0, 1)),
      changed_at TEXT NOT NULL,
      changed_by INTEGER NOT NULL REFERENCES users (id)
    )
  `.execute(db);
  await sql`CREATE INDEX field_changes_by_person ON field_changes (beneficiary_id, id)`.execute(db);

  await sql`
    CREATE TABLE case_events (
      id INTEGER PRIMARY KEY,
      case_id INTEGER NOT NULL REFERENCES cases (id),
      kind TEXT NOT NULL CHECK (kind IN ('intake', 'status_changed', 'profile_edited',
        'consent_granted', 'consent_withdrawn', 'attachment_added', 'attachment_removed',
        'duplicate_reviewed')),
      at TEXT NOT NULL,
      by_user_id INTEGER NOT NULL REFERENCES users (id),
      detail TEXT NOT NULL DEFAULT '{}'
    )
  `.execute(db);
  await sql`CREATE INDEX case_events_by_case ON case_events (case_id, id)`.execute(db);

  // The clerk's decision that a possible duplicate is someone else (the person saved, the one
  // they resembled, and why they matched).
  await sql`
    CREATE TABLE duplicate_reviews (
      id INTEGER PRIMARY KEY,
      beneficiary_id INTEGER NOT NULL REFERENCES beneficiaries (id),
      resembled_id INTEGER NOT NULL REFERENCES beneficiaries (id),
      matched_on TEXT NOT NULL,
      decision TEXT NOT NULL CHECK (decision IN ('different_person')),
      decided_at TEXT NOT NULL,
      decided_by INTEGER NOT NULL REFERENCES users (id)
    )
  `.execute(db);
}
