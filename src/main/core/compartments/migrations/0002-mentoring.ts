import { sql, type Kysely } from 'kysely';

// Frozen once shipped: never edit, add a new migration instead. Imports nothing from the app.
//
// What a mentor needs for their assigned, consenting cases (written by the office at each sync)
// and what they write (sessions, actions, outcomes, conflict picks), to be merged back. The
// mentor's tables have the office's columns, so one service reads and writes both; they add
// `dirty` (changed here since the office last wrote the row) and `base_revision` (the office's
// revision this row was based on; null for a row made here). Never in a compartment: national
// IDs, birth dates, address lines, disability or health details, income baseline, consents.
export async function up(db: Kysely<unknown>): Promise<void> {
  // A mentor's events name what they touched (a case opened, a session logged), like the office's.
  await sql`ALTER TABLE events ADD COLUMN target_type TEXT`.execute(db);
  await sql`ALTER TABLE events ADD COLUMN target_id TEXT`.execute(db);

  // The office this compartment belongs to, when it was last refreshed, and the carried
  // copies made from it (a carried file holds the same table with its own id and sequence).
  await sql`
    CREATE TABLE meta (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      office_uuid TEXT NOT NULL DEFAULT '',
      refreshed_at TEXT,
      carry_id TEXT,
      carry_sequence INTEGER NOT NULL DEFAULT 0,
      carried INTEGER NOT NULL DEFAULT 0 CHECK (carried IN (0, 1))
    )
  `.execute(db);
  await sql`INSERT INTO meta (id) VALUES (1)`.execute(db);

  // The mentee's file as the mentor may see it; `mentor_id` mirrors the office's view.
  await sql`
    CREATE TABLE mentee_cases (
      case_id INTEGER PRIMARY KEY,
      mentor_id INTEGER NOT NULL,
      case_number TEXT NOT NULL,
      display_name TEXT NOT NULL,
      nickname TEXT NOT NULL DEFAULT '',
      phone TEXT NOT NULL DEFAULT '',
      line_id TEXT NOT NULL DEFAULT '',
      district_name TEXT NOT NULL DEFAULT '',
      province_name TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL,
      intake_date TEXT NOT NULL,
      assigned_since TEXT NOT NULL,
      occupation TEXT NOT NULL DEFAULT '',
      products TEXT NOT NULL DEFAULT '',
      product_category TEXT,
      business_skills TEXT NOT NULL DEFAULT '',
      has_smartphone INTEGER NOT NULL DEFAULT 0,
      has_internet INTEGER NOT NULL DEFAULT 0,
      has_bank_account INTEGER NOT NULL DEFAULT 0,
      has_product_photos INTEGER NOT NULL DEFAULT 0,
      has_online_shop INTEGER NOT NULL DEFAULT 0,
      lazada_seller_id TEXT NOT NULL DEFAULT '',
      goals TEXT NOT NULL DEFAULT '',
      mentoring_needs TEXT NOT NULL DEFAULT '[]',
      sort_key TEXT NOT NULL DEFAULT ''
    )
  `.execute(db);
  await sql`
    CREATE TABLE mentor_skills (
      code TEXT PRIMARY KEY,
      label_th TEXT NOT NULL,
      label_en TEXT NOT NULL,
      sort_order INTEGER NOT NULL,
      active INTEGER NOT NULL,
      updated_at TEXT NOT NULL
    )
  `.execute(db);
  // Names of the staff who wrote what the mentor sees (other mentors of an earlier assignment,
  // office staff recording outcomes): id and full name only.
  await sql`
    CREATE TABLE people (
      user_id INTEGER PRIMARY KEY,
      full_name TEXT NOT NULL
    )
  `.execute(db);

  const mergeable = sql.raw(`
      dirty INTEGER NOT NULL DEFAULT 1 CHECK (dirty IN (0, 1)),
      base_revision INTEGER`);
  await sql`
    CREATE TABLE advisory_sessions (
      id TEXT PRIMARY KEY,
      case_id INTEGER NOT NULL,
      mentor_id INTEGER NOT NULL,
      held_on TEXT NOT NULL,
      held_time TEXT NOT NULL,
      duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),
      mode TEXT NOT NULL CHECK (mode IN ('in_person', 'phone', 'video', 'line')),
      topics TEXT NOT NULL DEFAULT '[]',
      summary TEXT NOT NULL,
      next_session_on TEXT,
      completed_action_ids TEXT NOT NULL DEFAULT '[]',
      corrects_session_id TEXT,
      correction_note TEXT NOT NULL DEFAULT '',
      revision INTEGER NOT NULL CHECK (revision >= 1),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by INTEGER NOT NULL,
      ${mergeable}
    )
  `.execute(db);
  await sql`CREATE INDEX advisory_sessions_by_case ON advisory_sessions (case_id, held_on, held_time, created_at)`.execute(
    db,
  );
  await sql`
    CREATE INDEX advisory_sessions_by_mentor ON advisory_sessions (mentor_id, held_on)
  `.execute(db);
  await sql`
    CREATE TABLE advisory_session_revisions (
      session_id TEXT NOT NULL,
      revision INTEGER NOT NULL,
      snapshot TEXT NOT NULL,
      changed_at TEXT NOT NULL,
      changed_by INTEGER NOT NULL,
      dirty INTEGER NOT NULL DEFAULT 1 CHECK (dirty IN (0, 1)),
      PRIMARY KEY (session_id, revision)
    )
  `.execute(db);
  await sql`
    CREATE TABLE session_actions (
      id TEXT PRIMARY KEY,
      session_id TEXT NOT NULL,
      case_id INTEGER NOT NULL,
      description TEXT NOT NULL,
      owner TEXT NOT NULL CHECK (owner IN ('beneficiary', 'mentor', 'office')),
      due_on TEXT NOT NULL,
      done_on TEXT,
      done_in_session_id TEXT,
      revision INTEGER NOT NULL CHECK (revision >= 1),
      updated_at TEXT NOT NULL,
      updated_by INTEGER NOT NULL,
      ${mergeable}
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
    CREATE TABLE outcome_milestones (
      id TEXT PRIMARY KEY,
      case_id INTEGER NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('shop_opened', 'products_listed', 'first_order')),
      occurred_on TEXT NOT NULL,
      shop_name TEXT NOT NULL DEFAULT '',
      shop_ref TEXT NOT NULL DEFAULT '',
      products_count INTEGER,
      note TEXT NOT NULL DEFAULT '',
      revision INTEGER NOT NULL CHECK (revision >= 1),
      recorded_at TEXT NOT NULL,
      recorded_by INTEGER NOT NULL,
      ${mergeable},
      UNIQUE (case_id, kind)
    )
  `.execute(db);
  await sql`
    CREATE TABLE outcome_months (
      id TEXT PRIMARY KEY,
      case_id INTEGER NOT NULL,
      month TEXT NOT NULL,
      orders INTEGER NOT NULL CHECK (orders BETWEEN 0 AND 100000),
      sales_satang INTEGER NOT NULL CHECK (sales_satang BETWEEN 0 AND 1000000000),
      income_satang INTEGER NOT NULL CHECK (income_satang BETWEEN 0 AND 1000000000),
      source TEXT NOT NULL CHECK (source IN ('self_reported', 'evidence')),
      evidence_attachment_id INTEGER,
      note TEXT NOT NULL DEFAULT '',
      revision INTEGER NOT NULL CHECK (revision >= 1),
      recorded_at TEXT NOT NULL,
      recorded_by INTEGER NOT NULL,
      ${mergeable},
      UNIQUE (case_id, month)
    )
  `.execute(db);
  // A mentor's own edit marks the row dirty; the office's refresh writes rows with dirty = 0
  // by INSERT (never UPDATE), so these triggers never see it.
  for (const table of [
    'advisory_sessions',
    'session_actions',
    'outcome_milestones',
    'outcome_months',
  ]) {
    await sql`
      CREATE TRIGGER ${sql.raw(`${table}_dirty`)} AFTER UPDATE ON ${sql.raw(table)}
      WHEN NEW.dirty = 0
      BEGIN UPDATE ${sql.raw(table)} SET dirty = 1 WHERE id = NEW.id; END
    `.execute(db);
  }

  // Conflicts the office found, for the mentor to pick; the pick waits here to be merged.
  await sql`
    CREATE TABLE mentoring_conflicts (
      id TEXT PRIMARY KEY,
      mentor_id INTEGER NOT NULL,
      record_kind TEXT NOT NULL CHECK (record_kind IN ('session', 'action', 'milestone', 'month')),
      record_id TEXT NOT NULL,
      case_id INTEGER NOT NULL,
      office_version TEXT NOT NULL,
      incoming_version TEXT NOT NULL,
      created_at TEXT NOT NULL,
      resolved_at TEXT,
      resolution TEXT CHECK (resolution IS NULL OR resolution IN ('office', 'incoming'))
    )
  `.execute(db);
}
