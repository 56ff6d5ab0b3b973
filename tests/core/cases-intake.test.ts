import { sql } from 'kysely';
import { beforeEach, describe, expect, it } from 'vitest';
import { intakeSaveSchema } from '../../src/shared/domain/cases';
import type { SignedInCall } from '../../src/main/core/call/call-context';
import { createIntake } from '../../src/main/core/cases/case-intake-service';
import { nameKey, nameSortKey } from '../../src/main/core/cases/person-names';
import {
  caseTableCounts,
  insertReferencePlaces,
  intakeInput,
  intakeSave,
  nationalId,
  officeDb,
  PLACES,
} from '../support/intake-fixtures';
import { setUpOffice, useOffices, type TestOffice } from '../support/office';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const keep = useOffices();

let office: TestOffice;
beforeEach(async () => {
  office = keep(await setUpOffice(tempDir()));
  await insertReferencePlaces(officeDb(office));
});

/** The service with a clock of its own: the office's manual clock only moves forward in steps. */
function callAt(instant: string): SignedInCall {
  const call = office.core.sessions.signedInCall();
  return { ...call, clock: { ...call.clock, now: () => new Date(instant) } };
}

async function lastAudit(action: string) {
  return officeDb(office)
    .selectFrom('audit_events')
    .selectAll()
    .where('action', '=', action)
    .orderBy('seq', 'desc')
    .executeTakeFirst();
}

describe('cases.create', () => {
  it('saves the person, the case, groups, consents, the intake entry and one audit event', async () => {
    const saved = await office.ok('cases.create', intakeSave());
    // TEST_START is 26 Nov 2026 in Bangkok: พ.ศ. 2569.
    expect(saved.caseNumber).toBe('2569-000001');
    const db = officeDb(office);
    const person = await db
      .selectFrom('beneficiaries')
      .selectAll()
      .where('id', '=', saved.beneficiaryId)
      .executeTakeFirstOrThrow();
    expect(person).toMatchObject({
      first_name: 'สมศรี',
      national_id: nationalId('110370012345'),
      has_thai_id: 1,
      phone: '+66812345678',
      province_id: PLACES.khonKaen.provinceId,
      current_subdistrict_id: PLACES.khonKaen.subdistrictId,
      name_key: nameKey('สมศรี', 'ใจดี'),
      sort_key: nameSortKey('สมศรี', 'ใจดี'),
    });
    const theCase = await db
      .selectFrom('cases')
      .selectAll()
      .where('id', '=', saved.caseId)
      .executeTakeFirstOrThrow();
    expect(theCase).toMatchObject({
      status: 'intake',
      intake_date: '2026-11-26',
      sort_key: person.sort_key,
      province_id: PLACES.khonKaen.provinceId,
      department: 'dwf',
      monthly_income_satang: 850_000,
    });
    const groups = await db.selectFrom('case_target_groups').select('target_group').execute();
    expect(groups.map((g) => g.target_group).sort()).toEqual(['underprivileged', 'women']);
    const consents = await db.selectFrom('consents').selectAll().orderBy('id').execute();
    expect(consents.map((c) => [c.purpose, c.granted, c.notice_version, c.given_by])).toEqual([
      ['programme', 1, '2569-2', 'self'],
      ['share_lazada', 1, '2569-2', 'self'],
      ['share_volunteers', 1, '2569-2', 'self'],
      ['photos', 0, '2569-2', 'self'],
      ['referral', 1, '2569-2', 'self'],
    ]);
    const events = await db.selectFrom('case_events').selectAll().execute();
    expect(events.map((e) => [e.case_id, e.kind])).toEqual([[saved.caseId, 'intake']]);
    const audit = await lastAudit('case.created');
    expect(audit).toMatchObject({ target_type: 'case', target_id: String(saved.caseId) });
    expect(audit?.details).not.toContain('สมศรี');
  });

  it('records a guardian and a person without a Thai ID', async () => {
    const input = intakeInput({ hasThaiId: false });
    input.consents.givenBy = 'guardian';
    input.consents.guardianName = 'สมปอง ใจดี';
    const saved = await office.ok('cases.create', { intake: input, reviewedDuplicates: [] });
    const db = officeDb(office);
    const person = await db
      .selectFrom('beneficiaries')
      .select(['national_id', 'has_thai_id', 'other_id_document'])
      .where('id', '=', saved.beneficiaryId)
      .executeTakeFirstOrThrow();
    expect(person).toEqual({ national_id: null, has_thai_id: 0, other_id_document: 'pink_card' });
    const consents = await db
      .selectFrom('consents')
      .select(['given_by', 'guardian_name'])
      .execute();
    expect(new Set(consents.map((c) => `${c.given_by}:${c.guardian_name}`))).toEqual(
      new Set(['guardian:สมปอง ใจดี']),
    );
  });

  it('numbers cases per Buddhist-era year of the intake day in Bangkok', async () => {
    const save = (instant: string, id: string, first: string) =>
      createIntake(
        callAt(instant),
        intakeSaveSchema.parse(intakeSave({ nationalId: nationalId(id), firstName: first })),
      );
    expect((await save('2026-11-26T03:00:00Z', '110370000001', 'ก')).caseNumber).toBe(
      '2569-000001',
    );
    expect((await save('2026-12-31T16:59:00Z', '110370000002', 'ข')).caseNumber).toBe(
      '2569-000002',
    );
    // 17:00 UTC on 31 December is midnight in Bangkok: a new year, a new count.
    expect((await save('2026-12-31T17:00:00Z', '110370000003', 'ค')).caseNumber).toBe(
      '2570-000001',
    );
    expect((await save('2027-01-02T03:00:00Z', '110370000004', 'ง')).caseNumber).toBe(
      '2570-000002',
    );
    const counters = await officeDb(office)
      .selectFrom('case_number_counters')
      .selectAll()
      .orderBy('buddhist_year')
      .execute();
    expect(counters).toEqual([
      { buddhist_year: 2569, last_number: 2 },
      { buddhist_year: 2570, last_number: 2 },
    ]);
  });

  it('is all or nothing: a failure late in the save leaves no rows and gives its number back', async () => {
    const db = officeDb(office);
    const before = await caseTableCounts(db);
    const auditBefore = await db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    // The timeline entry is written after the case number, the person and the case.
    await sql`CREATE TRIGGER fail_intake BEFORE INSERT ON case_events
      BEGIN SELECT RAISE(ABORT, 'disk trouble'); END`.execute(db);
    expect(await office.call('cases.create', intakeSave())).toEqual({
      ok: false,
      error: { code: 'INTERNAL' },
    });
    expect(await caseTableCounts(db)).toEqual(before);
    const auditAfter = await db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(auditAfter.n).toBe(auditBefore.n);
    const search = await db
      .selectFrom('case_search' as never)
      .selectAll()
      .execute();
    expect(search).toEqual([]);

    await sql`DROP TRIGGER fail_intake`.execute(db);
    expect((await office.ok('cases.create', intakeSave())).caseNumber).toBe('2569-000001');
  });

  it('refuses a national ID that is already registered', async () => {
    await office.ok('cases.create', intakeSave());
    const again = intakeSave({ firstName: 'มาลี', lastName: 'ทองดี', birthDate: '1980-01-01' });
    expect(await office.call('cases.create', again)).toEqual({
      ok: false,
      error: { code: 'CONFLICT', reason: 'national_id_taken' },
    });
  });

  describe('bad input gets a reason and saves nothing', () => {
    const cases: [string, Parameters<typeof intakeSave>[0], unknown][] = [
      [
        'a national ID with a wrong check digit',
        {
          nationalId: nationalId('110370012345').replace(/.$/, (d) => String((Number(d) + 1) % 10)),
        },
        { path: ['intake', 'identity', 'nationalId'] },
      ],
      ['12 digits', { nationalId: '110370012345' }, { path: ['intake', 'identity', 'nationalId'] }],
      [
        '14 digits',
        { nationalId: `${nationalId('110370012345')}0` },
        { path: ['intake', 'identity', 'nationalId'] },
      ],
      [
        'letters in the national ID',
        { nationalId: '11037001234O5' },
        { path: ['intake', 'identity', 'nationalId'] },
      ],
      ['letters in the phone', { phone: '081-234-567x' }, { path: ['intake', 'contact', 'phone'] }],
      [
        'a 5,000-character name',
        { firstName: 'ก'.repeat(5000) },
        { path: ['intake', 'identity', 'firstName'] },
      ],
      [
        'a zero-width space in a name',
        { firstName: 'สม\u200Bศรี' },
        { path: ['intake', 'identity', 'firstName'] },
      ],
      [
        'a bidi override in a name',
        { lastName: '\u202Eใจดี' },
        { path: ['intake', 'identity', 'lastName'] },
      ],
    ];
    for (const [label, person, issue] of cases) {
      it(label, async () => {
        const before = await caseTableCounts(officeDb(office));
        const result = await office.call('cases.create', intakeSave(person));
        expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
        const issues = (result as { error: { issues: unknown[] } }).error.issues;
        expect(issues).toContainEqual(expect.objectContaining(issue as object));
        expect(await caseTableCounts(officeDb(office))).toEqual(before);
      });
    }

    const reasons: [string, Parameters<typeof intakeSave>[0], string][] = [
      ['a birth date in the future', { birthDate: '2026-11-27' }, 'birth_date_in_future'],
      [
        'a ค.ศ. year typed as a พ.ศ. one (born 1447)',
        { birthDate: '1447-05-08' },
        'birth_date_too_old',
      ],
      ['a postcode of another subdistrict', { postcode: '10200' }, 'postcode_not_in_subdistrict'],
    ];
    for (const [label, person, reason] of reasons) {
      it(label, async () => {
        const before = await caseTableCounts(officeDb(office));
        expect(await office.call('cases.create', intakeSave(person))).toEqual({
          ok: false,
          error: { code: 'VALIDATION', reason },
        });
        expect(await caseTableCounts(officeDb(office))).toEqual(before);
      });
    }

    it('a subdistrict that is not in the reference data', async () => {
      const input = intakeInput();
      input.contact.registeredAddress.subdistrictId = 999999;
      expect(await office.call('cases.create', { intake: input, reviewedDuplicates: [] })).toEqual({
        ok: false,
        error: { code: 'VALIDATION', reason: 'subdistrict_not_found' },
      });
    });

    it('checks the current address when it is not the registered one', async () => {
      const input = intakeInput();
      input.contact.currentSameAsRegistered = false;
      input.contact.currentAddress = {
        line: 'ห้อง 5',
        subdistrictId: PLACES.bangkok.subdistrictId,
        postcode: '40000',
      };
      expect(await office.call('cases.create', { intake: input, reviewedDuplicates: [] })).toEqual({
        ok: false,
        error: { code: 'VALIDATION', reason: 'postcode_not_in_subdistrict' },
      });
      input.contact.currentAddress.postcode = '10200';
      const saved = await office.ok('cases.create', { intake: input, reviewedDuplicates: [] });
      const row = await officeDb(office)
        .selectFrom('cases')
        .select('province_id')
        .where('id', '=', saved.caseId)
        .executeTakeFirstOrThrow();
      expect(row.province_id).toBe(PLACES.bangkok.provinceId);
    });

    it('keeps HTML and script as plain text', async () => {
      const script = '<script>alert("x")</script>';
      const input = intakeInput({ firstName: '<b>สมศรี</b>', nickname: script });
      input.business.goals = `<img src=x onerror=alert(1)> ${script}`;
      const saved = await office.ok('cases.create', { intake: input, reviewedDuplicates: [] });
      const db = officeDb(office);
      const person = await db
        .selectFrom('beneficiaries')
        .select(['first_name', 'nickname'])
        .where('id', '=', saved.beneficiaryId)
        .executeTakeFirstOrThrow();
      expect(person).toEqual({ first_name: '<b>สมศรี</b>', nickname: script });
      const row = await db
        .selectFrom('cases')
        .select('goals')
        .where('id', '=', saved.caseId)
        .executeTakeFirstOrThrow();
      expect(row.goals).toBe(input.business.goals);
    });
  });
});

describe('cases.createForPerson', () => {
  const sections = () => {
    const { programme, baseline, business } = intakeInput();
    return { programme, baseline, business };
  };

  it('waits until the earlier case is final, then opens the next number', async () => {
    const first = await office.ok('cases.create', intakeSave());
    expect(
      await office.call('cases.createForPerson', {
        beneficiaryId: first.beneficiaryId,
        ...sections(),
      }),
    ).toEqual({ ok: false, error: { code: 'CONFLICT', reason: 'open_case_exists' } });

    await officeDb(office)
      .updateTable('cases')
      .set({ status: 'graduated' })
      .where('id', '=', first.caseId)
      .execute();
    const next = await office.ok('cases.createForPerson', {
      beneficiaryId: first.beneficiaryId,
      ...sections(),
    });
    expect(next).toEqual({
      caseId: expect.any(Number),
      caseNumber: '2569-000002',
      beneficiaryId: first.beneficiaryId,
    });
    const copied = await officeDb(office)
      .selectFrom('cases')
      .select(['sort_key', 'province_id', 'status'])
      .where('id', '=', next.caseId)
      .executeTakeFirstOrThrow();
    expect(copied).toEqual({
      sort_key: nameSortKey('สมศรี', 'ใจดี'),
      province_id: PLACES.khonKaen.provinceId,
      status: 'intake',
    });
    expect(await lastAudit('case.created')).toMatchObject({ target_id: String(next.caseId) });
  });

  it('answers NOT_FOUND for someone not registered', async () => {
    expect(
      await office.call('cases.createForPerson', { beneficiaryId: 4242, ...sections() }),
    ).toEqual({ ok: false, error: { code: 'NOT_FOUND', reason: 'beneficiary_not_found' } });
  });
});
