import { CompiledQuery } from 'kysely';
import { beforeEach, describe, expect, it } from 'vitest';
import { caseSearchSchema, type CaseSearch } from '../../src/shared/domain/cases';
import {
  choosePagePlan,
  searchQueries,
  textLookup,
  type PagePlan,
} from '../../src/main/core/cases/cases-search';
import {
  insertReferencePlaces,
  intakeSave,
  nationalId,
  officeDb,
  PLACES,
  type PersonOverrides,
} from '../support/intake-fixtures';
import { addAccount, MENTOR, setUpOffice, useOffices, type TestOffice } from '../support/office';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const keep = useOffices();

/** Six people, registered in this order (case numbers 2569-000001 … 000006). */
const PEOPLE: (PersonOverrides & { firstName: string; lastName: string })[] = [
  {
    firstName: 'สมศรี',
    lastName: 'ใจดี',
    nickname: 'ศรี',
    phone: '0812345678',
    nationalId: nationalId('110370012345'),
  },
  {
    firstName: 'สมชาย',
    lastName: 'ศรีสุข',
    nickname: 'ชาย',
    phone: '0898765432',
    nationalId: nationalId('320100011111'),
    place: 'bangkok',
  },
  {
    firstName: 'เกษม',
    lastName: 'บุญมา',
    nickname: 'เก่ง',
    phone: '0611112222',
    nationalId: nationalId('540100022222'),
  },
  {
    firstName: 'ขวัญใจ',
    lastName: 'ทองดี',
    nickname: 'ขวัญ',
    phone: '0922223333',
    nationalId: nationalId('650100033333'),
    place: null,
  },
  { firstName: 'กมล', lastName: 'แก้วมณี', nickname: 'มล', phone: '0633334444', hasThaiId: false },
  {
    firstName: 'ณัฐวุฒิ',
    lastName: 'ศรีวงศ์',
    nickname: 'ต้น',
    phone: '0944445555',
    nationalId: nationalId('870100044444'),
  },
];

let office: TestOffice;
let caseIds: number[];

beforeEach(async () => {
  office = keep(await setUpOffice(tempDir()));
  await insertReferencePlaces(officeDb(office));
  caseIds = [];
  for (const [index, person] of PEOPLE.entries()) {
    const saved = await office.ok(
      'cases.create',
      intakeSave({ ...person, birthDate: `19${70 + index}-01-15` }),
    );
    caseIds.push(saved.caseId);
  }
});

const query = (changes: Partial<CaseSearch> = {}): CaseSearch => ({
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
  ...changes,
});

async function firstNames(changes: Partial<CaseSearch>): Promise<string[]> {
  const page = await office.ok('cases.search', query(changes));
  return page.rows.map((row) => row.displayName.replace(/^นางสาว/, '').split(' ')[0]!);
}

const thai = new Intl.Collator('th');

describe('cases.search: text', () => {
  it('finds a three-character Thai fragment anywhere in a name or nickname', async () => {
    expect(await firstNames({ text: 'ศรี' })).toEqual(['ณัฐวุฒิ', 'สมชาย', 'สมศรี']);
    expect(await firstNames({ text: 'ทองด' })).toEqual(['ขวัญใจ']);
    expect(await firstNames({ text: 'เก่ง' })).toEqual(['เกษม']);
    expect(await firstNames({ text: 'สมศรี ใจดี' })).toEqual(['สมศรี']);
  });

  it('finds one or two characters as the start of a first name, last name or nickname', async () => {
    expect(await firstNames({ text: 'สม' })).toEqual(['สมชาย', 'สมศรี']);
    expect(await firstNames({ text: 'ขว' })).toEqual(['ขวัญใจ']);
    expect(await firstNames({ text: 'เ' })).toEqual(['เกษม']);
    expect(await firstNames({ text: 'ต' })).toEqual(['ณัฐวุฒิ']);
    // Inside a name is not a prefix.
    expect(await firstNames({ text: 'มศ' })).toEqual([]);
  });

  it('finds phones and national IDs however their digits are grouped, and case numbers', async () => {
    expect(await firstNames({ text: '081-234' })).toEqual(['สมศรี']);
    expect(await firstNames({ text: '+66 81 234' })).toEqual(['สมศรี']);
    expect(await firstNames({ text: '5432' })).toEqual(['สมชาย']);
    expect(await firstNames({ text: '๐๘๙ ๘๗๖' })).toEqual(['สมชาย']);
    // The admin searching here may not see national IDs, so finds nobody by one; an officer
    // does (review-cases-national-id-oracle.test.ts).
    expect(await firstNames({ text: '1-1037-00' })).toEqual([]);
    expect(await firstNames({ text: nationalId('540100022222') })).toEqual([]);
    expect(await firstNames({ text: '2569-000004' })).toEqual(['ขวัญใจ']);
  });

  it('treats FTS5 syntax as text', async () => {
    for (const text of ['"ศรี', 'ศรี" OR "ใจ', 'NEAR(ศรี)', 'ศรี*', '-ศรี', 'a:b']) {
      const result = await office.call('cases.search', query({ text }));
      expect(result, text).toMatchObject({ ok: true });
    }
    expect(textLookup('ศรี" OR "ใจ')).toEqual({
      kind: 'fts',
      match: '"ศรี""" AND """ใจ"',
    });
  });
});

describe('cases.search: rows', () => {
  it('never carries a national ID, only its last four digits', async () => {
    const page = await office.ok('cases.search', query());
    const somsri = page.rows.find((row) => row.caseId === caseIds[0]);
    expect(somsri).toEqual({
      caseId: caseIds[0],
      caseNumber: '2569-000001',
      beneficiaryId: expect.any(Number),
      displayName: 'นางสาวสมศรี ใจดี',
      nickname: 'ศรี',
      status: 'intake',
      targetGroups: ['underprivileged', 'women'],
      department: 'dwf',
      flagshipProject: 'jobs_and_income',
      provinceName: 'ขอนแก่น',
      phone: '081-234-5678',
      idLastDigits: nationalId('110370012345').slice(-4),
      intakeDate: '2026-11-26',
      mentorName: null,
    });
    const text = JSON.stringify(page);
    for (const person of PEOPLE)
      if (person.nationalId) expect(text).not.toContain(person.nationalId);
    expect(page.rows.find((row) => row.caseId === caseIds[4])?.idLastDigits).toBe('');
  });
});

describe('cases.search: filters', () => {
  it('filters by status, group, department, project, province, mentor and intake dates', async () => {
    const db = officeDb(office);
    const mentorId = await addAccount(office, MENTOR, 'mentor');
    await db
      .updateTable('cases')
      .set({ status: 'active', mentor_id: mentorId, department: 'dop' })
      .where('id', '=', caseIds[1]!)
      .execute();
    await db
      .updateTable('cases')
      .set({ status: 'closed', flagship_project: 'msdhs_next', intake_date: '2026-10-01' })
      .where('id', '=', caseIds[2]!)
      .execute();
    await db
      .insertInto('case_target_groups')
      .values({ case_id: caseIds[3]!, target_group: 'older_persons' })
      .execute();

    expect(await firstNames({ statuses: ['active', 'closed'] })).toEqual(['เกษม', 'สมชาย']);
    expect(await firstNames({ targetGroup: 'older_persons' })).toEqual(['ขวัญใจ']);
    expect(await firstNames({ department: 'dop' })).toEqual(['สมชาย']);
    expect(await firstNames({ flagshipProject: 'msdhs_next' })).toEqual(['เกษม']);
    expect(await firstNames({ provinceId: PLACES.bangkok.provinceId })).toEqual(['สมชาย']);
    expect(await firstNames({ mentorId })).toEqual(['สมชาย']);
    expect(await firstNames({ mentorId: 0 })).toHaveLength(5);
    expect(await firstNames({ intakeFrom: '2026-10-01', intakeTo: '2026-10-01' })).toEqual([
      'เกษม',
    ]);
    expect(await firstNames({ intakeFrom: '2026-10-02' })).toHaveLength(5);
    expect(await firstNames({ intakeTo: '2026-11-25' })).toEqual(['เกษม']);
    expect(await firstNames({ text: 'ศรี', statuses: ['active'] })).toEqual(['สมชาย']);
    const page = await office.ok('cases.search', query({ mentorId }));
    expect(page.rows[0]?.mentorName).toBe(MENTOR.fullName);
  });
});

describe('cases.search: order and paging', () => {
  it('sorts names in Thai order (leading vowels under their consonant)', async () => {
    const names = await firstNames({});
    expect(names).toEqual([...names].sort(thai.compare));
    expect(names).toEqual(['กมล', 'เกษม', 'ขวัญใจ', 'ณัฐวุฒิ', 'สมชาย', 'สมศรี']);
  });

  it('sorts by intake date and case number', async () => {
    await officeDb(office)
      .updateTable('cases')
      .set({ intake_date: '2026-01-05' })
      .where('id', '=', caseIds[4]!)
      .execute();
    const numbers = async (sort: CaseSearch['sort']) =>
      (await office.ok('cases.search', query({ sort }))).rows.map((row) =>
        row.caseNumber.slice(-1),
      );
    expect(await numbers('case_number')).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(await numbers('intake_oldest')).toEqual(['5', '1', '2', '3', '4', '6']);
    expect(await numbers('intake_newest')).toEqual(['6', '4', '3', '2', '1', '5']);
  });

  it('pages with offset and limit and always gives the total', async () => {
    const all = await office.ok('cases.search', query());
    const page = await office.ok('cases.search', query({ offset: 2, limit: 3 }));
    expect(page.total).toBe(6);
    expect(page.rows).toEqual(all.rows.slice(2, 5));
    expect(await office.ok('cases.search', query({ offset: 6 }))).toEqual({ rows: [], total: 6 });
  });
});

describe('cases.search: audit', () => {
  it('records the text, the filters and the total, masking what may be an ID or a phone', async () => {
    const audited = async (changes: Partial<CaseSearch>) => {
      await office.ok('cases.search', query(changes));
      const event = await officeDb(office)
        .selectFrom('audit_events')
        .selectAll()
        .where('action', '=', 'case.searched')
        .orderBy('seq', 'desc')
        .executeTakeFirstOrThrow();
      return JSON.parse(event.details ?? '{}') as Record<string, unknown>;
    };
    expect(await audited({ text: 'ศรี', department: 'dwf' })).toEqual({
      query: '•••',
      filters: ['department=dwf', 'sort=name', 'offset=0'],
      total: 3,
    });
    const id = nationalId('110370012345');
    const masked = await audited({ text: id });
    expect(masked.query).toBe(`•••••••••${id.slice(-4)}`);
    expect((await audited({ text: '081-234-5678' })).query).toBe('••••••5678');
    expect((await audited({ text: '2569-000001' })).query).toBe('••••••0001');
    expect((await audited({ text: '08123' })).query).toBe('08123');
    const log = await officeDb(office).selectFrom('audit_events').select('details').execute();
    expect(JSON.stringify(log)).not.toContain(id);
  });
});

describe('cases.search: query plans', () => {
  async function plan(
    changes: Partial<CaseSearch>,
    pagePlan: PagePlan = 'pick',
  ): Promise<{ count: string; page: string }> {
    const db = officeDb(office);
    const queries = searchQueries(db, caseSearchSchema.parse(query(changes)), pagePlan);
    const explain = async (compiled: CompiledQuery) => {
      const result = await db.executeQuery<{ detail: string }>(
        CompiledQuery.raw(`EXPLAIN QUERY PLAN ${compiled.sql}`, [...compiled.parameters]),
      );
      return result.rows.map((row) => row.detail).join('\n');
    };
    return {
      count: await explain(queries.count.compile()),
      page: await explain(queries.page.compile()),
    };
  }

  it('reads a prefix through the name indexes, not by scanning people', async () => {
    const { count, page } = await plan({ text: 'สม' });
    for (const text of [count, page]) {
      expect(text).toMatch(/INDEX beneficiaries_first_name \(first_name>\? AND first_name<\?\)/);
      expect(text).toMatch(/INDEX beneficiaries_last_name \(last_name>\? AND last_name<\?\)/);
      expect(text).toMatch(/INDEX beneficiaries_nickname \(nickname>\? AND nickname<\?\)/);
      expect(text).not.toMatch(/SCAN b\b|SCAN beneficiaries\b/);
    }
  });

  it('counts text alone in the trigram index; picks few matches through it and sorts them', async () => {
    const { count, page } = await plan({ text: 'ศรีสุข' }, 'pick');
    expect(count).toMatch(/^SCAN s VIRTUAL TABLE INDEX/);
    expect(page).toMatch(/VIRTUAL TABLE INDEX/);
    expect(page).toMatch(/SEARCH c USING INTEGER PRIMARY KEY/);
    expect(page).toMatch(/TEMP B-TREE FOR ORDER BY/);
  });

  it('walks the sort index when many cases match, checking each against the text and filters', async () => {
    const { page } = await plan({ text: 'ศรีสุข', department: 'dwf' }, 'walk');
    expect(page).toMatch(/SCAN c USING INDEX cases_by_sort_key/);
    expect(page).toMatch(/VIRTUAL TABLE INDEX/);
    expect(page).not.toMatch(/TEMP B-TREE/);
    const list = await plan({}, 'walk');
    expect(list.page).toMatch(/SCAN c USING INDEX cases_by_sort_key/);
    expect(list.page).not.toMatch(/TEMP B-TREE/);
  });

  it('counts a status within a filter from the filter index alone', async () => {
    const { count } = await plan({ department: 'dwf', statuses: ['intake', 'active'] });
    expect(count).toMatch(/COVERING INDEX cases_by_department \(department=\? AND status=\?\)/);
  });

  it('gives the same page whichever way it is read', async () => {
    const db = officeDb(office);
    const cases: Partial<CaseSearch>[] = [
      {},
      { text: 'ศรี' },
      { text: 'สม', sort: 'intake_newest' },
      { department: 'dwf', statuses: ['intake'], sort: 'case_number', offset: 1, limit: 3 },
      { targetGroup: 'women', sort: 'intake_oldest' },
    ];
    for (const changes of cases) {
      const parsed = caseSearchSchema.parse(query(changes));
      const ids = async (pagePlan: PagePlan) =>
        (await searchQueries(db, parsed, pagePlan).page.execute()).map((row) => row.id);
      expect(await ids('walk'), JSON.stringify(changes)).toEqual(await ids('pick'));
    }
  });

  it('walks when the page is reached quickly among many matches, picks otherwise', () => {
    expect(choosePagePlan(100_000, 100_000, { offset: 0, limit: 50 })).toBe('walk');
    expect(choosePagePlan(18_000, 100_000, { offset: 0, limit: 50 })).toBe('walk');
    expect(choosePagePlan(18_000, 100_000, { offset: 9_000, limit: 50 })).toBe('pick');
    expect(choosePagePlan(1_500, 100_000, { offset: 0, limit: 50 })).toBe('pick');
    expect(choosePagePlan(5, 100_000, { offset: 0, limit: 50 })).toBe('pick');
  });
});

describe('cases.mentorOptions', () => {
  it('lists active mentors in Thai order', async () => {
    await addAccount(office, { ...MENTOR, userName: 'mentor.b', fullName: 'สุดา มั่นคง' }, 'mentor');
    await addAccount(office, { ...MENTOR, userName: 'mentor.c', fullName: 'เกศินี ดีงาม' }, 'mentor');
    const options = await office.ok('cases.mentorOptions', {});
    expect(options.map((option) => option.fullName)).toEqual(['เกศินี ดีงาม', 'สุดา มั่นคง']);
  });
});
