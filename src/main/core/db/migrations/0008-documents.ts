import { sql, type Kysely } from 'kysely';

// Frozen once shipped: never edit, add a new migration instead. Imports nothing from the app.
//
// Official documents: the letterhead and its signers, images the office stored (emblem,
// signatures; content-addressed, never changed), the directory of agencies, referrals with their
// status history, the document register (numbers, snapshots and their SHA-256, voids), batches of
// certificates and the office's Ed25519 key that signs their verification codes. The timeline is
// rebuilt once more to widen its CHECK list with the documents' kinds.
export async function up(db: Kysely<unknown>): Promise<void> {
  // ── Images: an emblem or a signature, by the SHA-256 of its bytes ─────────────────────────
  await sql`
    CREATE TABLE document_images (
      id INTEGER PRIMARY KEY,
      sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
      mime TEXT NOT NULL CHECK (mime IN ('image/png', 'image/jpeg', 'image/svg+xml')),
      bytes BLOB NOT NULL,
      created_at TEXT NOT NULL,
      created_by INTEGER NOT NULL REFERENCES users (id)
    )
  `.execute(db);
  await sql`
    CREATE TRIGGER document_images_immutable BEFORE UPDATE ON document_images
    BEGIN SELECT RAISE(ABORT, 'stored images never change'); END
  `.execute(db);
  await sql`
    CREATE TRIGGER document_images_kept BEFORE DELETE ON document_images
    BEGIN SELECT RAISE(ABORT, 'stored images are kept for reprints'); END
  `.execute(db);

  // ── Signers: name, position lines (JSON array), optional signature image ──────────────────
  await sql`
    CREATE TABLE signers (
      id INTEGER PRIMARY KEY,
      full_name TEXT NOT NULL,
      position_lines TEXT NOT NULL DEFAULT '[]',
      signature_image_id INTEGER REFERENCES document_images (id),
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      version INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )
  `.execute(db);

  // ── The letterhead: one row, written by the admin's first save ────────────────────────────
  await sql`
    CREATE TABLE letterhead (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      agency_name TEXT NOT NULL,
      address_lines TEXT NOT NULL DEFAULT '[]',
      phone TEXT NOT NULL DEFAULT '',
      fax TEXT NOT NULL DEFAULT '',
      email TEXT NOT NULL DEFAULT '',
      owning_division TEXT NOT NULL,
      number_prefix TEXT NOT NULL,
      thai_digits INTEGER NOT NULL CHECK (thai_digits IN (0, 1)),
      emblem_image_id INTEGER REFERENCES document_images (id),
      default_letter_signer_id INTEGER REFERENCES signers (id),
      default_certificate_signer_ids TEXT NOT NULL DEFAULT '[]',
      version INTEGER NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by INTEGER NOT NULL REFERENCES users (id)
    )
  `.execute(db);

  // ── The directory of agencies a referral can go to ────────────────────────────────────────
  await sql`
    CREATE TABLE agencies (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE,
      addressee TEXT NOT NULL,
      address_lines TEXT NOT NULL DEFAULT '[]',
      phone TEXT NOT NULL DEFAULT '',
      email TEXT NOT NULL DEFAULT '',
      contact_person TEXT NOT NULL DEFAULT '',
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      version INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )
  `.execute(db);

  // ── Batches of certificates (one PDF for a cohort) ────────────────────────────────────────
  await sql`
    CREATE TABLE certificate_batches (
      id INTEGER PRIMARY KEY,
      achievement TEXT NOT NULL CHECK (achievement IN ('shop_opened', 'first_order', 'training', 'custom')),
      wording TEXT NOT NULL,
      issued_on TEXT NOT NULL,
      count INTEGER NOT NULL CHECK (count > 0),
      created_at TEXT NOT NULL,
      created_by INTEGER NOT NULL REFERENCES users (id)
    )
  `.execute(db);

  // ── The document register ─────────────────────────────────────────────────────────────────
  // A number runs per kind and calendar year (ระเบียบงานสารบรรณ: the outgoing register runs
  // through the calendar year). `snapshot` is the canonical JSON of what was printed and
  // `sha256` its hash: neither, nor the number, ever changes, and no row is ever deleted.
  await sql`
    CREATE TABLE document_counters (
      kind TEXT NOT NULL CHECK (kind IN ('referral_letter', 'certificate')),
      year INTEGER NOT NULL,
      last_seq INTEGER NOT NULL,
      PRIMARY KEY (kind, year)
    )
  `.execute(db);
  await sql`
    CREATE TABLE documents (
      id INTEGER PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('referral_letter', 'certificate')),
      number TEXT NOT NULL,
      year INTEGER NOT NULL,
      seq INTEGER NOT NULL CHECK (seq > 0),
      case_id INTEGER NOT NULL REFERENCES cases (id),
      referral_id INTEGER,
      batch_id INTEGER REFERENCES certificate_batches (id),
      achievement TEXT CHECK (achievement IS NULL OR achievement IN
        ('shop_opened', 'first_order', 'training', 'custom')),
      issued_on TEXT NOT NULL,
      issued_at TEXT NOT NULL,
      issued_by INTEGER NOT NULL REFERENCES users (id),
      status TEXT NOT NULL DEFAULT 'issued' CHECK (status IN ('issued', 'void')),
      void_reason TEXT,
      voided_at TEXT,
      voided_by INTEGER REFERENCES users (id),
      snapshot TEXT NOT NULL,
      sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
      print_count INTEGER NOT NULL DEFAULT 0 CHECK (print_count >= 0),
      last_printed_at TEXT,
      UNIQUE (kind, year, seq),
      -- A letter's number repeats from one year to the next ("พม 0506/1" every January): the
      -- date tells them apart, so a number is unique within its year only.
      UNIQUE (kind, year, number),
      CHECK ((status = 'void') = (voided_at IS NOT NULL)),
      CHECK ((kind = 'certificate') = (achievement IS NOT NULL))
    )
  `.execute(db);
  await sql`CREATE INDEX documents_by_case ON documents (case_id, id)`.execute(db);
  await sql`CREATE INDEX documents_by_issue ON documents (issued_on, id)`.execute(db);
  await sql`CREATE INDEX documents_by_batch ON documents (batch_id) WHERE batch_id IS NOT NULL`.execute(
    db,
  );
  await sql`
    CREATE TRIGGER documents_frozen BEFORE UPDATE ON documents
    WHEN NEW.kind IS NOT OLD.kind OR NEW.number IS NOT OLD.number OR NEW.year IS NOT OLD.year
      OR NEW.seq IS NOT OLD.seq OR NEW.case_id IS NOT OLD.case_id
      OR NEW.snapshot IS NOT OLD.snapshot OR NEW.sha256 IS NOT OLD.sha256
      OR NEW.issued_on IS NOT OLD.issued_on OR NEW.issued_by IS NOT OLD.issued_by
      OR (OLD.status = 'void' AND NEW.status IS NOT 'void')
    BEGIN SELECT RAISE(ABORT, 'an issued document never changes; void it instead'); END
  `.execute(db);
  await sql`
    CREATE TRIGGER documents_kept BEFORE DELETE ON documents
    BEGIN SELECT RAISE(ABORT, 'the document register keeps every number'); END
  `.execute(db);

  // ── Referrals and their status history ────────────────────────────────────────────────────
  // JSON arrays: enclosures, references (อ้างถึง), details (codes of what the letter may say).
  await sql`
    CREATE TABLE referrals (
      id INTEGER PRIMARY KEY,
      case_id INTEGER NOT NULL REFERENCES cases (id),
      agency_id INTEGER NOT NULL REFERENCES agencies (id),
      addressee TEXT NOT NULL,
      reason TEXT NOT NULL,
      requested_service TEXT NOT NULL,
      enclosures TEXT NOT NULL DEFAULT '[]',
      reference_list TEXT NOT NULL DEFAULT '[]',
      contact_person TEXT NOT NULL DEFAULT '',
      details TEXT NOT NULL DEFAULT '[]',
      status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN
        ('draft', 'sent', 'accepted', 'declined', 'completed', 'cancelled')),
      sent_on TEXT,
      status_on TEXT,
      letter_document_id INTEGER REFERENCES documents (id),
      created_at TEXT NOT NULL,
      created_by INTEGER NOT NULL REFERENCES users (id),
      updated_at TEXT NOT NULL,
      version INTEGER NOT NULL DEFAULT 1,
      CHECK (status = 'draft' OR status = 'cancelled' OR sent_on IS NOT NULL)
    )
  `.execute(db);
  await sql`CREATE INDEX referrals_by_case ON referrals (case_id, id)`.execute(db);
  await sql`CREATE INDEX referrals_by_status ON referrals (status, sent_on)`.execute(db);
  await sql`
    CREATE TABLE referral_status_history (
      id INTEGER PRIMARY KEY,
      referral_id INTEGER NOT NULL REFERENCES referrals (id),
      status TEXT NOT NULL CHECK (status IN
        ('draft', 'sent', 'accepted', 'declined', 'completed', 'cancelled')),
      on_date TEXT NOT NULL,
      note TEXT NOT NULL DEFAULT '',
      by_user_id INTEGER NOT NULL REFERENCES users (id),
      at TEXT NOT NULL
    )
  `.execute(db);
  await sql`CREATE INDEX referral_history_by_referral ON referral_status_history (referral_id, id)`.execute(
    db,
  );
  await sql`
    CREATE TRIGGER referral_history_append_only BEFORE UPDATE ON referral_status_history
    BEGIN SELECT RAISE(ABORT, 'referral history is append-only'); END
  `.execute(db);

  // ── The office's signing key for certificate codes (Ed25519) ──────────────────────────────
  // Inside the encrypted database, like the audit key. A retired key still verifies what it
  // signed; only the newest unretired key signs.
  await sql`
    CREATE TABLE certificate_keys (
      id INTEGER PRIMARY KEY,
      key_id TEXT NOT NULL UNIQUE,
      public_key BLOB NOT NULL,
      private_key BLOB NOT NULL,
      created_at TEXT NOT NULL,
      retired_at TEXT
    )
  `.execute(db);

  // ── The timeline: the documents' kinds ────────────────────────────────────────────────────
  await sql`
    CREATE TABLE case_events_new (
      id INTEGER PRIMARY KEY,
      case_id INTEGER NOT NULL REFERENCES cases (id),
      kind TEXT NOT NULL CHECK (kind IN ('intake', 'status_changed', 'profile_edited',
        'consent_granted', 'consent_withdrawn', 'attachment_added', 'attachment_removed',
        'duplicate_reviewed', 'mentor_assigned', 'mentor_unassigned', 'session_logged',
        'milestone_recorded', 'outcome_recorded', 'referral_created', 'referral_status_changed',
        'letter_issued', 'certificate_issued', 'document_voided')),
      at TEXT NOT NULL,
      by_user_id INTEGER NOT NULL REFERENCES users (id),
      detail TEXT NOT NULL DEFAULT '{}'
    )
  `.execute(db);
  await sql`INSERT INTO case_events_new SELECT * FROM case_events`.execute(db);
  await sql`DROP TABLE case_events`.execute(db);
  await sql`ALTER TABLE case_events_new RENAME TO case_events`.execute(db);
  await sql`CREATE INDEX case_events_by_case ON case_events (case_id, id)`.execute(db);
}
