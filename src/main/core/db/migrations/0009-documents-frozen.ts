import { sql, type Kysely } from 'kysely';

// Frozen once shipped: never edit, add a new migration instead. Imports nothing from the app.
//
// The document register's row, frozen tighter (security review of issue 10). 0008's trigger
// froze the number, the case, the snapshot and its SHA-256, but a row could still be given
// another achievement (the verify screen showed it), another referral or batch, another issue
// time, a lower print count (a reprint would no longer say "สำเนา"), and a void could be
// rewritten (its reason, date and author) once recorded. Now only what the app changes may
// change: the print count grows and the last print's time moves; an issued document is voided
// once, and that void is final.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TRIGGER documents_frozen`.execute(db);
  await sql`
    CREATE TRIGGER documents_frozen BEFORE UPDATE ON documents
    WHEN NEW.id IS NOT OLD.id OR NEW.kind IS NOT OLD.kind OR NEW.number IS NOT OLD.number
      OR NEW.year IS NOT OLD.year OR NEW.seq IS NOT OLD.seq OR NEW.case_id IS NOT OLD.case_id
      OR NEW.referral_id IS NOT OLD.referral_id OR NEW.batch_id IS NOT OLD.batch_id
      OR NEW.achievement IS NOT OLD.achievement
      OR NEW.snapshot IS NOT OLD.snapshot OR NEW.sha256 IS NOT OLD.sha256
      OR NEW.issued_on IS NOT OLD.issued_on OR NEW.issued_at IS NOT OLD.issued_at
      OR NEW.issued_by IS NOT OLD.issued_by
      OR NEW.print_count < OLD.print_count
      OR (OLD.status = 'void' AND (NEW.status IS NOT 'void'
        OR NEW.void_reason IS NOT OLD.void_reason OR NEW.voided_at IS NOT OLD.voided_at
        OR NEW.voided_by IS NOT OLD.voided_by))
    BEGIN SELECT RAISE(ABORT, 'an issued document never changes; void it instead'); END
  `.execute(db);
}
