import { beforeEach, describe, expect, it } from 'vitest';
import {
  insertReferencePlaces,
  intakeSave,
  nationalId,
  officeDb,
} from '../support/intake-fixtures';
import { setUpOffice, useOffices, type TestOffice } from '../support/office';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const keep = useOffices();

let office: TestOffice;
let somsri: { caseId: number; caseNumber: string; beneficiaryId: number };
const SOMSRI_ID = nationalId('110370012345');

beforeEach(async () => {
  office = keep(await setUpOffice(tempDir()));
  await insertReferencePlaces(officeDb(office));
  // นางสาวสมศรี ใจดี, born 8 May 1990, 081-234-5678.
  somsri = await office.ok('cases.create', intakeSave());
});

const probe = (
  changes: Partial<Record<'nationalId' | 'firstName' | 'lastName' | 'birthDate' | 'phone', string>>,
) => ({
  nationalId: '',
  firstName: 'สมศรี',
  lastName: 'ใจดี',
  birthDate: '1990-05-08',
  phone: '',
  ...changes,
});

describe('cases.checkDuplicates', () => {
  it('finds the person holding the same national ID, without showing the ID', async () => {
    const report = await office.ok(
      'cases.checkDuplicates',
      probe({ nationalId: SOMSRI_ID.replace(/^(\d)(\d{4})/, '$1-$2-'), firstName: 'มาลี' }),
    );
    expect(report.sameNationalId).toEqual({
      beneficiaryId: somsri.beneficiaryId,
      displayName: 'นางสาวสมศรี ใจดี',
      nickname: 'ศรี',
      birthDate: '1990-05-08',
      phone: '081-234-5678',
      idLastDigits: SOMSRI_ID.slice(-4),
      provinceName: 'ขอนแก่น',
      matchedOn: ['national_id'],
      cases: [
        {
          caseId: somsri.caseId,
          caseNumber: '2569-000001',
          status: 'intake',
          intakeDate: '2026-11-26',
        },
      ],
    });
    expect(report.similar).toEqual([]);
    expect(JSON.stringify(report)).not.toContain(SOMSRI_ID);
  });

  it('warns of a similar name with the same birth date or phone, titles, tone marks and spaces aside', async () => {
    const similar = async (changes: Parameters<typeof probe>[0]) =>
      (await office.ok('cases.checkDuplicates', probe(changes))).similar.map((c) => [
        c.beneficiaryId,
        c.matchedOn,
      ]);
    expect(await similar({})).toEqual([[somsri.beneficiaryId, ['name_and_birth_date']]]);
    expect(await similar({ firstName: 'นางสาว สมศรี' })).toEqual([
      [somsri.beneficiaryId, ['name_and_birth_date']],
    ]);
    expect(await similar({ firstName: 'น.ส.สม ศรี', lastName: 'ใจดี้' })).toEqual([
      [somsri.beneficiaryId, ['name_and_birth_date']],
    ]);
    expect(await similar({ birthDate: '1991-01-01', phone: '+66 81 234 5678' })).toEqual([
      [somsri.beneficiaryId, ['name_and_phone']],
    ]);
    expect(await similar({ phone: '0812345678' })).toEqual([
      [somsri.beneficiaryId, ['name_and_birth_date', 'name_and_phone']],
    ]);
    // Same name only, or same birth date and phone under another name: not a warning.
    expect(await similar({ birthDate: '1991-01-01' })).toEqual([]);
    expect(await similar({ firstName: 'มาลี', phone: '0812345678' })).toEqual([]);
    // Half-typed input is compared as far as it goes.
    expect(await similar({ nationalId: '1103', phone: '08' })).toEqual([
      [somsri.beneficiaryId, ['name_and_birth_date']],
    ]);
  });

  it('audits the check with counts and the number masked to its last four digits', async () => {
    await office.ok('cases.checkDuplicates', probe({ nationalId: SOMSRI_ID }));
    const event = await officeDb(office)
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'case.duplicates_checked')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(event.details ?? '{}')).toEqual({
      sameNationalId: true,
      nationalId: `•••••••••${SOMSRI_ID.slice(-4)}`,
      similar: 0,
    });
  });
});

describe('saving past a duplicate warning', () => {
  const lookAlike = () =>
    intakeSave({ nationalId: nationalId('310100099999'), nickname: 'หญิง', phone: '0899999999' });

  it('is refused until the clerk has judged each look-alike, and the decision is kept', async () => {
    expect(await office.call('cases.create', lookAlike())).toEqual({
      ok: false,
      error: { code: 'CONFLICT', reason: 'possible_duplicate' },
    });
    const saved = await office.ok('cases.create', {
      ...lookAlike(),
      reviewedDuplicates: [somsri.beneficiaryId],
    });
    expect(saved.caseNumber).toBe('2569-000002');
    const db = officeDb(office);
    expect(
      await db
        .selectFrom('duplicate_reviews')
        .select(['beneficiary_id', 'resembled_id', 'matched_on', 'decision', 'decided_by'])
        .execute(),
    ).toEqual([
      {
        beneficiary_id: saved.beneficiaryId,
        resembled_id: somsri.beneficiaryId,
        matched_on: 'name_and_birth_date',
        decision: 'different_person',
        decided_by: office.core.sessions.signedInCall().user.id,
      },
    ]);
    const events = await db
      .selectFrom('case_events')
      .select(['kind', 'detail'])
      .where('case_id', '=', saved.caseId)
      .orderBy('id')
      .execute();
    expect(events.map((e) => e.kind)).toEqual(['intake', 'duplicate_reviewed']);
    expect(JSON.parse(events[1]!.detail)).toEqual({
      resembledId: String(somsri.beneficiaryId),
      matchedOn: ['name_and_birth_date'],
    });
    const audit = await db
      .selectFrom('audit_events')
      .select(['action', 'target_id', 'details'])
      .where('action', 'in', ['case.duplicate_reviewed', 'case.created'])
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'case.created',
      'case.duplicate_reviewed',
      'case.created',
    ]);
    expect(JSON.parse(audit[1]!.details ?? '{}')).toEqual({
      resembledId: somsri.beneficiaryId,
      matchedOn: ['name_and_birth_date'],
    });
  });

  it('does not let a review of someone else stand in for the real look-alike', async () => {
    expect(
      await office.call('cases.create', { ...lookAlike(), reviewedDuplicates: [9999] }),
    ).toEqual({ ok: false, error: { code: 'CONFLICT', reason: 'possible_duplicate' } });
  });
});
