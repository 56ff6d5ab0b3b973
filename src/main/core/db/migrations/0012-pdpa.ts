import { sql, type Kysely } from 'kysely';

// Frozen once shipped: never edit, add a new migration instead. Imports nothing from the app.
//
// Data subject rights (PDPA ss. 30–35): the requests and their due dates; the mark on a person
// who was anonymised; and the one exception to the document register's freeze that an erasure
// needs. An issued letter or certificate keeps its number, kind, dates and status, but its frozen
// content (which names the person) is replaced by a redaction marker — only when a row of
// `document_redactions` for it was written first (in the erasure's transaction), and only with
// that marker. Everything else about the register stays as 0009 froze it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE pdpa_requests (
      id INTEGER PRIMARY KEY,
      beneficiary_id INTEGER NOT NULL REFERENCES beneficiaries (id),
      kind TEXT NOT NULL CHECK (kind IN ('access', 'portability', 'objection', 'erasure',
        'restriction', 'rectification')),
      received_on TEXT NOT NULL,
      due_on TEXT NOT NULL,
      requester TEXT NOT NULL CHECK (requester IN ('self', 'representative')),
      representative_name TEXT NOT NULL DEFAULT '',
      channel TEXT NOT NULL CHECK (channel IN ('in_person', 'letter', 'phone', 'email', 'line',
        'other')),
      note TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'refused')),
      reason TEXT NOT NULL DEFAULT '',
      recorded_at TEXT NOT NULL,
      recorded_by INTEGER NOT NULL REFERENCES users (id),
      handled_at TEXT,
      handled_by INTEGER REFERENCES users (id),
      CHECK ((status = 'open') = (handled_at IS NULL)),
      CHECK (status <> 'refused' OR reason <> '')
    )
  `.execute(db);
  await sql`CREATE INDEX pdpa_requests_by_person ON pdpa_requests (beneficiary_id, id)`.execute(db);
  await sql`CREATE INDEX pdpa_requests_by_due ON pdpa_requests (status, due_on)`.execute(db);

  await sql`ALTER TABLE beneficiaries ADD COLUMN erased_at TEXT`.execute(db);

  await sql`
    CREATE TABLE document_redactions (
      document_id INTEGER PRIMARY KEY REFERENCES documents (id),
      request_id INTEGER NOT NULL REFERENCES pdpa_requests (id),
      original_sha256 TEXT NOT NULL CHECK (length(original_sha256) = 64),
      redacted_at TEXT NOT NULL,
      redacted_by INTEGER NOT NULL REFERENCES users (id)
    )
  `.execute(db);
  await sql`
    CREATE TRIGGER document_redactions_append_only BEFORE UPDATE ON document_redactions
    BEGIN SELECT RAISE(ABORT, 'a redaction is recorded for good'); END
  `.execute(db);
  await sql`
    CREATE TRIGGER document_redactions_kept BEFORE DELETE ON document_redactions
    BEGIN SELECT RAISE(ABORT, 'a redaction is recorded for good'); END
  `.execute(db);

  // 0009's trigger, with the snapshot and its hash allowed to change once: to the marker, for a
  // document whose redaction is recorded, and never back.
  const marker = '{"redacted":"pdpa_erasure"}';
  await sql`DROP TRIGGER documents_frozen`.execute(db);
  await sql`
    CREATE TRIGGER documents_frozen BEFORE UPDATE ON documents
    WHEN NEW.id IS NOT OLD.id OR NEW.kind IS NOT OLD.kind OR NEW.number IS NOT OLD.number
      OR NEW.year IS NOT OLD.year OR NEW.seq IS NOT OLD.seq OR NEW.case_id IS NOT OLD.case_id
      OR NEW.referral_id IS NOT OLD.referral_id OR NEW.batch_id IS NOT OLD.batch_id
      OR NEW.achievement IS NOT OLD.achievement
      OR ((NEW.snapshot IS NOT OLD.snapshot OR NEW.sha256 IS NOT OLD.sha256)
        AND NOT (NEW.snapshot = ${sql.lit(marker)}
          AND OLD.snapshot IS NOT ${sql.lit(marker)}
          AND EXISTS (SELECT 1 FROM document_redactions r WHERE r.document_id = OLD.id)))
      OR NEW.issued_on IS NOT OLD.issued_on OR NEW.issued_at IS NOT OLD.issued_at
      OR NEW.issued_by IS NOT OLD.issued_by
      OR NEW.print_count < OLD.print_count
      OR (OLD.status = 'void' AND (NEW.status IS NOT 'void'
        OR NEW.void_reason IS NOT OLD.void_reason OR NEW.voided_at IS NOT OLD.voided_at
        OR NEW.voided_by IS NOT OLD.voided_by))
    BEGIN SELECT RAISE(ABORT, 'an issued document never changes; void it instead'); END
  `.execute(db);
}
