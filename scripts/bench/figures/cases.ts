import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { CompiledQuery } from 'kysely';
import {
  CONSENT_PURPOSES,
  caseSearchSchema,
  type CaseSearch,
} from '../../../src/shared/domain/cases';
import {
  choosePagePlan,
  searchCases,
  searchQueries,
} from '../../../src/main/core/cases/cases-search';
import { nameKey } from '../../../src/main/core/cases/person-names';
import { precompileQuery } from '../../../src/main/core/db/precompiled-query';
import {
  openCaseBench,
  rawAuditWriter,
  rawInsertPerson,
  rawIntakeStatements,
  seedRaw,
  seedThroughCore,
  type CaseBench,
} from '../case-office';
import { benchPerson, type BenchPerson } from '../thai-people';
import { median, nanosToMs, seededRandom } from '../timing';
import type { BenchContext, Comparison, Figure } from '../types';

/**
 * The case-file figures (issue 8): bulk seed, search, a filtered list page, opening a case with
 * its timeline and saving one intake, each through the core (the app's dispatcher, with its
 * schema check and audit event) beside raw better-sqlite3 running the same SQL in the same run.
 * They share one office, opened by the seed figure and closed by the last (registry order).
 */

function requireCases(context: BenchContext): CaseBench {
  if (!context.state.cases) throw new Error('bench: run the cases seed figure first');
  return context.state.cases;
}

async function timed<T>(work: () => T | Promise<T>): Promise<[number, T]> {
  const start = process.hrtime.bigint();
  const value = await work();
  return [nanosToMs(process.hrtime.bigint() - start), value];
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function expectOk(result: Promise<{ ok: boolean }>, what: string): Promise<void> {
  const value = await result;
  if (!value.ok) throw new Error(`bench: ${what} failed: ${JSON.stringify(value)}`);
}

export const casesSeedFigure: Figure = {
  name: 'cases-seed',
  async run(context) {
    const bench = await openCaseBench(context.dir, context.rows);
    context.state.cases = bench;
    const coreMs = await seedThroughCore(bench);
    const rawMs = await seedRaw(bench);
    return {
      label: `cases: seed ${context.rows} people + cases`,
      unit: 'ms',
      core: { key: 'cases_seed_ms', value: coreMs },
      raw: { key: 'cases_seed_raw_ms', value: rawMs },
      ratioKey: 'cases_seed_ratio',
    };
  },
};

const BASE_QUERY: CaseSearch = {
  text: '',
  statuses: [],
  targetGroup: null,
  department: null,
  flagshipProject: null,
  provinceId: null,
  mentorId: null,
  intakeFrom: null,
  intakeTo: null,
  sort: 'name',
  offset: 0,
  limit: 50,
};

/** The raw side: the core's two search statements, prepared once each, run by better-sqlite3. */
function rawSearch(bench: CaseBench, cache: Map<string, Statement>) {
  const prepared = (compiled: CompiledQuery) => {
    let statement = cache.get(compiled.sql);
    if (!statement) {
      statement = bench.raw.prepare(compiled.sql);
      cache.set(compiled.sql, statement);
    }
    return statement;
  };
  const audit = bench.raw.transaction(rawAuditWriter(bench.raw, bench.userId));
  // The SQL is taken from the core's query builder once per query, outside the timing: the raw
  // side pays only for running it (and for the audit row the core writes too).
  const newest = bench.raw.prepare('SELECT max(id) AS n FROM cases');
  return (query: CaseSearch) => {
    const parsed = caseSearchSchema.parse(query);
    const countSql = searchQueries(bench.db, parsed, 'walk').count.compile();
    const pageSql = {
      walk: searchQueries(bench.db, parsed, 'walk').page.compile(),
      pick: searchQueries(bench.db, parsed, 'pick').page.compile(),
    };
    const countStatement = prepared(countSql);
    const pageStatement = { walk: prepared(pageSql.walk), pick: prepared(pageSql.pick) };
    // The same steps as searchCases: count, the number of cases, the page read the same way.
    return () => {
      const { total } = countStatement.get(...countSql.parameters) as { total: number };
      let rows: unknown[] = [];
      if (total > 0 && query.offset < total) {
        const { n } = newest.get() as { n: number };
        const plan = choosePagePlan(total, n, parsed);
        rows = pageStatement[plan].all(...pageSql[plan].parameters);
      }
      audit('case.searched', { query: query.text, total });
      return { total, rows };
    };
  };
}

function searchTexts(rows: number): Record<string, string[]> {
  const random = seededRandom(0x5ea4c4);
  const some = (count: number, make: (person: BenchPerson) => string) =>
    Array.from({ length: count }, () => make(benchPerson(Math.floor(random() * rows))));
  const fragment = (length: number) => (person: BenchPerson) => {
    const name = [...person.firstName, ...' ', ...person.lastName].join('');
    const start = Math.floor(random() * Math.max(1, [...name].length - length));
    return [...name]
      .slice(start, start + length)
      .join('')
      .trim()
      .padEnd(length, 'า');
  };
  return {
    '3': some(20, fragment(3)),
    '4': some(20, fragment(4)),
    '6': some(20, fragment(6)),
    id: some(20, (person) => person.nationalId.slice(0, 7)),
    phone: some(20, (person) => `0${person.phone.slice(3, 5)}-${person.phone.slice(5, 8)}`),
  };
}

export const caseSearchFigure: Figure = {
  name: 'cases-search',
  async run(context) {
    const bench = requireCases(context);
    const raw = rawSearch(bench, new Map());
    const byKind = searchTexts(context.rows);
    const core: Record<string, number[]> = {};
    const rawTimes: Record<string, number[]> = {};
    const noAudit: number[] = [];
    for (const [kind, texts] of Object.entries(byKind)) {
      core[kind] = [];
      rawTimes[kind] = [];
      for (const text of texts) {
        const query = { ...BASE_QUERY, text };
        // Warm both sides for this statement, then time them alternately.
        await expectOk(bench.call('cases.search', query) as Promise<{ ok: boolean }>, 'search');
        const rawRun = raw(query);
        rawRun();
        for (let round = 0; round < 3; round++) {
          const [coreMs] = await timed(() =>
            expectOk(bench.call('cases.search', query) as Promise<{ ok: boolean }>, 'search'),
          );
          const [rawMs] = await timed(rawRun);
          const [directMs] = await timed(() =>
            searchCases(bench.db, caseSearchSchema.parse(query), { byNationalId: true }),
          );
          core[kind]!.push(coreMs);
          rawTimes[kind]!.push(rawMs);
          noAudit.push(directMs);
        }
      }
    }
    const all = Object.values(core).flat();
    const allRaw = Object.values(rawTimes).flat();
    const baselines: Comparison['baselines'] = [
      { label: 'p50', key: 'search_p50_ms', value: median(all) },
      { label: 'raw p50', key: 'search_raw_p50_ms', value: median(allRaw) },
      { label: 'no audit p95', key: 'search_no_audit_p95_ms', value: percentile(noAudit, 95) },
    ];
    for (const kind of Object.keys(byKind)) {
      baselines.push(
        { label: `${kind} p50`, key: `search_${kind}_p50_ms`, value: median(core[kind]!) },
        { label: `${kind} p95`, key: `search_${kind}_p95_ms`, value: percentile(core[kind]!, 95) },
        {
          label: `${kind} raw p95`,
          key: `search_${kind}_raw_p95_ms`,
          value: percentile(rawTimes[kind]!, 95),
        },
      );
    }
    return {
      label: 'cases: search p95 (3/4/6 chars, ID, phone)',
      unit: 'ms',
      core: { key: 'search_p95_ms', value: percentile(all, 95) },
      raw: { key: 'search_raw_p95_ms', value: percentile(allRaw, 95) },
      ratioKey: 'search_ratio',
      baselines,
    };
  },
};

export const caseListPageFigure: Figure = {
  name: 'cases-list-page',
  async run(context) {
    const bench = requireCases(context);
    const raw = rawSearch(bench, new Map());
    const random = seededRandom(0x11573);
    const queries: CaseSearch[] = Array.from({ length: 30 }, (_, index) => ({
      ...BASE_QUERY,
      statuses: ['intake'],
      department: (['dcy', 'dop', 'dwf', 'dsdw', 'dep'] as const)[index % 5]!,
      sort: index % 3 === 0 ? 'intake_newest' : 'name',
      offset: Math.floor(random() * 20) * 50,
    }));
    const coreTimes: number[] = [];
    const rawTimes: number[] = [];
    for (const query of queries) {
      await expectOk(bench.call('cases.search', query) as Promise<{ ok: boolean }>, 'list');
      const rawRun = raw(query);
      rawRun();
      const [coreMs] = await timed(() =>
        expectOk(bench.call('cases.search', query) as Promise<{ ok: boolean }>, 'list'),
      );
      const [rawMs] = await timed(rawRun);
      coreTimes.push(coreMs);
      rawTimes.push(rawMs);
    }
    return {
      label: 'cases: filtered list page of 50',
      unit: 'ms',
      core: { key: 'list_page_ms', value: median(coreTimes) },
      raw: { key: 'list_page_raw_ms', value: median(rawTimes) },
      ratioKey: 'list_page_ratio',
      baselines: [{ label: 'p95', key: 'list_page_p95_ms', value: percentile(coreTimes, 95) }],
    };
  },
};

/**
 * Opening a case: through `cases.open` when this build has it; otherwise (the case page is another
 * part of issue 8) the same reads through precompiled Kysely queries: the case with its person and
 * places, target groups, consents, the other cases and the timeline.
 */
// Precompiled (ADR 0012), as a hot read of the core is written: built once, run per case.
const selectCaseFile = precompileQuery((db, params: { caseId: number }) =>
  db
    .selectFrom('cases as c')
    .innerJoin('beneficiaries as b', 'b.id', 'c.beneficiary_id')
    .leftJoin('address_subdistricts as s', 's.id', 'b.current_subdistrict_id')
    .leftJoin('address_districts as d', 'd.id', 's.district_id')
    .leftJoin('address_provinces as p', 'p.id', 'd.province_id')
    .leftJoin('users as m', 'm.id', 'c.mentor_id')
    .innerJoin('users as u', 'u.id', 'c.created_by')
    .selectAll('c')
    .selectAll('b')
    .select(['s.name_th as subdistrict', 'd.name_th as district', 'p.name_th as province'])
    .select(['m.full_name as mentor', 'u.full_name as createdBy'])
    .where('c.id', '=', params.caseId),
);
const selectGroups = precompileQuery((db, params: { caseId: number }) =>
  db.selectFrom('case_target_groups').select('target_group').where('case_id', '=', params.caseId),
);
const selectConsents = precompileQuery((db, params: { beneficiaryId: number }) =>
  db
    .selectFrom('consents as k')
    .innerJoin('users as u', 'u.id', 'k.recorded_by')
    .selectAll('k')
    .select('u.full_name')
    .where('k.beneficiary_id', '=', params.beneficiaryId)
    .orderBy('k.id'),
);
const selectOtherCases = precompileQuery((db, params: { beneficiaryId: number; caseId: number }) =>
  db
    .selectFrom('cases')
    .select(['id', 'case_number', 'status', 'intake_date'])
    .where('beneficiary_id', '=', params.beneficiaryId)
    .where('id', '!=', params.caseId),
);
const selectTimeline = precompileQuery((db, params: { caseId: number }) =>
  db
    .selectFrom('case_events as e')
    .innerJoin('users as u', 'u.id', 'e.by_user_id')
    .select(['e.id', 'e.kind', 'e.at', 'e.detail', 'u.full_name'])
    .where('e.case_id', '=', params.caseId)
    .orderBy('e.id', 'desc'),
);

async function kyselyOpen(bench: CaseBench, caseId: number): Promise<unknown> {
  const db = bench.db;
  const theCase = await selectCaseFile.takeFirst(db, { caseId });
  if (!theCase) throw new Error(`bench: case ${caseId} not found`);
  const beneficiaryId = theCase.beneficiary_id;
  return {
    theCase,
    groups: await selectGroups.execute(db, { caseId }),
    consents: await selectConsents.execute(db, { beneficiaryId }),
    others: await selectOtherCases.execute(db, { beneficiaryId, caseId }),
    timeline: await selectTimeline.execute(db, { caseId }),
  };
}

/**
 * The raw reads of a case: the same nine statements `cases.open` runs (case-file-service.ts), with
 * the core's `case.viewed` audit row when the core writes one. When the build has no `cases.open`
 * the Kysely fallback above runs five joined reads, and so does this baseline.
 */
function rawOpen(bench: CaseBench, audited: boolean) {
  const audit = bench.raw.transaction(rawAuditWriter(bench.raw, bench.userId));
  if (!audited) return rawJoinedOpen(bench);
  const prepare = (text: string) => bench.raw.prepare(text);
  const caseRow = prepare('SELECT * FROM cases WHERE id = ?');
  const person = prepare('SELECT * FROM beneficiaries WHERE id = ?');
  const places = prepare(`SELECT s.id, s.name_th, d.name_th AS district, p.id AS province_id,
      p.name_th AS province FROM address_subdistricts s
    JOIN address_districts d ON d.id = s.district_id JOIN address_provinces p ON p.id = d.province_id
    WHERE s.id IN (?, ?)`);
  const groups = prepare('SELECT target_group FROM case_target_groups WHERE case_id = ?');
  const users = prepare('SELECT id, full_name FROM users WHERE id IN (?, ?)');
  const consents = prepare(`SELECT k.*, u.full_name FROM consents k
    JOIN users u ON u.id = k.recorded_by WHERE k.beneficiary_id = ? ORDER BY k.id DESC`);
  const others = prepare(`SELECT id, case_number, status, intake_date FROM cases
    WHERE beneficiary_id = ? AND id != ? ORDER BY id DESC`);
  const timeline = prepare(`SELECT e.id, e.kind, e.at, e.detail, u.full_name
    FROM case_events e JOIN users u ON u.id = e.by_user_id WHERE e.case_id = ? ORDER BY e.id DESC`);
  const attachments = prepare(`SELECT a.id, a.file_name, a.mime_type, a.size_bytes, a.caption,
      a.added_at, u.full_name FROM attachments a JOIN users u ON u.id = a.added_by
    WHERE a.case_id = ? AND a.removed_at IS NULL ORDER BY a.id DESC`);
  return (caseId: number) => {
    const theCase = caseRow.get(caseId) as {
      beneficiary_id: number;
      created_by: number;
      mentor_id: number | null;
    };
    const who = person.get(theCase.beneficiary_id) as {
      registered_subdistrict_id: number | null;
      current_subdistrict_id: number | null;
    };
    const result = {
      theCase,
      who,
      places: places.all(who.registered_subdistrict_id, who.current_subdistrict_id),
      groups: groups.all(caseId),
      users: users.all(theCase.created_by, theCase.mentor_id),
      consents: consents.all(theCase.beneficiary_id),
      others: others.all(theCase.beneficiary_id, caseId),
      timeline: timeline.all(caseId),
      attachments: attachments.all(caseId),
    };
    audit('case.viewed', { caseId });
    return result;
  };
}

/** The five joined reads of the Kysely fallback, for a build without `cases.open`. */
function rawJoinedOpen(bench: CaseBench) {
  const caseRow = bench.raw
    .prepare(`SELECT c.*, b.*, s.name_th AS subdistrict, d.name_th AS district,
      p.name_th AS province, m.full_name AS mentor, u.full_name AS createdBy
    FROM cases c JOIN beneficiaries b ON b.id = c.beneficiary_id
    LEFT JOIN address_subdistricts s ON s.id = b.current_subdistrict_id
    LEFT JOIN address_districts d ON d.id = s.district_id
    LEFT JOIN address_provinces p ON p.id = d.province_id
    LEFT JOIN users m ON m.id = c.mentor_id JOIN users u ON u.id = c.created_by
    WHERE c.id = ?`);
  const groups = bench.raw.prepare('SELECT target_group FROM case_target_groups WHERE case_id = ?');
  const consents = bench.raw.prepare(`SELECT k.*, u.full_name FROM consents k
    JOIN users u ON u.id = k.recorded_by WHERE k.beneficiary_id = ? ORDER BY k.id`);
  const others = bench.raw.prepare(`SELECT id, case_number, status, intake_date FROM cases
    WHERE beneficiary_id = ? AND id != ?`);
  const timeline = bench.raw.prepare(`SELECT e.id, e.kind, e.at, e.detail, u.full_name
    FROM case_events e JOIN users u ON u.id = e.by_user_id WHERE e.case_id = ? ORDER BY e.id DESC`);
  return (caseId: number) => {
    const theCase = caseRow.get(caseId) as { beneficiary_id: number };
    return {
      theCase,
      groups: groups.all(caseId),
      consents: consents.all(theCase.beneficiary_id),
      others: others.all(theCase.beneficiary_id, caseId),
      timeline: timeline.all(caseId),
    };
  };
}

export const caseOpenFigure: Figure = {
  name: 'cases-open',
  async run(context) {
    const bench = requireCases(context);
    const random = seededRandom(0x09e4);
    const ids = Array.from({ length: 210 }, () => 1 + Math.floor(random() * context.rows));
    const probe = await bench.call('cases.open', { caseId: ids[0] });
    const viaHandler = probe.ok;
    const openCore = viaHandler
      ? (caseId: number) =>
          expectOk(bench.call('cases.open', { caseId }) as Promise<{ ok: boolean }>, 'open')
      : (caseId: number) => kyselyOpen(bench, caseId);
    const openRaw = rawOpen(bench, viaHandler);
    const coreTimes: number[] = [];
    const rawTimes: number[] = [];
    for (const [index, caseId] of ids.entries()) {
      const [coreMs] = await timed(() => openCore(caseId));
      const [rawMs] = await timed(() => openRaw(caseId));
      if (index >= 10) {
        coreTimes.push(coreMs);
        rawTimes.push(rawMs);
      }
    }
    return {
      label: viaHandler
        ? 'cases: open one case with its timeline (cases.open)'
        : 'cases: open one case with its timeline (precompiled Kysely reads; no cases.open in this build)',
      unit: 'ms',
      core: { key: 'case_open_ms', value: median(coreTimes) },
      raw: { key: 'case_open_raw_ms', value: median(rawTimes) },
      ratioKey: 'case_open_ratio',
      baselines: [
        { label: 'via handler', key: 'case_open_via_handler', value: viaHandler ? 1 : 0 },
      ],
    };
  },
};

function intakeInput(person: BenchPerson, reviewedDuplicates: number[]) {
  return {
    intake: {
      identity: {
        title: person.title,
        titleOther: '',
        firstName: person.firstName,
        lastName: person.lastName,
        nickname: person.nickname,
        latinName: '',
        birthDate: person.birthDate,
        sex: person.sex,
        hasThaiId: true,
        nationalId: person.nationalId,
        otherIdDocument: null,
        otherIdNumber: '',
      },
      contact: {
        phone: `0${person.phone.slice(3)}`,
        lineId: '',
        registeredAddress: {
          line: '99 หมู่ 4',
          subdistrictId: person.place.subdistrictId,
          postcode: person.place.postcode,
        },
        currentSameAsRegistered: true,
        currentAddress: { line: '', subdistrictId: null, postcode: '' },
      },
      programme: {
        targetGroups: person.targetGroups,
        department: person.department,
        flagshipProject: person.flagshipProject,
        referralSource: 'walk_in',
        referralSourceDetail: '',
      },
      baseline: {
        householdSize: 4,
        monthlyIncomeSatang: 850_000,
        welfareCard: true,
        disabilityCard: false,
        caregiverName: '',
        caregiverRelation: '',
        occupation: 'ค้าขาย',
        disabilityTypes: [],
        healthNotes: '',
      },
      business: {
        skills: 'ทำขนม',
        products: 'ขนมไทย',
        hasSmartphone: true,
        hasInternet: true,
        hasBankAccount: true,
        hasProductPhotos: false,
        hasOnlineShop: false,
        lazadaSellerId: '',
        goals: 'ขายออนไลน์',
        notes: '',
      },
      consents: {
        noticeVersion: '2569-1',
        givenBy: 'self',
        guardianName: '',
        choices: CONSENT_PURPOSES.map((purpose) => ({
          purpose,
          granted: true,
        })),
      },
    },
    reviewedDuplicates,
  };
}

/** The raw save: the same reads (ID taken, look-alikes, places) and writes in one transaction. */
function rawSave(bench: CaseBench) {
  const statements = rawIntakeStatements(bench.raw);
  const idTaken = bench.raw.prepare('SELECT id FROM beneficiaries WHERE national_id = ?');
  const lookAlikes = bench.raw.prepare(`SELECT id, birth_date, phone FROM beneficiaries
    WHERE name_key = ? AND (birth_date = ? OR phone = ?) ORDER BY id LIMIT 50`);
  const place = bench.raw.prepare(`SELECT d.province_id FROM address_subdistricts s
    JOIN address_districts d ON d.id = s.district_id WHERE s.id = ?`);
  const postcode = bench.raw.prepare(
    'SELECT postcode FROM address_postcodes WHERE subdistrict_id = ? AND postcode = ?',
  );
  const audit = rawAuditWriter(bench.raw, bench.userId);
  return bench.raw.transaction((person: BenchPerson, today: string) => {
    place.get(person.place.subdistrictId);
    postcode.get(person.place.subdistrictId, person.place.postcode);
    if (idTaken.get(person.nationalId)) throw new Error('bench: raw ID taken');
    lookAlikes.all(nameKey(person.firstName, person.lastName), person.birthDate, person.phone);
    const caseId = rawInsertPerson(statements, person, bench.userId, 'intake', today);
    audit('case.created', { reviewedDuplicates: 0 });
    return caseId;
  });
}

export const intakeSaveFigure: Figure = {
  name: 'cases-intake-save',
  async run(context) {
    const bench = requireCases(context);
    const save = rawSave(bench);
    const coreTimes: number[] = [];
    const rawTimes: number[] = [];
    try {
      for (let index = 0; index < 40; index++) {
        // New people beyond the seeded ones; the raw side gets its own copy of each.
        const corePerson = benchPerson(context.rows + 2 * index);
        const rawPerson = benchPerson(context.rows + 2 * index + 1);
        const check = (await bench.call('cases.checkDuplicates', {
          nationalId: corePerson.nationalId,
          firstName: corePerson.firstName,
          lastName: corePerson.lastName,
          birthDate: corePerson.birthDate,
          phone: corePerson.phone,
        })) as { ok: true; value: { similar: { beneficiaryId: number }[] } };
        const input = intakeInput(
          corePerson,
          check.value.similar.map((candidate) => candidate.beneficiaryId),
        );
        const [coreMs] = await timed(() =>
          expectOk(bench.call('cases.create', input) as Promise<{ ok: boolean }>, 'create'),
        );
        const [rawMs] = await timed(() => save(rawPerson, '2026-11-26'));
        if (index >= 5) {
          coreTimes.push(coreMs);
          rawTimes.push(rawMs);
        }
      }
    } finally {
      await bench.core.close();
      bench.raw.close();
      delete context.state.cases;
    }
    return {
      label: 'cases: save one intake',
      unit: 'ms',
      core: { key: 'intake_save_ms', value: median(coreTimes) },
      raw: { key: 'intake_save_raw_ms', value: median(rawTimes) },
      ratioKey: 'intake_save_ratio',
    };
  },
};
