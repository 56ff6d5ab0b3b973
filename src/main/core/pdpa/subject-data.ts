import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema';
import { AppError } from '../errors';

type Db = Kysely<DatabaseSchema>;

/** The sections of a subject export, in the order the PDF prints them. */
export const SUBJECT_SECTIONS = [
  'person',
  'cases',
  'consents',
  'fieldChanges',
  'timeline',
  'mentoring',
  'referrals',
  'documents',
  'attachments',
  'requests',
  'accessLog',
] as const;

export interface SubjectData {
  format: 'kaona.pdpa-subject-export';
  version: 1;
  exportedAt: string;
  /** Staff ids used below, with their names (who recorded, changed or looked at the data). */
  staff: Record<string, string>;
  person: Record<string, unknown>;
  cases: Record<string, unknown>[];
  consents: Record<string, unknown>[];
  /** Non-sensitive changes with old and new values; sensitive ones without (their current value
   *  is in `cases`). */
  fieldChanges: Record<string, unknown>[];
  timeline: Record<string, unknown>[];
  mentoring: Record<string, Record<string, unknown>[]>;
  referrals: Record<string, unknown>[];
  documents: Record<string, unknown>[];
  /** Each attachment with its bytes as base64: one file carries all, no temporary files. */
  attachments: Record<string, unknown>[];
  requests: Record<string, unknown>[];
  /** Who read or changed the file (PDPA: the person may know): time, action, user, outcome. */
  accessLog: Record<string, unknown>[];
}

function omit<T extends object>(row: T, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([key]) => !keys.includes(key)));
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Everything the office database holds about one person, read in one snapshot. */
export async function readSubjectData(
  db: Db,
  beneficiaryId: number,
  exportedAt: string,
  signal?: AbortSignal,
): Promise<SubjectData> {
  return db.transaction().execute(async (trx) => {
    const person = await trx
      .selectFrom('beneficiaries')
      .selectAll()
      .where('id', '=', beneficiaryId)
      .executeTakeFirst();
    if (!person) throw new AppError('NOT_FOUND', 'pdpa_person_not_found');
    // The search keys are derived from the name, not data the person gave.
    const personFields = omit(person, ['name_key', 'sort_key']);
    const cases = await trx
      .selectFrom('cases')
      .selectAll()
      .where('beneficiary_id', '=', beneficiaryId)
      .orderBy('id')
      .execute();
    const caseIds = cases.length > 0 ? cases.map((row) => row.id) : [-1];
    const groups = await trx
      .selectFrom('case_target_groups')
      .selectAll()
      .where('case_id', 'in', caseIds)
      .execute();
    const byCase = <T extends { case_id: number }>(rows: T[]) => rows;
    signal?.throwIfAborted();
    const [consents, fieldChanges, timeline] = await Promise.all([
      trx
        .selectFrom('consents')
        .selectAll()
        .where('beneficiary_id', '=', beneficiaryId)
        .orderBy('id')
        .execute(),
      trx
        .selectFrom('field_changes')
        .selectAll()
        .where('beneficiary_id', '=', beneficiaryId)
        .orderBy('id')
        .execute(),
      trx
        .selectFrom('case_events')
        .selectAll()
        .where('case_id', 'in', caseIds)
        .orderBy('id')
        .execute(),
    ]);
    const [assignments, sessions, actions, milestones, months] = await Promise.all([
      trx
        .selectFrom('mentor_assignments')
        .selectAll()
        .where('case_id', 'in', caseIds)
        .orderBy('id')
        .execute(),
      trx
        .selectFrom('advisory_sessions')
        .selectAll()
        .where('case_id', 'in', caseIds)
        .orderBy('held_on')
        .execute(),
      trx
        .selectFrom('session_actions')
        .selectAll()
        .where('case_id', 'in', caseIds)
        .orderBy('due_on')
        .execute(),
      trx
        .selectFrom('outcome_milestones')
        .selectAll()
        .where('case_id', 'in', caseIds)
        .orderBy('occurred_on')
        .execute(),
      trx
        .selectFrom('outcome_months')
        .selectAll()
        .where('case_id', 'in', caseIds)
        .orderBy('month')
        .execute(),
    ]);
    const referrals = await trx
      .selectFrom('referrals')
      .selectAll()
      .where('case_id', 'in', caseIds)
      .orderBy('id')
      .execute();
    const history = await trx
      .selectFrom('referral_status_history')
      .selectAll()
      .where('referral_id', 'in', referrals.length > 0 ? referrals.map((r) => r.id) : [-1])
      .orderBy('id')
      .execute();
    const documents = await trx
      .selectFrom('documents')
      .selectAll()
      .where('case_id', 'in', caseIds)
      .orderBy('id')
      .execute();
    signal?.throwIfAborted();
    const attachments = await trx
      .selectFrom('attachments')
      .leftJoin('attachment_contents', 'attachment_contents.attachment_id', 'attachments.id')
      .selectAll('attachments')
      .select('attachment_contents.content')
      .where('attachments.case_id', 'in', caseIds)
      .orderBy('attachments.id')
      .execute();
    const requests = await trx
      .selectFrom('pdpa_requests')
      .selectAll()
      .where('beneficiary_id', '=', beneficiaryId)
      .orderBy('id')
      .execute();
    const access = await trx
      .selectFrom('audit_events')
      .select(['at', 'action', 'actor_user_id', 'outcome'])
      .where((eb) =>
        eb.or([
          eb.and([
            eb('target_type', '=', 'beneficiary'),
            eb('target_id', '=', String(beneficiaryId)),
          ]),
          eb.and([eb('target_type', '=', 'case'), eb('target_id', 'in', caseIds.map(String))]),
        ]),
      )
      .orderBy('seq')
      .execute();
    const staffIds = new Set<number>();
    const note = (id: number | null) => {
      if (id !== null) staffIds.add(id);
    };
    for (const row of [person, ...cases]) note(row.created_by);
    for (const row of consents) note(row.recorded_by);
    for (const row of fieldChanges) note(row.changed_by);
    for (const row of timeline) note(row.by_user_id);
    for (const row of assignments) note(row.mentor_id);
    for (const row of sessions) note(row.mentor_id);
    for (const row of documents) note(row.issued_by);
    for (const row of requests) {
      note(row.recorded_by);
      note(row.handled_by);
    }
    for (const row of access) note(row.actor_user_id);
    const staffRows =
      staffIds.size === 0
        ? []
        : await trx
            .selectFrom('users')
            .select(['id', 'full_name'])
            .where('id', 'in', [...staffIds])
            .execute();
    return {
      format: 'kaona.pdpa-subject-export',
      version: 1,
      exportedAt,
      staff: Object.fromEntries(staffRows.map((row) => [String(row.id), row.full_name])),
      person: personFields,
      cases: cases.map(({ sort_key: _s, ...row }) => ({
        ...row,
        disability_types: parseJson(row.disability_types),
        target_groups: byCase(groups)
          .filter((g) => g.case_id === row.id)
          .map((g) => g.target_group),
      })),
      consents,
      fieldChanges,
      timeline: timeline.map((row) => ({ ...row, detail: parseJson(row.detail) })),
      mentoring: { assignments, sessions, actions, milestones, months },
      referrals: referrals.map((row) => ({
        ...row,
        history: history.filter((h) => h.referral_id === row.id),
      })),
      documents: documents.map(({ snapshot, ...row }) => ({
        ...row,
        content: parseJson(snapshot),
      })),
      attachments: attachments.map(({ content, ...row }) => ({
        ...row,
        content_base64: content ? Buffer.from(content).toString('base64') : null,
      })),
      requests,
      accessLog: access.map((row) => ({
        at: row.at,
        action: row.action,
        // Staff appear by their names (the `staff` map), never by the user names they sign in
        // with: a sign-in name is half a credential, not the person's data (found in review).
        by_user_id: row.actor_user_id,
        outcome: row.outcome,
      })),
    };
  });
}
