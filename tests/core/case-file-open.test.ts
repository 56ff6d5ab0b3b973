import { describe, expect, it } from 'vitest';
import { ADMIN, MENTOR, OFFICER, addAccount, firstSignIn, useOffices } from '../support/office';
import { PLACES, auditEvents, insertTestCase, officeDb, officeWithOfficer } from '../support/cases';
import { useTempDirs } from '../support/temp-dir';
import { maskNationalId, maskOtherIdNumber } from '../../src/main/core/cases/case-file-mask';

const SUPERVISOR = {
  userName: 'supervisor.b',
  password: 'Supervisor-pass-2569',
  fullName: 'บุญมี ศรีสุข',
};

describe('opening a case file', () => {
  const tempDir = useTempDirs();
  const keep = useOffices();

  it('shows the whole case on one page with sensitive fields masked, and records one case.viewed', async () => {
    const office = keep(await officeWithOfficer(tempDir()));
    const db = officeDb(office);
    const first = await insertTestCase(db, {
      place: 'bangkok',
      nationalId: '3100400123456',
      disabilityTypes: ['hearing_communication'],
      healthNotes: 'เบาหวาน ตรวจทุกเดือน',
      status: 'graduated',
      caseNumber: '2568-000007',
    });
    const current = await insertTestCase(db, {
      beneficiaryId: first.beneficiaryId,
      caseNumber: '2569-000042',
      targetGroups: ['women', 'persons_with_disabilities'],
    });
    // A mentor's account row is enough for the name on the page (their key slot is not needed).
    const { id: mentorId } = await db
      .insertInto('users')
      .values({
        user_name: 'mentor.page',
        full_name: 'Mali Mentor',
        position: '',
        role: 'mentor',
        status: 'active',
        must_change_password: 0,
        created_at: '2026-11-26T03:00:00.000Z',
        updated_at: '2026-11-26T03:00:00.000Z',
        last_sign_in_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .updateTable('cases')
      .set({ mentor_id: mentorId })
      .where('id', '=', current.caseId)
      .execute();
    // A later consent row for the same purpose is the state: photos granted, then withdrawn.
    await db
      .insertInto('consents')
      .values(
        [1, 0].map((granted, i) => ({
          beneficiary_id: first.beneficiaryId,
          purpose: 'photos' as const,
          granted: granted as 0 | 1,
          notice_version: '2569-1',
          given_by: 'self' as const,
          guardian_name: '',
          note: '',
          recorded_at: `2026-11-2${7 + i}T03:00:00.000Z`,
          recorded_by: office.officerId,
        })),
      )
      .execute();

    const before = (await auditEvents(office, 'case.viewed')).length;
    const file = await office.ok('cases.open', { caseId: current.caseId });

    expect(file.profile).toMatchObject({
      beneficiaryId: first.beneficiaryId,
      displayName: 'สมหญิง ทดสอบ',
      hasThaiId: true,
      nationalIdMasked: 'x-xxxx-xxxx3-45-6',
      registeredAddress: {
        subdistrictId: PLACES.bangkok.subdistrictId,
        subdistrictName: 'พระบรมมหาราชวัง',
        districtName: 'พระนคร',
        provinceName: 'กรุงเทพมหานคร',
        provinceId: PLACES.bangkok.provinceId,
        postcode: '10200',
        isBangkok: true,
      },
      currentSameAsRegistered: true,
      currentAddress: { isBangkok: true },
    });
    expect(file.case).toMatchObject({
      caseId: current.caseId,
      caseNumber: '2569-000042',
      status: 'intake',
      hasDisabilityTypes: false,
      hasHealthNotes: false,
      createdByName: ADMIN.fullName,
      mentorId,
      mentorName: 'Mali Mentor',
    });
    expect([...file.case.targetGroups].sort()).toEqual(['persons_with_disabilities', 'women']);
    expect(file.consents.map((c) => [c.purpose, c.granted])).toEqual([
      ['programme', true],
      ['share_lazada', false],
      ['share_volunteers', false],
      ['photos', false],
      ['referral', false],
    ]);
    expect(file.consents[3]).toMatchObject({
      since: '2026-11-28T03:00:00.000Z',
      recordedByName: OFFICER.fullName,
    });
    expect(file.otherCases).toEqual([
      {
        caseId: first.caseId,
        caseNumber: '2568-000007',
        status: 'graduated',
        intakeDate: '2026-11-26',
      },
    ]);
    expect(file.timeline).toMatchObject([{ kind: 'intake', byName: ADMIN.fullName, detail: {} }]);
    expect(file.attachments).toEqual([]);
    expect(file.canReveal).toBe(true);

    // The first case carries the sensitive baseline: masked there too.
    const old = await office.ok('cases.open', { caseId: first.caseId });
    expect(old.case).toMatchObject({ hasDisabilityTypes: true, hasHealthNotes: true });
    const page = JSON.stringify(old);
    expect(page).not.toContain('3100400123456');
    expect(page).not.toContain('เบาหวาน');
    expect(page).not.toContain('hearing_communication');

    const viewed = (await auditEvents(office, 'case.viewed')).slice(before);
    expect(viewed.map((e) => [e.target_type, e.target_id, e.actor_user_name])).toEqual([
      ['case', String(current.caseId), OFFICER.userName],
      ['case', String(first.caseId), OFFICER.userName],
    ]);
    expect(viewed[0]?.details ?? '').not.toContain('สมหญิง');
  });

  it('a Khon Kaen address is not Bangkok; a person without a Thai ID shows their other document masked', async () => {
    const office = keep(await officeWithOfficer(tempDir()));
    const { caseId } = await insertTestCase(officeDb(office), {
      place: 'khonKaen',
      nationalId: null,
      otherIdNumber: 'MM-0012345678',
    });
    const file = await office.ok('cases.open', { caseId });
    expect(file.profile).toMatchObject({
      hasThaiId: false,
      nationalIdMasked: '',
      otherIdDocument: 'pink_card',
      otherIdNumber: 'xxxxxxxxx5678',
      registeredAddress: { provinceName: 'ขอนแก่น', isBangkok: false },
    });
    expect(await office.ok('cases.reveal', { caseId, field: 'national_id' })).toMatchObject({
      nationalId: 'MM-0012345678',
    });
  });

  it('an unknown case is NOT_FOUND and is not recorded as viewed', async () => {
    const office = keep(await officeWithOfficer(tempDir()));
    const before = (await auditEvents(office, 'case.viewed')).length;
    expect(await office.call('cases.open', { caseId: 999 })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'case_not_found' },
    });
    expect((await auditEvents(office, 'case.viewed')).length).toBe(before);
  });

  it('reveal returns one field and records which field was shown', async () => {
    const office = keep(await officeWithOfficer(tempDir()));
    const { caseId } = await insertTestCase(officeDb(office), {
      nationalId: '3100400123456',
      disabilityTypes: ['visual', 'learning'],
      healthNotes: 'ความดันสูง',
    });
    expect(await office.ok('cases.reveal', { caseId, field: 'national_id' })).toEqual({
      field: 'national_id',
      nationalId: '3100400123456',
      disabilityTypes: [],
      healthNotes: '',
    });
    expect(await office.ok('cases.reveal', { caseId, field: 'disability' })).toMatchObject({
      disabilityTypes: ['visual', 'learning'],
      nationalId: '',
      healthNotes: '',
    });
    expect(await office.ok('cases.reveal', { caseId, field: 'health_notes' })).toMatchObject({
      healthNotes: 'ความดันสูง',
      nationalId: '',
    });
    const revealed = await auditEvents(office, 'case.sensitive_revealed');
    expect(revealed.map((e) => [e.target_id, JSON.parse(e.details ?? '{}').field])).toEqual([
      [String(caseId), 'national_id'],
      [String(caseId), 'disability'],
      [String(caseId), 'health_notes'],
    ]);
    for (const event of revealed) {
      expect(event.details).not.toContain('3100400123456');
      expect(event.details).not.toContain('ความดัน');
    }
  });
});

describe('who may do what on the case page', () => {
  const tempDir = useTempDirs();
  const keep = useOffices();

  it('admin reads but may not reveal or edit sensitive data; supervisor may; a mentor reaches nothing', async () => {
    const office = keep(await officeWithOfficer(tempDir()));
    const { caseId, beneficiaryId } = await insertTestCase(officeDb(office), {
      nationalId: '3100400123456',
    });
    const sensitive = { caseId, disabilityTypes: ['visual' as const], healthNotes: '' };
    const forbidden = { ok: false, error: { code: 'FORBIDDEN' } };

    // The officer (signed in by the fixture) may.
    expect((await office.call('cases.reveal', { caseId, field: 'national_id' })).ok).toBe(true);
    await office.ok('cases.updateSensitive', sensitive);

    await addAccountAs(office, ADMIN, SUPERVISOR, 'supervisor');
    await addAccountAs(office, ADMIN, MENTOR, 'mentor');

    await office.ok('session.signOut');
    await office.ok('session.signIn', { userName: ADMIN.userName, password: ADMIN.password });
    const asAdmin = await office.ok('cases.open', { caseId });
    expect(asAdmin.canReveal).toBe(false);
    expect(asAdmin.profile.nationalIdMasked).toBe('x-xxxx-xxxx3-45-6');
    expect(await office.call('cases.reveal', { caseId, field: 'national_id' })).toEqual(forbidden);
    expect(await office.call('cases.updateSensitive', sensitive)).toEqual(forbidden);
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
    ).toEqual(forbidden);
    expect((await office.call('cases.history', { caseId })).ok).toBe(true);

    await office.ok('session.signOut');
    await firstSignIn(office, SUPERVISOR);
    expect((await office.ok('cases.open', { caseId })).canReveal).toBe(true);
    expect((await office.call('cases.reveal', { caseId, field: 'health_notes' })).ok).toBe(true);
    await office.ok('cases.updateSensitive', { ...sensitive, healthNotes: 'ต้องใช้รถเข็น' });

    await office.ok('session.signOut');
    await firstSignIn(office, MENTOR);
    for (const [channel, input] of [
      ['cases.open', { caseId }],
      ['cases.reveal', { caseId, field: 'national_id' }],
      ['cases.history', { caseId }],
      ['cases.consentHistory', { beneficiaryId }],
      ['cases.changeStatus', { caseId, to: 'active', reason: '' }],
      ['cases.openAttachment', { attachmentId: 1 }],
      ['drafts.get', { kind: 'intake' }],
    ] as const) {
      expect(await office.call(channel, input as never), channel).toEqual(forbidden);
    }
  });
});

/** Adds an account while `admin` is signed in for it, then signs the admin out again. */
async function addAccountAs(
  office: Awaited<ReturnType<typeof officeWithOfficer>>,
  admin: typeof ADMIN,
  person: { userName: string; password: string; fullName: string },
  role: 'supervisor' | 'mentor',
): Promise<void> {
  await office.ok('session.signOut');
  await office.ok('session.signIn', { userName: admin.userName, password: admin.password });
  await addAccount(office, person, role);
}

describe('masking', () => {
  it('keeps the last four digits of a national ID in the card grouping', () => {
    expect(maskNationalId('1101700207030')).toBe('x-xxxx-xxxx7-03-0');
    expect(maskNationalId(null)).toBe('');
    expect(maskOtherIdNumber('AB123')).toBe('xxxxx');
    expect(maskOtherIdNumber('P1234567')).toBe('xxxx4567');
  });
});
