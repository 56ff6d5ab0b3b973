import { describe, expect, it } from 'vitest';
import type { MethodInput } from '../../src/shared/contract';
import { nameKey, nameSortKey } from '../../src/main/core/cases/person-names';
import { OFFICER, useOffices } from '../support/office';
import { PLACES, auditEvents, insertTestCase, officeDb, officeWithOfficer } from '../support/cases';
import { useTempDirs } from '../support/temp-dir';

const PERSON = {
  title: 'mrs',
  titleOther: '',
  firstName: 'สมหญิง',
  lastName: 'ทดสอบ',
  nickname: 'หญิง',
  latinName: '',
  birthDate: '1980-05-01',
  sex: 'female',
} as const;

const KHON_KAEN = {
  line: '12 หมู่ 3',
  subdistrictId: PLACES.khonKaen.subdistrictId,
  postcode: PLACES.khonKaen.postcode,
};

const CONTACT = {
  phone: '081-234-5678',
  lineId: '',
  registeredAddress: KHON_KAEN,
  currentSameAsRegistered: true,
  currentAddress: { line: '', subdistrictId: null, postcode: '' },
} satisfies MethodInput<'cases.updateProfile'>['contact'];

describe('editing a case file keeps who changed what', () => {
  const tempDir = useTempDirs();
  const keep = useOffices();

  it('records one history row per changed field, a timeline line and an audit event with field names only', async () => {
    const office = keep(await officeWithOfficer(tempDir()));
    const db = officeDb(office);
    const { caseId, beneficiaryId } = await insertTestCase(db);
    const other = await insertTestCase(db, { beneficiaryId, caseNumber: '2569-000900' });

    await office.clock.advance(60_000);
    await office.ok('cases.updateProfile', {
      caseId,
      person: { ...PERSON, firstName: 'เกศินี', nickname: 'เกด' },
    });

    const history = await office.ok('cases.history', { caseId });
    expect(history.map((h) => [h.field, h.oldValue, h.newValue, h.sensitive])).toEqual([
      ['identity.firstName', 'สมหญิง', 'เกศินี', false],
      ['identity.nickname', 'หญิง', 'เกด', false],
    ]);
    expect(history[0]).toMatchObject({ changedByName: OFFICER.fullName });

    // The keys follow the name, on the person and on every case of theirs.
    const person = await db
      .selectFrom('beneficiaries')
      .selectAll()
      .where('id', '=', beneficiaryId)
      .executeTakeFirstOrThrow();
    // Computed as intake computes them (person-names.ts), so an edited person still matches.
    expect(person.name_key).toBe(nameKey('เกศินี', 'ทดสอบ'));
    expect(person.sort_key).toBe(nameSortKey('เกศินี', 'ทดสอบ'));
    expect(person.updated_at).not.toBe(person.created_at);
    const cases = await db
      .selectFrom('cases')
      .select(['id', 'sort_key'])
      .where('beneficiary_id', '=', beneficiaryId)
      .execute();
    expect(cases.map((c) => c.sort_key)).toEqual([person.sort_key, person.sort_key]);

    // Person fields show from every case of the person.
    expect((await office.ok('cases.history', { caseId: other.caseId })).length).toBe(2);

    const file = await office.ok('cases.open', { caseId });
    expect(file.timeline[0]).toMatchObject({
      kind: 'profile_edited',
      byName: OFFICER.fullName,
      detail: { fields: ['identity.firstName', 'identity.nickname'] },
    });

    const [updated] = await auditEvents(office, 'case.profile_updated');
    expect(updated?.target_id).toBe(String(caseId));
    expect(JSON.parse(updated?.details ?? '{}')).toEqual({
      fields: ['identity.firstName', 'identity.nickname'],
    });
    expect(updated?.details).not.toContain('เกศินี');
    expect((await auditEvents(office, 'case.history_viewed')).map((e) => e.target_id)).toEqual([
      String(caseId),
      String(other.caseId),
    ]);
  });

  it('a contact edit moves the province on the person and their cases; the postcode must be the subdistrict’s', async () => {
    const office = keep(await officeWithOfficer(tempDir()));
    const db = officeDb(office);
    const { caseId, beneficiaryId } = await insertTestCase(db, { place: 'khonKaen' });

    expect(
      await office.call('cases.updateProfile', {
        caseId,
        contact: { ...CONTACT, registeredAddress: { ...KHON_KAEN, postcode: '10200' } },
      }),
    ).toEqual({ ok: false, error: { code: 'VALIDATION', reason: 'postcode_not_in_subdistrict' } });
    expect(
      await office.call('cases.updateProfile', {
        caseId,
        contact: { ...CONTACT, registeredAddress: { ...KHON_KAEN, subdistrictId: 12345 } },
      }),
    ).toEqual({ ok: false, error: { code: 'VALIDATION', reason: 'subdistrict_not_found' } });

    // The subdistrict's second postcode is accepted.
    await office.ok('cases.updateProfile', {
      caseId,
      contact: {
        ...CONTACT,
        registeredAddress: { ...KHON_KAEN, postcode: PLACES.khonKaen.otherPostcode },
      },
    });
    // Moving to Bangkok, the registered address staying in Khon Kaen.
    await office.ok('cases.updateProfile', {
      caseId,
      contact: {
        ...CONTACT,
        registeredAddress: { ...KHON_KAEN, postcode: PLACES.khonKaen.otherPostcode },
        currentSameAsRegistered: false,
        currentAddress: {
          line: 'ห้อง 5',
          subdistrictId: PLACES.bangkok.subdistrictId,
          postcode: '10200',
        },
      },
    });
    const person = await db
      .selectFrom('beneficiaries')
      .select(['province_id', 'current_postcode'])
      .where('id', '=', beneficiaryId)
      .executeTakeFirstOrThrow();
    expect(person).toEqual({ province_id: PLACES.bangkok.provinceId, current_postcode: '10200' });
    const caseRow = await db
      .selectFrom('cases')
      .select('province_id')
      .where('id', '=', caseId)
      .executeTakeFirstOrThrow();
    expect(caseRow.province_id).toBe(PLACES.bangkok.provinceId);

    const history = await office.ok('cases.history', { caseId });
    expect(history.map((h) => h.field)).toEqual([
      'contact.currentSameAsRegistered',
      'contact.currentAddress.line',
      'contact.currentAddress.subdistrictId',
      'contact.currentAddress.postcode',
      'contact.registeredAddress.postcode',
      'contact.currentAddress.postcode',
    ]);
    expect(history[2]).toMatchObject({
      oldValue: String(PLACES.khonKaen.subdistrictId),
      newValue: String(PLACES.bangkok.subdistrictId),
    });
    expect((await office.ok('cases.open', { caseId })).profile.currentAddress.isBangkok).toBe(true);
  });

  it('saving without a change is refused as nothing_changed and writes nothing', async () => {
    const office = keep(await officeWithOfficer(tempDir()));
    const { caseId } = await insertTestCase(officeDb(office));
    for (const [channel, input] of [
      [
        'cases.updateProfile',
        { caseId, person: PERSON, contact: { ...CONTACT, phone: '+66812345678' } },
      ],
      ['cases.updateProfile', { caseId }],
      ['cases.updateCase', { caseId }],
      [
        'cases.updateCase',
        {
          caseId,
          programme: {
            targetGroups: ['women'],
            department: 'dep',
            flagshipProject: 'jobs_and_income',
            referralSource: 'walk_in',
            referralSourceDetail: '',
          },
        },
      ],
      ['cases.updateSensitive', { caseId, disabilityTypes: [], healthNotes: '' }],
    ] as const) {
      expect(await office.call(channel, input as never), channel).toEqual({
        ok: false,
        error: { code: 'VALIDATION', reason: 'nothing_changed' },
      });
    }
    expect(await office.ok('cases.history', { caseId })).toEqual([]);
    expect(await auditEvents(office, 'case.profile_updated')).toEqual([]);
  });

  it('case details: programme, baseline and business, each field its own row on this case', async () => {
    const office = keep(await officeWithOfficer(tempDir()));
    const db = officeDb(office);
    const { caseId, beneficiaryId } = await insertTestCase(db);
    const other = await insertTestCase(db, { beneficiaryId, caseNumber: '2569-000901' });
    await office.ok('cases.updateCase', {
      caseId,
      programme: {
        targetGroups: ['women', 'older_persons'],
        department: 'dop',
        flagshipProject: 'jobs_and_income',
        referralSource: 'walk_in',
        referralSourceDetail: '',
      },
      baseline: {
        householdSize: 5,
        monthlyIncomeSatang: 500_000,
        welfareCard: false,
        disabilityCard: false,
        caregiverName: '',
        caregiverRelation: '',
        occupation: 'ค้าขาย',
      },
    });
    const history = await office.ok('cases.history', { caseId });
    expect(history.map((h) => [h.field, h.oldValue, h.newValue])).toEqual([
      ['programme.targetGroups', 'women', 'older_persons,women'],
      ['programme.department', 'dep', 'dop'],
      ['baseline.householdSize', '4', '5'],
      ['baseline.welfareCard', 'true', 'false'],
    ]);
    const groups = await db
      .selectFrom('case_target_groups')
      .select('target_group')
      .where('case_id', '=', caseId)
      .orderBy('target_group')
      .execute();
    expect(groups.map((g) => g.target_group)).toEqual(['older_persons', 'women']);
    // Case-level changes stay on their case.
    expect(await office.ok('cases.history', { caseId: other.caseId })).toEqual([]);
    expect(JSON.parse((await auditEvents(office, 'case.updated'))[0]?.details ?? '{}')).toEqual({
      fields: history.map((h) => h.field),
    });
  });

  it('sensitive fields: the history says they changed, never what they were or became', async () => {
    const office = keep(await officeWithOfficer(tempDir()));
    const db = officeDb(office);
    const { caseId, beneficiaryId } = await insertTestCase(db, { nationalId: '3100400123456' });
    await office.ok('cases.updateSensitive', {
      caseId,
      disabilityTypes: ['physical_mobility'],
      healthNotes: 'ผ่าตัดเข่า',
    });
    await office.ok('cases.updateIdentityDocument', {
      caseId,
      document: {
        hasThaiId: true,
        nationalId: '1-5899-00123-45-3',
        otherIdDocument: null,
        otherIdNumber: '',
      },
    });
    const history = await office.ok('cases.history', { caseId });
    expect(history.map((h) => [h.field, h.oldValue, h.newValue, h.sensitive])).toEqual([
      ['identity.nationalId', null, null, true],
      ['baseline.disabilityTypes', null, null, true],
      ['baseline.healthNotes', null, null, true],
    ]);
    const rows = await db
      .selectFrom('field_changes')
      .selectAll()
      .where('beneficiary_id', '=', beneficiaryId)
      .execute();
    const stored = JSON.stringify(rows);
    for (const secret of ['3100400123456', '1589900123453', 'ผ่าตัด', 'physical_mobility'])
      expect(stored).not.toContain(secret);
    expect((await office.ok('cases.reveal', { caseId, field: 'national_id' })).nationalId).toBe(
      '1589900123453',
    );
    const audit = JSON.stringify([
      ...(await auditEvents(office, 'case.sensitive_updated')),
      ...(await auditEvents(office, 'case.identity_document_updated')),
    ]);
    expect(audit).toContain('baseline.healthNotes');
    expect(audit).not.toContain('ผ่าตัด');
    expect(audit).not.toContain('1589900123453');
  });

  it('a national ID held by someone else is a CONFLICT; switching to another document clears the ID', async () => {
    const office = keep(await officeWithOfficer(tempDir()));
    const db = officeDb(office);
    await insertTestCase(db, { nationalId: '1589900123453', firstName: 'คนอื่น' });
    const { caseId, beneficiaryId } = await insertTestCase(db, { nationalId: '3100400123456' });
    expect(
      await office.call('cases.updateIdentityDocument', {
        caseId,
        document: {
          hasThaiId: true,
          nationalId: '1589900123453',
          otherIdDocument: null,
          otherIdNumber: '',
        },
      }),
    ).toEqual({ ok: false, error: { code: 'CONFLICT', reason: 'national_id_taken' } });

    await office.ok('cases.updateIdentityDocument', {
      caseId,
      document: {
        hasThaiId: false,
        nationalId: '',
        otherIdDocument: 'passport',
        otherIdNumber: 'AA1234567',
      },
    });
    const person = await db
      .selectFrom('beneficiaries')
      .select(['has_thai_id', 'national_id', 'other_id_document', 'other_id_number'])
      .where('id', '=', beneficiaryId)
      .executeTakeFirstOrThrow();
    expect(person).toEqual({
      has_thai_id: 0,
      national_id: null,
      other_id_document: 'passport',
      other_id_number: 'AA1234567',
    });
    const history = await office.ok('cases.history', { caseId });
    expect(history.map((h) => [h.field, h.oldValue, h.newValue, h.sensitive])).toEqual([
      ['identity.hasThaiId', 'true', 'false', false],
      ['identity.nationalId', null, null, true],
      ['identity.otherIdDocument', null, 'passport', false],
      ['identity.otherIdNumber', null, null, true],
    ]);
  });

  it('a birth date in the future is refused', async () => {
    const office = keep(await officeWithOfficer(tempDir()));
    const { caseId } = await insertTestCase(officeDb(office));
    expect(
      await office.call('cases.updateProfile', {
        caseId,
        person: { ...PERSON, birthDate: '2027-01-01' },
      }),
    ).toEqual({ ok: false, error: { code: 'VALIDATION', reason: 'birth_date_in_future' } });
    expect(
      await office.call('cases.updateProfile', {
        caseId,
        person: { ...PERSON, birthDate: '1850-01-01' },
      }),
    ).toEqual({ ok: false, error: { code: 'VALIDATION', reason: 'birth_date_too_old' } });
  });
});
