import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/main/core/clock';
import { median } from '../../src/main/core/dashboard/median';
import type { Dashboard } from '../../src/shared/domain/dashboard';
import { insertTestCase, officeDb, PLACES } from '../support/cases';
import { insertMentorUser } from '../support/mentors';
import {
  addAccount,
  firstSignIn,
  MENTOR,
  OFFICER,
  setUpOffice,
  type TestOffice,
} from '../support/office';

/**
 * The dashboard of fiscal year 2569 (1 Oct 2025 – 30 Sep 2026) on a small office whose every
 * figure is known. The office's clock reads 00:30 on 1 October 2026 in Bangkok (still 30 September
 * in UTC): the current fiscal year is already 2570.
 */
const NOW = new Date('2026-09-30T17:30:00.000Z');
const AT = NOW.toISOString();

describe('dashboard', () => {
  let dir = '';
  let office: TestOffice;
  let mentorId = 0;
  let view: Dashboard;
  const ids = { a: 0, b: 0, c: 0, d: 0, e: 0, f: 0 };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kaona-test-'));
    office = await setUpOffice(dir, { clock: new ManualClock(NOW) });
    const db = officeDb(office);
    mentorId = await insertMentorUser(db, 'มาลี พี่เลี้ยง');
    const userId = (
      await db.selectFrom('users').select('id').orderBy('id').executeTakeFirstOrThrow()
    ).id;
    const make = async (
      name: string,
      fields: {
        intake: string;
        status: 'intake' | 'active' | 'mentoring' | 'graduated' | 'closed';
        department: 'dcy' | 'dwf' | 'dep' | 'dop';
        groups?: ('women' | 'older_persons' | 'persons_with_disabilities')[];
        place?: 'bangkok' | 'khonKaen';
        mentor?: boolean;
        incomeBefore?: number;
      },
    ) => {
      const { caseId } = await insertTestCase(db, {
        firstName: name,
        status: fields.status,
        targetGroups: fields.groups ?? ['women'],
        place: fields.place ?? 'khonKaen',
      });
      await db
        .updateTable('cases')
        .set({
          intake_date: fields.intake,
          department: fields.department,
          mentor_id: fields.mentor ? mentorId : null,
          monthly_income_satang: fields.incomeBefore ?? 0,
        })
        .where('id', '=', caseId)
        .execute();
      return caseId;
    };
    // The last day of fiscal year 2568 and the first of 2570 are outside 2569.
    ids.a = await make('ก่อนปี', { intake: '2025-09-30', status: 'active', department: 'dcy' });
    ids.b = await make('สองกลุ่ม', {
      intake: '2025-10-01',
      status: 'mentoring',
      department: 'dwf',
      groups: ['women', 'older_persons'],
      place: 'bangkok',
      mentor: true,
      incomeBefore: 300_000,
    });
    ids.c = await make('วันสุดท้าย', {
      intake: '2026-09-30',
      status: 'graduated',
      department: 'dwf',
      incomeBefore: 100_000,
    });
    ids.d = await make('ไตรมาสสอง', {
      intake: '2026-01-15',
      status: 'closed',
      department: 'dep',
      groups: ['persons_with_disabilities'],
      incomeBefore: 500_000,
    });
    ids.e = await make('ปีหน้า', { intake: '2026-10-01', status: 'intake', department: 'dep' });
    ids.f = await make('ไตรมาสสาม', {
      intake: '2026-04-10',
      status: 'active',
      department: 'dop',
      mentor: true,
      incomeBefore: 200_000,
    });

    const milestone = (caseId: number, kind: string, occurredOn: string) => ({
      id: `${caseId}:${kind}`,
      case_id: caseId,
      kind: kind as 'shop_opened',
      occurred_on: occurredOn,
      shop_name: '',
      shop_ref: '',
      products_count: null,
      note: '',
      revision: 1,
      recorded_at: AT,
      recorded_by: userId,
    });
    await db
      .insertInto('outcome_milestones')
      .values([
        // Case a (taken in during 2568) opened its shop in 2569: in the year, not in the cohort.
        milestone(ids.a, 'shop_opened', '2025-10-20'),
        milestone(ids.b, 'shop_opened', '2025-12-01'),
        milestone(ids.b, 'first_order', '2026-02-01'),
        // Case c (cohort 2569) opened its shop in 2570: in the cohort, not in the year.
        milestone(ids.c, 'shop_opened', '2026-10-05'),
        milestone(ids.f, 'shop_opened', '2026-05-01'),
      ])
      .execute();
    const month = (caseId: number, yearMonth: string, income: number) => ({
      id: `${caseId}:${yearMonth}`,
      case_id: caseId,
      month: yearMonth,
      orders: 1,
      sales_satang: income * 2,
      income_satang: income,
      source: 'self_reported' as const,
      evidence_attachment_id: null,
      note: '',
      revision: 1,
      recorded_at: AT,
      recorded_by: userId,
    });
    await db
      .insertInto('outcome_months')
      .values([
        month(ids.b, '2026-01', 500_000),
        // The latest month is the "after" figure.
        month(ids.b, '2026-03', 900_000),
        month(ids.c, '2026-10', 200_000),
        month(ids.d, '2026-02', 400_000),
        month(ids.f, '2026-06', 600_000),
      ])
      .execute();
    const session = (id: string, heldOn: string, corrects: string | null = null) => ({
      id,
      case_id: ids.b,
      mentor_id: mentorId,
      held_on: heldOn,
      held_time: '10:00',
      duration_minutes: 60,
      mode: 'in_person' as const,
      topics: '[]',
      summary: 'ทดสอบ',
      next_session_on: null,
      completed_action_ids: '[]',
      corrects_session_id: corrects,
      correction_note: corrects ? 'แก้วันที่' : '',
      revision: 1,
      created_at: AT,
      updated_at: AT,
      updated_by: mentorId,
    });
    await db
      .insertInto('advisory_sessions')
      .values([
        session('s-before', '2025-09-30'),
        session('s-first', '2025-10-01'),
        session('s-last', '2026-09-30'),
        session('s-after', '2026-10-01'),
        // A February session corrected to 1 March: it counts once, in March.
        session('s-wrong', '2026-02-10'),
        session('s-fixed', '2026-03-01', 's-wrong'),
      ])
      .execute();
    view = await office.ok('dashboard.get', { fiscalYear: 2569 });
  });

  afterAll(async () => {
    await office?.core.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('counts the year by its days, 1 October to 30 September, and open cases of any year', () => {
    expect(view).toMatchObject({
      fiscalYear: 2569,
      first: '2025-10-01',
      last: '2026-09-30',
      asOf: '2026-10-01',
      totals: { intake: 4, open: 4, sessions: 3 },
    });
  });

  it('counts a person in two target groups in both', () => {
    expect(view.byTargetGroup).toEqual([
      { targetGroup: 'children_youth', intake: 0, open: 0 },
      { targetGroup: 'women', intake: 3, open: 4 },
      { targetGroup: 'older_persons', intake: 1, open: 1 },
      { targetGroup: 'persons_with_disabilities', intake: 1, open: 0 },
      { targetGroup: 'underprivileged', intake: 0, open: 0 },
    ]);
  });

  it('breaks the cases down by department, project and status', () => {
    expect(view.byDepartment).toEqual([
      { department: 'dcy', intake: 0, open: 1 },
      { department: 'dop', intake: 1, open: 1 },
      { department: 'dwf', intake: 2, open: 1 },
      { department: 'dsdw', intake: 0, open: 0 },
      { department: 'dep', intake: 1, open: 1 },
    ]);
    expect(view.byFlagshipProject.find((p) => p.flagshipProject === 'jobs_and_income')).toEqual({
      flagshipProject: 'jobs_and_income',
      intake: 4,
      open: 4,
    });
    expect(view.byStatus).toEqual([
      { status: 'intake', intake: 0, all: 1 },
      { status: 'active', intake: 1, all: 2 },
      { status: 'mentoring', intake: 1, all: 1 },
      { status: 'graduated', intake: 1, all: 1 },
      { status: 'referred_out', intake: 0, all: 0 },
      { status: 'closed', intake: 1, all: 1 },
    ]);
  });

  it('ranks provinces and mentors, with the rest and the cases without one', () => {
    expect(view.byProvince).toEqual({
      top: [
        {
          provinceId: PLACES.khonKaen.provinceId,
          nameTh: 'ขอนแก่น',
          nameEn: 'Khon Kaen',
          intake: 3,
          open: 3,
        },
        {
          provinceId: PLACES.bangkok.provinceId,
          nameTh: 'กรุงเทพมหานคร',
          nameEn: 'Bangkok',
          intake: 1,
          open: 1,
        },
      ],
      other: { count: 0, intake: 0, open: 0 },
      none: { intake: 0, open: 0 },
    });
    expect(view.byMentor).toEqual({
      top: [{ mentorId, fullName: 'มาลี พี่เลี้ยง', intake: 2, open: 2 }],
      other: { count: 0, intake: 0, open: 0 },
      none: { intake: 2, open: 2 },
    });
  });

  it('gives the twelve months from October, intakes and sessions (a correction counted once)', () => {
    expect(view.months.map((m) => m.month)).toEqual([
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
    ]);
    expect(view.months.map((m) => m.intake)).toEqual([1, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 1]);
    expect(view.months.map((m) => m.sessions)).toEqual([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1]);
  });

  it('counts milestones reached in the year, whatever year the case was taken in', () => {
    expect(view.milestonesInYear).toEqual({ shop_opened: 3, products_listed: 0, first_order: 1 });
  });

  it("gives the cohort's outcomes, with medians of the same people before and after", () => {
    expect(view.cohorts).toEqual([
      {
        cohort: 'year',
        first: '2025-10-01',
        last: '2026-09-30',
        cases: 4,
        shopOpened: 3,
        firstOrder: 1,
        withIncome: 4,
        // Four people: the mean of the middle two (200,000 and 300,000; 400,000 and 600,000).
        medianIncomeBeforeSatang: 250_000,
        medianIncomeAfterSatang: 500_000,
      },
      {
        cohort: 'q1',
        first: '2025-10-01',
        last: '2025-12-31',
        cases: 1,
        shopOpened: 1,
        firstOrder: 1,
        withIncome: 1,
        medianIncomeBeforeSatang: 300_000,
        medianIncomeAfterSatang: 900_000,
      },
      {
        cohort: 'q2',
        first: '2026-01-01',
        last: '2026-03-31',
        cases: 1,
        shopOpened: 0,
        firstOrder: 0,
        withIncome: 1,
        medianIncomeBeforeSatang: 500_000,
        medianIncomeAfterSatang: 400_000,
      },
      {
        cohort: 'q3',
        first: '2026-04-01',
        last: '2026-06-30',
        cases: 1,
        shopOpened: 1,
        firstOrder: 0,
        withIncome: 1,
        medianIncomeBeforeSatang: 200_000,
        medianIncomeAfterSatang: 600_000,
      },
      {
        cohort: 'q4',
        first: '2026-07-01',
        last: '2026-09-30',
        cases: 1,
        shopOpened: 1,
        firstOrder: 0,
        withIncome: 1,
        medianIncomeBeforeSatang: 100_000,
        medianIncomeAfterSatang: 200_000,
      },
    ]);
  });

  it('holds no personal data of the people counted', () => {
    const text = JSON.stringify(view);
    for (const word of ['สองกลุ่ม', 'ทดสอบ', '0812345678', '1101']) expect(text).not.toContain(word);
  });

  it('lists the years with cases and the current one, by the Bangkok day', async () => {
    // 17:30 UTC on 30 September is 1 October in Bangkok: fiscal year 2570 has begun.
    expect(await office.ok('dashboard.fiscalYears')).toEqual({
      years: [2570, 2569, 2568],
      current: 2570,
    });
  });

  it('an empty year has zeros, no medians and twelve months', async () => {
    const empty = await office.ok('dashboard.get', { fiscalYear: 2560 });
    expect(empty.totals).toEqual({ intake: 0, open: 4, sessions: 0 });
    expect(empty.months).toHaveLength(12);
    expect(empty.cohorts[0]).toMatchObject({
      cases: 0,
      withIncome: 0,
      medianIncomeBeforeSatang: null,
      medianIncomeAfterSatang: null,
    });
  });

  it('writes one dashboard.viewed event with the year and no personal data', async () => {
    const db = officeDb(office);
    const before = await db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .executeTakeFirstOrThrow();
    await office.ok('dashboard.get', { fiscalYear: 2569 });
    const events = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('seq', '>', Number(before.seq))
      .execute();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'dashboard.viewed', outcome: 'success' });
    expect(JSON.parse(events[0]!.details!)).toEqual({ fiscalYear: 2569, intake: 4, open: 4 });
  });

  it('refuses a fiscal year out of range', async () => {
    const result = await office.call('dashboard.get', { fiscalYear: 69 });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('refuses officers and mentors (reports.read is for supervisors and admins)', async () => {
    await addAccount(office, OFFICER, 'officer');
    await addAccount(office, MENTOR, 'mentor');
    for (const person of [OFFICER, MENTOR]) {
      await office.ok('session.signOut');
      await firstSignIn(office, person);
      for (const channel of ['dashboard.get', 'dashboard.fiscalYears'] as const) {
        const result = await office.call(channel, { fiscalYear: 2569 } as never);
        expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      }
    }
  });
});

describe('median', () => {
  it('is the middle value, the mean of the middle two for an even count, null for none', () => {
    expect(median([])).toBeNull();
    expect(median([5])).toBe(5);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(3);
    expect(median([1, 2])).toBe(2);
    expect(median([100, 200, 301, 400])).toBe(251);
  });
});
