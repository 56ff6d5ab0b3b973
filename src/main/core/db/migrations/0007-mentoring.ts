import { sql, type Kysely } from 'kysely';

// Frozen once shipped: never edit, add a new migration instead. Imports nothing from the app.
//
// Mentoring: the mentor registry and the skills taxonomy, assignments with their history, the
// advisory session log with agreed actions, outcomes (milestones and monthly figures), what
// mentors' compartments and carried files brought in, and the conflicts waiting for a mentor.
// Two tables of migration 0004 are rebuilt to widen their CHECK lists (a new consent purpose and
// the mentoring kinds of the timeline); nothing references them, so a copy and a rename suffice.
// Records a mentor can write away from the office (sessions, actions, outcomes) have text UUID
// ids and a `revision`, so a merge can tell new, changed and already-merged apart.
export async function up(db: Kysely<unknown>): Promise<void> {
  // ── The office's identity: a carried file names the office it came from ──────────────────
  await sql`
    CREATE TABLE office_identity (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      office_uuid TEXT NOT NULL
    )
  `.execute(db);
  await sql`INSERT INTO office_identity (id, office_uuid) VALUES (1, lower(hex(randomblob(16))))`.execute(
    db,
  );

  // ── Consents: the new purpose "share with volunteer mentors" ──────────────────────────────
  await sql`
    CREATE TABLE consents_new (
      id INTEGER PRIMARY KEY,
      beneficiary_id INTEGER NOT NULL REFERENCES beneficiaries (id),
      purpose TEXT NOT NULL CHECK (purpose IN
        ('programme', 'share_lazada', 'share_volunteers', 'photos', 'referral')),
      granted INTEGER NOT NULL CHECK (granted IN (0, 1)),
      notice_version TEXT NOT NULL,
      given_by TEXT NOT NULL CHECK (given_by IN ('self', 'guardian')),
      guardian_name TEXT NOT NULL DEFAULT '',
      note TEXT NOT NULL DEFAULT '',
      recorded_at TEXT NOT NULL,
      recorded_by INTEGER NOT NULL REFERENCES users (id)
    )
  `.execute(db);
  await sql`INSERT INTO consents_new SELECT * FROM consents`.execute(db);
  await sql`DROP TABLE consents`.execute(db);
  await sql`ALTER TABLE consents_new RENAME TO consents`.execute(db);
  await sql`CREATE INDEX consents_by_person ON consents (beneficiary_id, purpose, id)`.execute(db);
  await sql`
    CREATE TRIGGER consents_append_only BEFORE UPDATE ON consents
    BEGIN SELECT RAISE(ABORT, 'consents are append-only'); END
  `.execute(db);

  // ── The timeline: mentoring kinds ─────────────────────────────────────────────────────────
  await sql`
    CREATE TABLE case_events_new (
      id INTEGER PRIMARY KEY,
      case_id INTEGER NOT NULL REFERENCES cases (id),
      kind TEXT NOT NULL CHECK (kind IN ('intake', 'status_changed', 'profile_edited',
        'consent_granted', 'consent_withdrawn', 'attachment_added', 'attachment_removed',
        'duplicate_reviewed', 'mentor_assigned', 'mentor_unassigned', 'session_logged',
        'milestone_recorded', 'outcome_recorded')),
      at TEXT NOT NULL,
      by_user_id INTEGER NOT NULL REFERENCES users (id),
      detail TEXT NOT NULL DEFAULT '{}'
    )
  `.execute(db);
  await sql`INSERT INTO case_events_new SELECT * FROM case_events`.execute(db);
  await sql`DROP TABLE case_events`.execute(db);
  await sql`ALTER TABLE case_events_new RENAME TO case_events`.execute(db);
  await sql`CREATE INDEX case_events_by_case ON case_events (case_id, id)`.execute(db);

  // ── What the case records for matching (intake's business step) ───────────────────────────
  // JSON arrays of codes: skills the person needs help with, and languages they prefer.
  await sql`ALTER TABLE cases ADD COLUMN mentoring_needs TEXT NOT NULL DEFAULT '[]'`.execute(db);
  await sql`
    ALTER TABLE cases ADD COLUMN product_category TEXT
      CHECK (product_category IS NULL OR product_category IN ('food', 'agriculture', 'fashion',
        'handicraft', 'beauty', 'home', 'health', 'services', 'other'))
  `.execute(db);
  await sql`ALTER TABLE cases ADD COLUMN languages TEXT NOT NULL DEFAULT '["th"]'`.execute(db);
  // Bumped by every assignment change: two officers reassigning at once, the second is told.
  await sql`ALTER TABLE cases ADD COLUMN assignment_version INTEGER NOT NULL DEFAULT 0`.execute(db);

  // ── The skills taxonomy (the admin edits labels; codes never change) ─────────────────────
  await sql`
    CREATE TABLE mentor_skills (
      code TEXT PRIMARY KEY CHECK (length(code) BETWEEN 2 AND 40),
      label_th TEXT NOT NULL,
      label_en TEXT NOT NULL,
      sort_order INTEGER NOT NULL,
      active INTEGER NOT NULL CHECK (active IN (0, 1)),
      updated_at TEXT NOT NULL
    )
  `.execute(db);
  const skills: [string, string, string][] = [
    ['product_photography', 'การถ่ายภาพสินค้า', 'Product photography'],
    ['listing_pricing', 'การลงสินค้าและตั้งราคา', 'Listing and pricing'],
    ['packaging_logistics', 'บรรจุภัณฑ์และการขนส่ง', 'Packaging and logistics'],
    ['shop_setup', 'การเปิดร้านค้าออนไลน์', 'Shop setup'],
    ['marketing_promotion', 'การตลาดและโปรโมชัน', 'Marketing and promotion'],
    ['finance_bookkeeping', 'การเงินและการทำบัญชี', 'Finance and bookkeeping'],
    ['customer_service', 'การบริการลูกค้า', 'Customer service'],
    ['digital_literacy', 'ทักษะดิจิทัลพื้นฐาน', 'Digital literacy'],
  ];
  for (const [index, [code, th, en]] of skills.entries()) {
    await sql`
      INSERT INTO mentor_skills (code, label_th, label_en, sort_order, active, updated_at)
      VALUES (${code}, ${th}, ${en}, ${(index + 1) * 10}, 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    `.execute(db);
  }

  // ── The mentor registry ───────────────────────────────────────────────────────────────────
  await sql`
    CREATE TABLE mentor_profiles (
      user_id INTEGER PRIMARY KEY REFERENCES users (id),
      organisation_kind TEXT NOT NULL CHECK (organisation_kind IN ('lazada', 'department', 'volunteer')),
      organisation_name TEXT NOT NULL DEFAULT '',
      department TEXT CHECK (department IS NULL OR department IN ('dcy', 'dop', 'dwf', 'dsdw', 'dep')),
      is_external INTEGER NOT NULL CHECK (is_external IN (0, 1)),
      online_only INTEGER NOT NULL CHECK (online_only IN (0, 1)),
      capacity INTEGER NOT NULL CHECK (capacity BETWEEN 1 AND 200),
      available_from TEXT,
      available_until TEXT,
      active INTEGER NOT NULL CHECK (active IN (0, 1)),
      contact TEXT NOT NULL DEFAULT '',
      notes TEXT NOT NULL DEFAULT '',
      version INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (organisation_kind <> 'lazada' OR is_external = 1)
    )
  `.execute(db);
  await sql`
    CREATE TABLE mentor_profile_skills (
      user_id INTEGER NOT NULL REFERENCES mentor_profiles (user_id),
      skill_code TEXT NOT NULL REFERENCES mentor_skills (code),
      PRIMARY KEY (user_id, skill_code)
    )
  `.execute(db);
  await sql`
    CREATE TABLE mentor_profile_categories (
      user_id INTEGER NOT NULL REFERENCES mentor_profiles (user_id),
      category TEXT NOT NULL CHECK (category IN ('food', 'agriculture', 'fashion', 'handicraft',
        'beauty', 'home', 'health', 'services', 'other')),
      PRIMARY KEY (user_id, category)
    )
  `.execute(db);
  await sql`
    CREATE TABLE mentor_profile_provinces (
      user_id INTEGER NOT NULL REFERENCES mentor_profiles (user_id),
      province_id INTEGER NOT NULL REFERENCES address_provinces (id),
      PRIMARY KEY (user_id, province_id)
    )
  `.execute(db);
  await sql`
    CREATE TABLE mentor_profile_languages (
      user_id INTEGER NOT NULL REFERENCES mentor_profiles (user_id),
      language TEXT NOT NULL CHECK (language IN ('th', 'en', 'lo', 'km', 'my', 'ms', 'zh', 'tsl')),
      PRIMARY KEY (user_id, language)
    )
  `.execute(db);

  // ── Assignments: one open per case; ended ones are the history ────────────────────────────
  // `cases.mentor_id` (migration 0004) stays the current mentor, written in the same transaction.
  await sql`
    CREATE TABLE mentor_assignments (
      id INTEGER PRIMARY KEY,
      case_id INTEGER NOT NULL REFERENCES cases (id),
      mentor_id INTEGER NOT NULL REFERENCES users (id),
      started_at TEXT NOT NULL,
      started_by INTEGER NOT NULL REFERENCES users (id),
      reason TEXT NOT NULL DEFAULT '',
      over_capacity_reason TEXT NOT NULL DEFAULT '',
      ended_at TEXT,
      ended_by INTEGER REFERENCES users (id),
      end_kind TEXT CHECK (end_kind IS NULL OR end_kind IN
        ('reassigned', 'ended', 'consent_withdrawn', 'case_closed', 'mentor_removed')),
      end_reason TEXT NOT NULL DEFAULT '',
      CHECK ((ended_at IS NULL) = (end_kind IS NULL))
    )
  `.execute(db);
  await sql`
    CREATE UNIQUE INDEX mentor_assignments_open ON mentor_assignments (case_id)
    WHERE ended_at IS NULL
  `.execute(db);
  await sql`CREATE INDEX mentor_assignments_by_case ON mentor_assignments (case_id, id)`.execute(
    db,
  );
  await sql`
    CREATE INDEX mentor_assignments_by_mentor ON mentor_assignments (mentor_id, case_id)
    WHERE ended_at IS NULL
  `.execute(db);

  // ── The advisory session log ─────────────────────────────────────────────────────────────
  // `held_on`/`held_time` are the Thai calendar day and wall time. `topics` is a JSON array of
  // skill codes. A correction is a new session naming the one it corrects.
  await sql`
    CREATE TABLE advisory_sessions (
      id TEXT PRIMARY KEY,
      case_id INTEGER NOT NULL REFERENCES cases (id),
      mentor_id INTEGER NOT NULL REFERENCES users (id),
      held_on TEXT NOT NULL,
      held_time TEXT NOT NULL,
      duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),
      mode TEXT NOT NULL CHECK (mode IN ('in_person', 'phone', 'video', 'line')),
      topics TEXT NOT NULL DEFAULT '[]',
      summary TEXT NOT NULL,
      next_session_on TEXT,
      completed_action_ids TEXT NOT NULL DEFAULT '[]',
      corrects_session_id TEXT REFERENCES advisory_sessions (id),
      correction_note TEXT NOT NULL DEFAULT '',
      revision INTEGER NOT NULL CHECK (revision >= 1),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by INTEGER NOT NULL REFERENCES users (id)
    )
  `.execute(db);
  await sql`CREATE INDEX advisory_sessions_by_case ON advisory_sessions (case_id, held_on, held_time, created_at)`.execute(
    db,
  );
  await sql`
    CREATE INDEX advisory_sessions_by_mentor ON advisory_sessions (mentor_id, held_on)
  `.execute(db);
  // Each earlier state of an edited session, for its history.
  await sql`
    CREATE TABLE advisory_session_revisions (
      session_id TEXT NOT NULL REFERENCES advisory_sessions (id),
      revision INTEGER NOT NULL,
      snapshot TEXT NOT NULL,
      changed_at TEXT NOT NULL,
      changed_by INTEGER NOT NULL REFERENCES users (id),
      PRIMARY KEY (session_id, revision)
    )
  `.execute(db);
  await sql`
    CREATE TABLE session_actions (
      id TEXT PRIMARY KEY,
      session_id TEXT NOT NULL REFERENCES advisory_sessions (id),
      case_id INTEGER NOT NULL REFERENCES cases (id),
      description TEXT NOT NULL,
      owner TEXT NOT NULL CHECK (owner IN ('beneficiary', 'mentor', 'office')),
      due_on TEXT NOT NULL,
      done_on TEXT,
      done_in_session_id TEXT REFERENCES advisory_sessions (id),
      revision INTEGER NOT NULL CHECK (revision >= 1),
      updated_at TEXT NOT NULL,
      updated_by INTEGER NOT NULL REFERENCES users (id)
    )
  `.execute(db);
  await sql`CREATE INDEX session_actions_by_case ON session_actions (case_id, due_on)`.execute(db);
  // A mentee's open actions (the workspace, the mentee page) without reading the done ones.
  await sql`
    CREATE INDEX session_actions_open_by_case ON session_actions (case_id, due_on)
    WHERE done_on IS NULL
  `.execute(db);
  await sql`CREATE INDEX session_actions_by_session ON session_actions (session_id)`.execute(db);
  await sql`
    CREATE INDEX session_actions_open ON session_actions (due_on, case_id) WHERE done_on IS NULL
  `.execute(db);

  // ── Outcomes ──────────────────────────────────────────────────────────────────────────────
  // One milestone of each kind per case (id `<case>:<kind>`) and one figure per month (id
  // `<case>:<YYYY-MM>`), so the same fact recorded in two places merges into one row.
  await sql`
    CREATE TABLE outcome_milestones (
      id TEXT PRIMARY KEY,
      case_id INTEGER NOT NULL REFERENCES cases (id),
      kind TEXT NOT NULL CHECK (kind IN ('shop_opened', 'products_listed', 'first_order')),
      occurred_on TEXT NOT NULL,
      shop_name TEXT NOT NULL DEFAULT '',
      shop_ref TEXT NOT NULL DEFAULT '',
      products_count INTEGER CHECK (products_count IS NULL OR products_count BETWEEN 1 AND 100000),
      note TEXT NOT NULL DEFAULT '',
      revision INTEGER NOT NULL CHECK (revision >= 1),
      recorded_at TEXT NOT NULL,
      recorded_by INTEGER NOT NULL REFERENCES users (id),
      UNIQUE (case_id, kind)
    )
  `.execute(db);
  await sql`
    CREATE TABLE outcome_months (
      id TEXT PRIMARY KEY,
      case_id INTEGER NOT NULL REFERENCES cases (id),
      month TEXT NOT NULL CHECK (length(month) = 7),
      orders INTEGER NOT NULL CHECK (orders BETWEEN 0 AND 100000),
      sales_satang INTEGER NOT NULL CHECK (sales_satang BETWEEN 0 AND 1000000000),
      income_satang INTEGER NOT NULL CHECK (income_satang BETWEEN 0 AND 1000000000),
      source TEXT NOT NULL CHECK (source IN ('self_reported', 'evidence')),
      evidence_attachment_id INTEGER REFERENCES attachments (id),
      note TEXT NOT NULL DEFAULT '',
      revision INTEGER NOT NULL CHECK (revision >= 1),
      recorded_at TEXT NOT NULL,
      recorded_by INTEGER NOT NULL REFERENCES users (id),
      UNIQUE (case_id, month)
    )
  `.execute(db);

  // ── Sync with compartments and carried files ─────────────────────────────────────────────
  // Set in the transaction of any change a mentor's compartment must follow (an assignment, a
  // withdrawn consent, an edited name or phone); the sync refreshes those compartments.
  await sql`
    ALTER TABLE mentor_compartments ADD COLUMN refresh_due INTEGER NOT NULL DEFAULT 1
      CHECK (refresh_due IN (0, 1))
  `.execute(db);
  // What each merge brought in (the office's "what arrived"), counts only.
  await sql`
    CREATE TABLE mentor_merges (
      id INTEGER PRIMARY KEY,
      mentor_id INTEGER NOT NULL REFERENCES users (id),
      source TEXT NOT NULL CHECK (source IN ('compartment', 'carried_file')),
      merged_at TEXT NOT NULL,
      merged_by INTEGER NOT NULL REFERENCES users (id),
      summary TEXT NOT NULL
    )
  `.execute(db);
  await sql`CREATE INDEX mentor_merges_by_time ON mentor_merges (merged_at)`.execute(db);
  // Carried files taken in: a copy whose sequence is not newer than one taken in is refused.
  await sql`
    CREATE TABLE mentor_carry_imports (
      carry_id TEXT NOT NULL,
      sequence INTEGER NOT NULL,
      mentor_id INTEGER NOT NULL REFERENCES users (id),
      imported_at TEXT NOT NULL,
      file_sha256 TEXT NOT NULL,
      -- How far the copy's own events (seq) reached the audit log: a later copy of the same
      -- carry_id still holds them, and each event is merged once.
      events_through_seq INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (carry_id, sequence)
    )
  `.execute(db);
  // Two edits of one record made in two places, until the mentor picks one.
  await sql`
    CREATE TABLE mentoring_conflicts (
      id TEXT PRIMARY KEY,
      mentor_id INTEGER NOT NULL REFERENCES users (id),
      record_kind TEXT NOT NULL CHECK (record_kind IN ('session', 'action', 'milestone', 'month')),
      record_id TEXT NOT NULL,
      case_id INTEGER NOT NULL REFERENCES cases (id),
      office_version TEXT NOT NULL,
      incoming_version TEXT NOT NULL,
      created_at TEXT NOT NULL,
      resolved_at TEXT,
      resolution TEXT CHECK (resolution IS NULL OR resolution IN ('office', 'incoming'))
    )
  `.execute(db);
  await sql`
    CREATE INDEX mentoring_conflicts_open ON mentoring_conflicts (mentor_id) WHERE resolved_at IS NULL
  `.execute(db);
}
