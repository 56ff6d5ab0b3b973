import { sql, type Expression, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { z } from 'zod';
import type { MentorOption } from '../../../shared/contract/methods/cases';
import type {
  CaseListRow,
  CasePage,
  caseSearchSchema,
  TargetGroup,
} from '../../../shared/domain/cases';
import { formatThaiPhone } from '../../../shared/thai/phone';
import { sortThai } from '../../../shared/thai/thai-collation';
import { thaiDigitsToArabic } from '../../../shared/thai/thai-digits';
import type { DatabaseSchema } from '../db/schema';
import { displayName } from './person-names';

type CaseSearch = z.output<typeof caseSearchSchema>;
type Db = Kysely<DatabaseSchema>;

/**
 * SQLITE-ONLY: the case list's search. A fragment of three characters or more goes through the
 * FTS5 trigram index `case_search` (migration 0005), which finds it anywhere in a name, nickname,
 * national ID, phone or case number; a shorter one is a prefix of a first name, last name or
 * nickname, read as a range on their indexes. A PostgreSQL edition would replace this file
 * (pg_trgm); the rest of the feature is portable. See docs/architecture.md ("Case files: search")
 * and ADR 0016.
 */

/**
 * Whether the text may match the national ID column. Only a role holding `cases.reveal` may find
 * a person by their national ID: for anyone else a search by the number (or by a piece of it,
 * probed digit by digit) would tell them whose number it is, which is exactly what masking
 * hides from them. The FTS5 column filter keeps the other columns searchable.
 */
export interface SearchScope {
  byNationalId: boolean;
}
const FULL_SCOPE: SearchScope = { byNationalId: true };
const COLUMNS_BUT_NATIONAL_ID = 'names nickname phone case_number';

/** How the text of a query is looked up. */
export type TextLookup =
  { kind: 'none' } | { kind: 'fts'; match: string } | { kind: 'prefix'; prefix: string };

const TRIGRAM = 3;
/** Above every character: `name < prefix || x'F48FBFBF'` ends the range of names with that prefix. */
const LAST_CHARACTER = '\u{10FFFF}';
/** Typed like a number: digits (also Thai ones), spaces, dashes, brackets, a leading plus. */
const NUMBER_LIKE = /^\+?[\d\u0E50-\u0E59\s\-().]+$/;

function phrase(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

function length(text: string): number {
  return [...text].length;
}

/**
 * Turns what the clerk typed into an FTS5 query or a prefix. Each word of three characters or
 * more is a quoted phrase (so FTS5 syntax typed by accident is only text), all of which must
 * match. Numbers are also tried without their separators, the way they are indexed: "081-234"
 * finds 0812345678, while a case number keeps its dash ("2569-000123").
 */
export function textLookup(typed: string, scope: SearchScope = FULL_SCOPE): TextLookup {
  const lookup = ftsOrPrefix(typed);
  if (lookup.kind !== 'fts' || scope.byNationalId) return lookup;
  return { kind: 'fts', match: `{${COLUMNS_BUT_NATIONAL_ID}} : (${lookup.match})` };
}

function ftsOrPrefix(typed: string): TextLookup {
  const text = typed.trim();
  if (text === '') return { kind: 'none' };
  if (NUMBER_LIKE.test(text)) {
    const asTyped = thaiDigitsToArabic(text).replace(/\s+/g, ' ');
    const international = /^\+66/.test(asTyped.replace(/[\s\-().]/g, ''));
    let digits = asTyped.replace(/\D/g, '');
    if (international) digits = `0${digits.slice(2)}`;
    const forms = [...new Set([asTyped, digits])].filter((form) => length(form) >= TRIGRAM);
    if (forms.length > 0) return { kind: 'fts', match: forms.map(phrase).join(' OR ') };
    return { kind: 'prefix', prefix: text };
  }
  if (length(text) < TRIGRAM) return { kind: 'prefix', prefix: text };
  const words = text.split(/\s+/).filter((word) => length(word) >= TRIGRAM);
  return { kind: 'fts', match: (words.length > 0 ? words : [text]).map(phrase).join(' AND ') };
}

function textFilter(lookup: TextLookup, col: Column): Expression<SqlBool> | null {
  if (lookup.kind === 'fts')
    return sql<SqlBool>`${col('c.id')} IN (SELECT rowid FROM case_search WHERE case_search MATCH ${lookup.match})`;
  if (lookup.kind === 'prefix') {
    const from = lookup.prefix;
    const to = lookup.prefix + LAST_CHARACTER;
    // One range per indexed column, each read from its own index; IN drops the repeats.
    return sql<SqlBool>`${col('c.beneficiary_id')} IN (
      SELECT id FROM beneficiaries WHERE first_name >= ${from} AND first_name < ${to}
      UNION ALL SELECT id FROM beneficiaries WHERE last_name >= ${from} AND last_name < ${to}
      UNION ALL SELECT id FROM beneficiaries
        WHERE nickname <> '' AND nickname >= ${from} AND nickname < ${to}
    )`;
  }
  return null;
}

/**
 * How the page is read. `walk`: along the sort order's index, checking each case against the
 * filters, until the page is full — cheap when many cases match. `pick`: the matching cases through
 * the filters' indexes (or the text index), then sorted — cheap when few match. The other side's
 * columns are written `+column`, which keeps SQLite's planner off their indexes.
 */
export type PagePlan = 'walk' | 'pick';
type Column = (name: string) => RawBuilder<unknown>;

const bare: Column = (name) => sql.raw(name);
const unindexed: Column = (name) => sql.raw(`+${name}`);

function filters(query: CaseSearch, lookup: TextLookup, col: Column): Expression<SqlBool> {
  const conditions: RawBuilder<unknown>[] = [];
  const text = textFilter(lookup, col);
  if (text) conditions.push(sql`${text}`);
  if (query.statuses.length > 0)
    conditions.push(sql`${col('c.status')} IN (${sql.join(query.statuses)})`);
  if (query.targetGroup !== null)
    conditions.push(sql`${col('c.id')} IN (SELECT case_id FROM case_target_groups
      WHERE target_group = ${query.targetGroup})`);
  if (query.department !== null) conditions.push(sql`${col('c.department')} = ${query.department}`);
  if (query.flagshipProject !== null)
    conditions.push(sql`${col('c.flagship_project')} = ${query.flagshipProject}`);
  if (query.provinceId !== null)
    conditions.push(sql`${col('c.province_id')} = ${query.provinceId}`);
  if (query.mentorId === 0) conditions.push(sql`${col('c.mentor_id')} IS NULL`);
  else if (query.mentorId !== null) conditions.push(sql`${col('c.mentor_id')} = ${query.mentorId}`);
  if (query.intakeFrom !== null)
    conditions.push(sql`${col('c.intake_date')} >= ${query.intakeFrom}`);
  if (query.intakeTo !== null) conditions.push(sql`${col('c.intake_date')} <= ${query.intakeTo}`);
  conditions.push(...outcomeFilters(query, col));
  if (conditions.length === 0) return sql<SqlBool>`1 = 1`;
  return sql<SqlBool>`${sql.join(conditions, sql` AND `)}`;
}

/**
 * The dashboard's click-through filters (issue 11): cases with a milestone (of a kind, reached
 * in a range), with a session held in a range, with monthly figures. Each is read through its
 * own index (migration 0013, and `outcome_months`' unique (case_id, month)).
 */
function outcomeFilters(query: CaseSearch, col: Column): RawBuilder<unknown>[] {
  const conditions: RawBuilder<unknown>[] = [];
  const { milestone, milestoneFrom, milestoneTo, sessionFrom, sessionTo } = query;
  if (milestone || milestoneFrom || milestoneTo) {
    const where = [
      milestone ? sql`kind = ${milestone}` : sql`1 = 1`,
      ...(milestoneFrom ? [sql`occurred_on >= ${milestoneFrom}`] : []),
      ...(milestoneTo ? [sql`occurred_on <= ${milestoneTo}`] : []),
    ];
    conditions.push(sql`${col('c.id')} IN (SELECT case_id FROM outcome_milestones
      WHERE ${sql.join(where, sql` AND `)})`);
  }
  if (sessionFrom || sessionTo) {
    const where = [
      ...(sessionFrom ? [sql`held_on >= ${sessionFrom}`] : []),
      ...(sessionTo ? [sql`held_on <= ${sessionTo}`] : []),
    ];
    conditions.push(sql`${col('c.id')} IN (SELECT case_id FROM advisory_sessions
      WHERE ${sql.join(where, sql` AND `)})`);
  }
  if (query.withIncome)
    conditions.push(sql`${col('c.id')} IN (SELECT case_id FROM outcome_months)`);
  return conditions;
}

function hasOutcomeFilters(query: CaseSearch): boolean {
  return Boolean(
    query.milestone ||
    query.milestoneFrom ||
    query.milestoneTo ||
    query.sessionFrom ||
    query.sessionTo ||
    query.withIncome,
  );
}

function hasFilters(query: CaseSearch): boolean {
  return (
    hasOutcomeFilters(query) ||
    query.statuses.length > 0 ||
    query.targetGroup !== null ||
    query.department !== null ||
    query.flagshipProject !== null ||
    query.provinceId !== null ||
    query.mentorId !== null ||
    query.intakeFrom !== null ||
    query.intakeTo !== null
  );
}

/**
 * Walking the sort index reads about (offset + limit) × cases ÷ matches entries; picking reads and
 * sorts every match. Walk while that is at most twice the matches.
 */
export function choosePagePlan(
  total: number,
  cases: number,
  query: Pick<CaseSearch, 'offset' | 'limit'>,
): PagePlan {
  const walked = ((query.offset + query.limit) * cases) / Math.max(1, total);
  return walked <= 2 * total ? 'walk' : 'pick';
}

function orderBy(sort: CaseSearch['sort'], col: Column) {
  switch (sort) {
    case 'name':
      return sql`${col('c.sort_key')}, c.id`;
    case 'intake_newest':
      return sql`${col('c.intake_date')} DESC, c.id DESC`;
    case 'intake_oldest':
      return sql`${col('c.intake_date')}, c.id`;
    case 'case_number':
      return sql`${col('c.case_number')}`;
  }
}

/**
 * The two queries of a search: how many cases match, and the page asked for, read as `plan` says.
 * Text alone is counted in the text index itself, a target group alone in its index, without
 * visiting the cases.
 */
export function searchQueries(
  db: Db,
  query: CaseSearch,
  plan: PagePlan,
  scope: SearchScope = FULL_SCOPE,
) {
  const lookup = textLookup(query.text, scope);
  const onlyGroup =
    lookup.kind === 'none' &&
    query.targetGroup !== null &&
    !hasFilters({ ...query, targetGroup: null });
  const count =
    lookup.kind === 'fts' && !hasFilters(query)
      ? db
          .selectFrom(sql<{ rowid: number }>`case_search`.as('s'))
          .select((eb) => eb.fn.countAll<number>().as('total'))
          .where(sql<SqlBool>`case_search MATCH ${lookup.match}`)
      : onlyGroup
        ? db
            .selectFrom('case_target_groups')
            .select((eb) => eb.fn.countAll<number>().as('total'))
            .where('target_group', '=', query.targetGroup!)
        : db
            .selectFrom('cases as c')
            .select((eb) => eb.fn.countAll<number>().as('total'))
            .where(filters(query, lookup, bare));
  const page = db
    .selectFrom('cases as c')
    .innerJoin('beneficiaries as b', 'b.id', 'c.beneficiary_id')
    .leftJoin('address_provinces as p', 'p.id', 'c.province_id')
    .leftJoin('users as m', 'm.id', 'c.mentor_id')
    .select([
      'c.id',
      'c.case_number',
      'c.beneficiary_id',
      'c.status',
      'c.department',
      'c.flagship_project',
      'c.intake_date',
      'b.title',
      'b.title_other',
      'b.first_name',
      'b.last_name',
      'b.nickname',
      'b.phone',
      // Only the last four digits leave the database: a list never holds a full national ID.
      sql<string>`coalesce(substr(b.national_id, 10), '')`.as('id_last_digits'),
      'p.name_th as province_name',
      'm.full_name as mentor_name',
      sql<string | null>`(SELECT group_concat(g.target_group) FROM case_target_groups g
        WHERE g.case_id = c.id)`.as('target_groups'),
    ])
    .where(filters(query, lookup, plan === 'walk' ? unindexed : bare))
    .orderBy(orderBy(query.sort, plan === 'walk' ? bare : unindexed))
    .limit(query.limit)
    .offset(query.offset);
  return { count, page };
}

export async function searchCases(
  db: Db,
  query: CaseSearch,
  scope: SearchScope,
): Promise<CasePage> {
  const { count } = searchQueries(db, query, 'walk', scope);
  const total = Number((await count.executeTakeFirstOrThrow()).total);
  if (total === 0 || query.offset >= total) return { rows: [], total };
  // The highest case id stands in for the number of cases (cases are not deleted): one index
  // entry read instead of a count.
  const newest = await db
    .selectFrom('cases')
    .select((eb) => eb.fn.max('id').as('n'))
    .executeTakeFirstOrThrow();
  const plan = choosePagePlan(total, Number(newest.n ?? 0), query);
  const rows = await searchQueries(db, query, plan, scope).page.execute();

  return {
    total,
    rows: rows.map((row): CaseListRow => ({
      caseId: row.id,
      caseNumber: row.case_number,
      beneficiaryId: row.beneficiary_id,
      displayName: displayName(row),
      nickname: row.nickname,
      status: row.status,
      targetGroups: row.target_groups ? (row.target_groups.split(',') as TargetGroup[]) : [],
      department: row.department,
      flagshipProject: row.flagship_project,
      provinceName: row.province_name,
      phone: row.phone ? formatThaiPhone(row.phone) : '',
      idLastDigits: row.id_last_digits,
      intakeDate: row.intake_date,
      mentorName: row.mentor_name,
    })),
  };
}

/** Active mentors for the list's filter, in Thai order. */
export async function listMentorOptions(db: Db): Promise<MentorOption[]> {
  const rows = await db
    .selectFrom('users')
    .select(['id', 'full_name as fullName'])
    .where('role', '=', 'mentor')
    .where('status', '=', 'active')
    .execute();
  return sortThai(rows, (row) => row.fullName);
}

/**
 * What the audit log keeps of a search's text. A query holding six digits or more may be a
 * national ID or a phone number: only its last four digits are kept ("•••••••••0123"). Letters
 * are never kept, only how many there were ("สมศรี" → "•••••"): the audit log is append-only,
 * so a name typed into the search would outlive the person's erasure (PDPA s.33, issue 11).
 * Short numbers (a case number's tail, a postcode fragment) stay as typed.
 */
export function auditedQueryText(typed: string): string {
  // Any script's digits count (Thai, full-width, Arabic-Indic…): the number is the same.
  const digits = (typed.match(/\p{Nd}/gu) ?? []).map(digitValue).join('');
  if (digits.length >= 6) return maskedDigits(digits);
  return typed.trim().replace(/[^\p{Nd}\s-]/gu, '•');
}

/** A decimal digit of any script as 0–9: Unicode encodes each script's digits as one run 0…9. */
function digitValue(digit: string): string {
  const code = digit.codePointAt(0)!;
  let zero = code;
  while (zero > 0 && DIGIT.test(String.fromCodePoint(zero - 1))) zero--;
  return String((code - zero) % 10);
}
const DIGIT = /^\p{Nd}$/u;

/** A number as the audit log keeps it: its last four digits ("•••••••••0123"). */
export function maskedDigits(digits: string): string {
  return `${'•'.repeat(Math.max(0, digits.length - 4))}${digits.slice(-4)}`;
}

/** The filters of a search as short `name=value` codes for the audit log (no personal data). */
export function auditedFilters(query: CaseSearch): string[] {
  const list: string[] = [];
  if (query.statuses.length > 0) list.push(`statuses=${query.statuses.join(',')}`);
  if (query.targetGroup !== null) list.push(`targetGroup=${query.targetGroup}`);
  if (query.department !== null) list.push(`department=${query.department}`);
  if (query.flagshipProject !== null) list.push(`flagshipProject=${query.flagshipProject}`);
  if (query.provinceId !== null) list.push(`provinceId=${query.provinceId}`);
  if (query.mentorId !== null) list.push(`mentorId=${query.mentorId}`);
  if (query.intakeFrom !== null) list.push(`intakeFrom=${query.intakeFrom}`);
  if (query.intakeTo !== null) list.push(`intakeTo=${query.intakeTo}`);
  if (query.milestone) list.push(`milestone=${query.milestone}`);
  if (query.milestoneFrom) list.push(`milestoneFrom=${query.milestoneFrom}`);
  if (query.milestoneTo) list.push(`milestoneTo=${query.milestoneTo}`);
  if (query.sessionFrom) list.push(`sessionFrom=${query.sessionFrom}`);
  if (query.sessionTo) list.push(`sessionTo=${query.sessionTo}`);
  if (query.withIncome) list.push('withIncome=true');
  list.push(`sort=${query.sort}`, `offset=${query.offset}`);
  return list;
}
