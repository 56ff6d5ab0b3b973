import { sql, type Transaction } from 'kysely';
import type { DatabaseSchema } from '../db/schema';
import { nameSortKey } from '../cases/person-names';
import { snapshotHash } from '../documents/register-repository';

type Trx = Transaction<DatabaseSchema>;

/** What an erased document's frozen content becomes (migration 0012 allows only this). */
export const REDACTED_SNAPSHOT = '{"redacted":"pdpa_erasure"}';
/** The name an erased person is listed under: no trace of who they were. */
export const ERASED_FIRST_NAME = 'ข้อมูลถูกลบ';

/**
 * The person's row: names, identity documents, birth day and month, contact and address lines
 * go; sex, the birth year (age groups) and the province (aggregates by province) stay. The
 * name key is unique per person, so the duplicate check never matches an erased person.
 */
export async function erasePerson(trx: Trx, beneficiaryId: number, at: string): Promise<void> {
  const person = await trx
    .selectFrom('beneficiaries')
    .select(['birth_date'])
    .where('id', '=', beneficiaryId)
    .executeTakeFirstOrThrow();
  const lastName = `#${beneficiaryId}`;
  await trx
    .updateTable('beneficiaries')
    .set({
      title: 'other',
      title_other: '',
      first_name: ERASED_FIRST_NAME,
      last_name: lastName,
      nickname: '',
      latin_name: '',
      birth_date: `${person.birth_date.slice(0, 4)}-07-01`,
      has_thai_id: 0,
      national_id: null,
      other_id_document: null,
      other_id_number: '',
      phone: '',
      line_id: '',
      registered_line: '',
      registered_subdistrict_id: null,
      registered_postcode: '',
      current_line: '',
      current_subdistrict_id: null,
      current_postcode: '',
      name_key: `erased:${beneficiaryId}`,
      sort_key: nameSortKey(ERASED_FIRST_NAME, lastName),
      updated_at: at,
      erased_at: at,
    })
    .where('id', '=', beneficiaryId)
    .execute();
}

/**
 * The cases' free text and sensitive detail; codes, dates, incomes, flags and status stay for
 * the figures (target groups, department, project, province, status, incomes, milestones).
 */
export async function eraseCases(
  trx: Trx,
  beneficiaryId: number,
  caseIds: readonly number[],
  at: string,
): Promise<void> {
  if (caseIds.length === 0) return;
  const lastName = `#${beneficiaryId}`;
  await trx
    .updateTable('cases')
    .set({
      status_reason: '',
      referral_source_detail: '',
      disability_types: '[]',
      health_notes: '',
      caregiver_name: '',
      caregiver_relation: '',
      occupation: '',
      skills: '',
      products: '',
      lazada_seller_id: '',
      goals: '',
      notes: '',
      sort_key: nameSortKey(ERASED_FIRST_NAME, lastName),
      updated_at: at,
    })
    .where('id', 'in', [...caseIds])
    .execute();
  // The timeline keeps its lines (kind, time, who) without details, which may quote the person.
  await trx
    .updateTable('case_events')
    .set({ detail: '{}' })
    .where('case_id', 'in', [...caseIds])
    .execute();
}

/** Field changes keep field, time and who; never the values. */
export async function eraseHistory(trx: Trx, beneficiaryId: number): Promise<void> {
  await trx
    .updateTable('field_changes')
    .set({ old_value: null, new_value: null })
    .where('beneficiary_id', '=', beneficiaryId)
    .execute();
  await trx
    .deleteFrom('duplicate_reviews')
    .where((eb) =>
      eb.or([eb('beneficiary_id', '=', beneficiaryId), eb('resembled_id', '=', beneficiaryId)]),
    )
    .execute();
}

/**
 * Consents are append-only (an UPDATE aborts), but a guardian's name and a note are the person's
 * data: those rows are deleted and written again under the same id without the texts, so the
 * state and its proof (purpose, granted, notice version, who recorded it, when) remain.
 */
export async function eraseConsentTexts(trx: Trx, beneficiaryId: number): Promise<void> {
  const rows = await trx
    .selectFrom('consents')
    .selectAll()
    .where('beneficiary_id', '=', beneficiaryId)
    .where((eb) => eb.or([eb('guardian_name', '<>', ''), eb('note', '<>', '')]))
    .execute();
  if (rows.length === 0) return;
  await trx
    .deleteFrom('consents')
    .where(
      'id',
      'in',
      rows.map((row) => row.id),
    )
    .execute();
  await trx
    .insertInto('consents')
    .values(rows.map((row) => ({ ...row, guardian_name: '', note: '' })))
    .execute();
}

/** Attachments: the bytes go; the row stays (an income month may cite it) as removed, unnamed. */
export async function eraseAttachments(
  trx: Trx,
  caseIds: readonly number[],
  at: string,
  userId: number,
): Promise<number> {
  if (caseIds.length === 0) return 0;
  const ids = (
    await trx
      .selectFrom('attachments')
      .select('id')
      .where('case_id', 'in', [...caseIds])
      .execute()
  ).map((row) => row.id);
  if (ids.length === 0) return 0;
  await trx.deleteFrom('attachment_contents').where('attachment_id', 'in', ids).execute();
  await trx
    .updateTable('attachments')
    .set({ file_name: '-', caption: '', sha256: '' })
    .where('id', 'in', ids)
    .execute();
  await trx
    .updateTable('attachments')
    .set({ removed_at: at, removed_by: userId })
    .where('id', 'in', ids)
    .where('removed_at', 'is', null)
    .execute();
  return ids.length;
}

/** Mentoring: sessions' summaries and topics, actions, outcome notes and shop names, conflicts. */
export async function eraseMentoring(trx: Trx, caseIds: readonly number[]): Promise<void> {
  if (caseIds.length === 0) return;
  const cases = [...caseIds];
  const sessions = trx.selectFrom('advisory_sessions').select('id').where('case_id', 'in', cases);
  await trx.deleteFrom('advisory_session_revisions').where('session_id', 'in', sessions).execute();
  await trx
    .updateTable('advisory_sessions')
    .set({ summary: '', topics: '[]', correction_note: '' })
    .where('case_id', 'in', cases)
    .execute();
  await trx
    .updateTable('session_actions')
    .set({ description: '' })
    .where('case_id', 'in', cases)
    .execute();
  await trx
    .updateTable('outcome_milestones')
    .set({ shop_name: '', shop_ref: '', note: '' })
    .where('case_id', 'in', cases)
    .execute();
  await trx.updateTable('outcome_months').set({ note: '' }).where('case_id', 'in', cases).execute();
  await trx.deleteFrom('mentoring_conflicts').where('case_id', 'in', cases).execute();
  await trx
    .updateTable('mentor_assignments')
    .set({ reason: '', over_capacity_reason: '', end_reason: '' })
    .where('case_id', 'in', cases)
    .execute();
}

/** Referral texts; the agency, the detail codes, statuses and dates stay. History notes go. */
export async function eraseReferrals(trx: Trx, caseIds: readonly number[]): Promise<void> {
  if (caseIds.length === 0) return;
  const referralIds = (
    await trx
      .selectFrom('referrals')
      .select('id')
      .where('case_id', 'in', [...caseIds])
      .execute()
  ).map((row) => row.id);
  if (referralIds.length === 0) return;
  await trx
    .updateTable('referrals')
    .set({
      reason: '',
      requested_service: '',
      enclosures: '[]',
      reference_list: '[]',
      contact_person: '',
    })
    .where('id', 'in', referralIds)
    .execute();
  // Append-only like consents: the rows with a note are written again without it.
  const notes = await trx
    .selectFrom('referral_status_history')
    .selectAll()
    .where('referral_id', 'in', referralIds)
    .where('note', '<>', '')
    .execute();
  if (notes.length === 0) return;
  await trx
    .deleteFrom('referral_status_history')
    .where(
      'id',
      'in',
      notes.map((row) => row.id),
    )
    .execute();
  await trx
    .insertInto('referral_status_history')
    .values(notes.map((row) => ({ ...row, note: '' })))
    .execute();
}

/**
 * Issued documents keep number, kind, dates and status in the register; the frozen content,
 * which names the person, becomes the marker (the one change migration 0012 allows, after the
 * redaction is recorded). An issued document is voided with the erasure as its reason.
 */
export async function redactDocuments(
  trx: Trx,
  caseIds: readonly number[],
  request: { id: number; at: string; userId: number },
): Promise<number> {
  if (caseIds.length === 0) return 0;
  const documents = await trx
    .selectFrom('documents')
    .select(['id', 'sha256', 'status', 'snapshot'])
    .where('case_id', 'in', [...caseIds])
    .execute();
  const todo = documents.filter((row) => row.snapshot !== REDACTED_SNAPSHOT);
  for (const row of todo) {
    await trx
      .insertInto('document_redactions')
      .values({
        document_id: row.id,
        request_id: request.id,
        original_sha256: row.sha256,
        redacted_at: request.at,
        redacted_by: request.userId,
      })
      .execute();
    await trx
      .updateTable('documents')
      .set({
        snapshot: REDACTED_SNAPSHOT,
        sha256: snapshotHash(REDACTED_SNAPSHOT),
        ...(row.status === 'issued'
          ? {
              status: 'void' as const,
              void_reason: 'ลบข้อมูลตามคำขอของเจ้าของข้อมูล (พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล ม.33)',
              voided_at: request.at,
              voided_by: request.userId,
            }
          : {}),
      })
      .where('id', '=', row.id)
      .execute();
  }
  return todo.length;
}

/** The person's other requests keep kind, dates and status; a representative's name and notes go. */
export async function eraseRequestTexts(trx: Trx, beneficiaryId: number): Promise<void> {
  await trx
    .updateTable('pdpa_requests')
    .set({ representative_name: '', note: '' })
    .where('beneficiary_id', '=', beneficiaryId)
    .execute();
}

/**
 * Unsaved intake drafts that mention the person (their name, ID or phone in the draft's JSON):
 * a clerk may have started to re-register them. Deleted whole.
 */
export async function eraseDrafts(trx: Trx, needles: readonly string[]): Promise<number> {
  const words = needles.filter((needle) => needle.length >= 3);
  if (words.length === 0) return 0;
  const result = await trx
    .deleteFrom('drafts')
    .where((eb) => eb.or(words.map((word) => eb(sql`instr(json, ${word})`, '>', 0))))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * The search index: the triggers replaced the person's row, but FTS5 keeps deleted terms in older
 * segments until they are merged. 'optimize' merges every segment into one, and secure_delete
 * zeroes the pages it frees.
 */
export async function compactSearchIndex(trx: Trx): Promise<void> {
  await sql`INSERT INTO case_search (case_search) VALUES ('optimize')`.execute(trx);
}
