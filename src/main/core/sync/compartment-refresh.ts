import type { Kysely, Transaction } from 'kysely';
import { SHARING_CONSENT_FOR } from '../../../shared/domain/mentoring';
import type { AuditActor, AuditLog } from '../audit/audit-log';
import { hasConsent } from '../cases/consents-service';
import { displayName } from '../cases/person-names';
import type { Clock } from '../clock';
import type { CompartmentSchema } from '../compartments/compartment-schema';
import type { MenteeCasesTable } from '../db/mentoring-schema';
import type { DatabaseSchema } from '../db/schema';

type OfficeDb = Kysely<DatabaseSchema>;
type Compartment = Kysely<CompartmentSchema>;

export interface OfficeSide {
  db: OfficeDb;
  audit: AuditLog;
  actor: AuditActor;
  clock: Clock;
}

export interface RefreshCounts {
  cases: number;
  sessions: number;
  actions: number;
  milestones: number;
  months: number;
  conflicts: number;
}

/** The mergeable tables, written by the refresh with `dirty = 0` and `base_revision = revision`. */
const RECORD_TABLES = [
  'advisory_sessions',
  'session_actions',
  'outcome_milestones',
  'outcome_months',
] as const;
type RecordTable = (typeof RECORD_TABLES)[number];

/**
 * The cases a mentor may hold now: an open assignment, the programme consent, and for a mentor
 * from outside the ministry the consent to share with their organisation (PDPA s.19, 27). A
 * mentor without a registry profile gets nothing: nobody can say which consent they need.
 */
export async function casesForMentor(db: OfficeDb, mentorId: number): Promise<number[]> {
  const profile = await db
    .selectFrom('mentor_profiles')
    .select(['organisation_kind', 'is_external'])
    .where('user_id', '=', mentorId)
    .executeTakeFirst();
  if (!profile) return [];
  const open = await db
    .selectFrom('mentor_assignments')
    .innerJoin('cases', 'cases.id', 'mentor_assignments.case_id')
    .select(['cases.id as caseId', 'cases.beneficiary_id as beneficiaryId'])
    .where('mentor_assignments.mentor_id', '=', mentorId)
    .where('mentor_assignments.ended_at', 'is', null)
    .orderBy('cases.id')
    .execute();
  const sharing = profile.is_external === 1 ? SHARING_CONSENT_FOR[profile.organisation_kind] : null;
  const allowed: number[] = [];
  for (const row of open) {
    if (!(await hasConsent(db, row.beneficiaryId, 'programme'))) continue;
    if (sharing !== null && !(await hasConsent(db, row.beneficiaryId, sharing))) continue;
    allowed.push(row.caseId);
  }
  return allowed;
}

/**
 * The mentee as the mentor may see them: names, nickname, contact, district and province of the
 * current address, business and goals. Listed column by column on purpose — never the national
 * ID, birth date, address line, disability or health details, income baseline, household,
 * welfare card, caregiver, target groups, consents or the office's notes.
 */
async function menteeRows(db: OfficeDb, mentorId: number, caseIds: number[]) {
  if (caseIds.length === 0) return [];
  const rows = await db
    .selectFrom('cases')
    .innerJoin('beneficiaries as b', 'b.id', 'cases.beneficiary_id')
    .innerJoin('mentor_assignments as a', (join) =>
      join
        .onRef('a.case_id', '=', 'cases.id')
        .on('a.mentor_id', '=', mentorId)
        .on('a.ended_at', 'is', null),
    )
    .leftJoin('address_subdistricts as s', (join) =>
      join.on((eb) =>
        eb(
          's.id',
          '=',
          eb
            .case()
            .when('b.current_same_as_registered', '=', 1)
            .then(eb.ref('b.registered_subdistrict_id'))
            .else(eb.ref('b.current_subdistrict_id'))
            .end(),
        ),
      ),
    )
    .leftJoin('address_districts as d', 'd.id', 's.district_id')
    .leftJoin('address_provinces as p', 'p.id', 'd.province_id')
    .select([
      'cases.id as case_id',
      'cases.case_number',
      'b.title',
      'b.title_other',
      'b.first_name',
      'b.last_name',
      'b.nickname',
      'b.phone',
      'b.line_id',
      'd.name_th as district_name',
      'p.name_th as province_name',
      'cases.status',
      'cases.intake_date',
      'a.started_at as assigned_since',
      'cases.occupation',
      'cases.products',
      'cases.product_category',
      'cases.skills as business_skills',
      'cases.has_smartphone',
      'cases.has_internet',
      'cases.has_bank_account',
      'cases.has_product_photos',
      'cases.has_online_shop',
      'cases.lazada_seller_id',
      'cases.goals',
      'cases.mentoring_needs',
      'cases.sort_key',
    ])
    .where('cases.id', 'in', caseIds)
    .execute();
  return rows.map((row): MenteeCasesTable => ({
    case_id: row.case_id,
    mentor_id: mentorId,
    case_number: row.case_number,
    display_name: displayName(row),
    nickname: row.nickname,
    phone: row.phone,
    line_id: row.line_id,
    district_name: row.district_name ?? '',
    province_name: row.province_name ?? '',
    status: row.status,
    intake_date: row.intake_date,
    assigned_since: row.assigned_since,
    occupation: row.occupation,
    products: row.products,
    product_category: row.product_category,
    business_skills: row.business_skills,
    has_smartphone: row.has_smartphone,
    has_internet: row.has_internet,
    has_bank_account: row.has_bank_account,
    has_product_photos: row.has_product_photos,
    has_online_shop: row.has_online_shop,
    lazada_seller_id: row.lazada_seller_id,
    goals: row.goals,
    mentoring_needs: row.mentoring_needs,
    sort_key: row.sort_key,
  }));
}

/** The office's records of these cases, as they are in the office database. */
async function officeRecords(db: OfficeDb, caseIds: number[]) {
  if (caseIds.length === 0)
    return {
      advisory_sessions: [],
      session_actions: [],
      outcome_milestones: [],
      outcome_months: [],
    };
  const [sessions, actions, milestones, months] = await Promise.all([
    db.selectFrom('advisory_sessions').selectAll().where('case_id', 'in', caseIds).execute(),
    db.selectFrom('session_actions').selectAll().where('case_id', 'in', caseIds).execute(),
    db.selectFrom('outcome_milestones').selectAll().where('case_id', 'in', caseIds).execute(),
    db.selectFrom('outcome_months').selectAll().where('case_id', 'in', caseIds).execute(),
  ]);
  return {
    advisory_sessions: sessions,
    session_actions: actions,
    outcome_milestones: milestones,
    outcome_months: months,
  };
}

/**
 * Writes into one mentor's compartment exactly what they need, in one compartment transaction:
 * their assigned, consenting cases, the skills taxonomy, the records of those cases, the names
 * of who wrote them, their open conflicts, and the office's identity. Everything about other
 * cases goes. A row the mentor changed that the office does not hold yet (still `dirty`, e.g. a
 * merge refused or not run) is kept; every other row is replaced by delete and INSERT, so the
 * dirty triggers (which fire on UPDATE) never mark the office's own rows as the mentor's.
 * The caller runs the merge first: a dirty row the office already holds is replaced here.
 */
export async function refreshCompartmentOf(
  office: OfficeSide,
  mentorId: number,
  compartment: Compartment,
  /** Rows the merge just before refused: dropped, not kept for another try. */
  refusedIds: ReadonlySet<string> = new Set(),
): Promise<RefreshCounts> {
  // The mark is cleared before the office is read, not after the write: a change committed
  // meanwhile (calls that are not in the session's queue) marks it again and is not lost. A
  // refresh that fails puts the mark back (after a crash, the next sign-in refreshes them all).
  await setRefreshDue(office.db, mentorId, 0);
  try {
    return await refresh(office, mentorId, compartment, refusedIds);
  } catch (error) {
    await setRefreshDue(office.db, mentorId, 1);
    throw error;
  }
}

async function setRefreshDue(db: OfficeDb, mentorId: number, due: 0 | 1): Promise<void> {
  await db
    .updateTable('mentor_compartments')
    .set({ refresh_due: due })
    .where('user_id', '=', mentorId)
    .where('refresh_due', '=', due === 0 ? 1 : 0)
    .execute();
}

async function refresh(
  office: OfficeSide,
  mentorId: number,
  compartment: Compartment,
  refusedIds: ReadonlySet<string>,
): Promise<RefreshCounts> {
  const { db } = office;
  const caseIds = await casesForMentor(db, mentorId);
  const mentees = await menteeRows(db, mentorId, caseIds);
  const records = await officeRecords(db, caseIds);
  const revisions = records.advisory_sessions.length
    ? await db
        .selectFrom('advisory_session_revisions')
        .selectAll()
        .where(
          'session_id',
          'in',
          db.selectFrom('advisory_sessions').select('id').where('case_id', 'in', caseIds),
        )
        .execute()
    : [];
  const skills = await db.selectFrom('mentor_skills').selectAll().orderBy('sort_order').execute();
  const conflicts = await db
    .selectFrom('mentoring_conflicts')
    .selectAll()
    .where('mentor_id', '=', mentorId)
    .where('resolved_at', 'is', null)
    .where('case_id', 'in', caseIds.length ? caseIds : [-1])
    .execute();
  const writers = new Set<number>();
  for (const row of records.advisory_sessions) writers.add(row.updated_by).add(row.mentor_id);
  for (const row of records.session_actions) writers.add(row.updated_by);
  for (const row of records.outcome_milestones) writers.add(row.recorded_by);
  for (const row of records.outcome_months) writers.add(row.recorded_by);
  const people = writers.size
    ? await db
        .selectFrom('users')
        .select(['id as user_id', 'full_name'])
        .where('id', 'in', [...writers])
        .execute()
    : [];
  const identity = await db
    .selectFrom('office_identity')
    .select('office_uuid')
    .executeTakeFirstOrThrow();
  const now = office.clock.now().toISOString();
  const counts: RefreshCounts = {
    cases: mentees.length,
    sessions: records.advisory_sessions.length,
    actions: records.session_actions.length,
    milestones: records.outcome_milestones.length,
    months: records.outcome_months.length,
    conflicts: conflicts.length,
  };

  // Every office sign-in refreshes every compartment: one that already holds exactly this is
  // left as it is (reading is cheap, a write and its audit event are not).
  const planned = {
    mentee_cases: mentees,
    mentor_skills: skills,
    people,
    advisory_sessions: records.advisory_sessions.map(clean),
    session_actions: records.session_actions.map(clean),
    outcome_milestones: records.outcome_milestones.map(clean),
    outcome_months: records.outcome_months.map(clean),
    advisory_session_revisions: revisions.map((row) => ({ ...row, dirty: 0 })),
    mentoring_conflicts: conflicts,
  };
  if (await holdsAlready(compartment, planned, identity.office_uuid)) return counts;

  await compartment.transaction().execute(async (trx) => {
    await trx.deleteFrom('mentee_cases').execute();
    for (const rows of chunks(mentees)) await trx.insertInto('mentee_cases').values(rows).execute();
    await trx.deleteFrom('mentor_skills').execute();
    for (const rows of chunks(skills)) await trx.insertInto('mentor_skills').values(rows).execute();
    await trx.deleteFrom('people').execute();
    for (const rows of chunks(people)) await trx.insertInto('people').values(rows).execute();
    for (const table of RECORD_TABLES)
      await replaceRecords(trx, table, records[table], caseIds, refusedIds);
    await replaceRevisions(trx, revisions, caseIds);
    await trx.deleteFrom('mentoring_conflicts').execute();
    for (const rows of chunks(conflicts))
      await trx.insertInto('mentoring_conflicts').values(rows).execute();
    await trx
      .updateTable('meta')
      .set({ office_uuid: identity.office_uuid, refreshed_at: now })
      .where('id', '=', 1)
      .execute();
  });

  await office.audit.record({
    action: 'mentor.compartment_refreshed',
    outcome: 'success',
    actor: office.actor,
    target: { type: 'user', id: mentorId },
    details: { ...counts },
  });
  return counts;
}

/**
 * Replaces one table's rows with the office's: rows the office wrote go; rows of cases no longer
 * the mentor's go even when dirty (nothing of them may stay), and so do rows the merge refused;
 * a dirty row no merge has judged yet stays for the next one.
 */
async function replaceRecords<T extends RecordTable>(
  trx: Transaction<CompartmentSchema>,
  table: T,
  rows: readonly { id: string; revision: number }[],
  caseIds: number[],
  refusedIds: ReadonlySet<string>,
): Promise<void> {
  // One code path for four tables of the same shape: typed as one table named `t`.
  const anyTable = trx as unknown as Transaction<{ t: LooseRow }>;
  const name = table as unknown as 't';
  const officeIds = new Set(rows.map((row) => row.id));
  const dirty = (await anyTable
    .selectFrom(name)
    .select(['id', 'case_id'])
    .where('dirty', '=', 1)
    .execute()) as { id: string; case_id: number }[];
  const mine = new Set(caseIds);
  const kept = new Set(
    dirty
      .filter((row) => mine.has(row.case_id) && !officeIds.has(row.id) && !refusedIds.has(row.id))
      .map((row) => row.id),
  );
  await anyTable
    .deleteFrom(name)
    .where((eb) => (kept.size ? eb('id', 'not in', [...kept]) : eb.lit(true)))
    .execute();
  const values = rows.map((row) => ({ ...row, dirty: 0, base_revision: row.revision }));
  for (const part of chunks(values)) await anyTable.insertInto(name).values(part).execute();
}

/**
 * The history of those sessions (for the mentor's "earlier versions"): the office's rows, and
 * the mentor's own unmerged ones of sessions still theirs where the office has no such row.
 */
async function replaceRevisions(
  trx: Transaction<CompartmentSchema>,
  rows: readonly DatabaseSchema['advisory_session_revisions'][],
  caseIds: number[],
): Promise<void> {
  const keptSessions = trx
    .selectFrom('advisory_sessions')
    .select('id')
    .where('case_id', 'in', caseIds.length ? caseIds : [-1]);
  await trx
    .deleteFrom('advisory_session_revisions')
    .where((eb) => eb.or([eb('dirty', '=', 0), eb('session_id', 'not in', keptSessions)]))
    .execute();
  for (const part of chunks(rows.map((row) => ({ ...row, dirty: 0 as const }))))
    await trx
      .insertInto('advisory_session_revisions')
      .values(part)
      .onConflict((oc) =>
        oc.columns(['session_id', 'revision']).doUpdateSet((eb) => ({
          snapshot: eb.ref('excluded.snapshot'),
          changed_at: eb.ref('excluded.changed_at'),
          changed_by: eb.ref('excluded.changed_by'),
          dirty: 0,
        })),
      )
      .execute();
}

/** An office row as a refreshed compartment holds it. */
function clean<T extends { revision: number }>(row: T) {
  return { ...row, dirty: 0, base_revision: row.revision };
}

/**
 * Whether the compartment holds exactly `planned` (same rows, same values, nothing of the
 * mentor's waiting to merge) for this office. Rows are compared by their content with the
 * columns in a fixed order, whatever order the tables list them in.
 */
async function holdsAlready(
  compartment: Compartment,
  planned: Record<string, readonly object[]>,
  officeUuid: string,
): Promise<boolean> {
  const meta = await compartment.selectFrom('meta').select('office_uuid').executeTakeFirst();
  if (meta?.office_uuid !== officeUuid) return false;
  const loose = compartment as unknown as Kysely<{ t: Record<string, unknown> }>;
  for (const [table, rows] of Object.entries(planned)) {
    const held = await loose
      .selectFrom(table as 't')
      .selectAll()
      .execute();
    if (held.length !== rows.length) return false;
    const key = (row: object) => canonical(row);
    const heldKeys = held.map(key).sort();
    const plannedKeys = rows.map(key).sort();
    if (heldKeys.some((value, index) => value !== plannedKeys[index])) return false;
  }
  return true;
}

function canonical(row: object): string {
  const entries = Object.entries(row).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(entries);
}

interface LooseRow {
  id: string;
  case_id: number;
  dirty: number;
  [column: string]: unknown;
}

/** SQLite takes at most 32,766 bound values per statement: insert in slices. */
function chunks<T>(rows: readonly T[], size = 200): T[][] {
  const parts: T[][] = [];
  for (let i = 0; i < rows.length; i += size) parts.push(rows.slice(i, i + size));
  return parts;
}
