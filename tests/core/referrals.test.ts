import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../src/shared/contract';
import {
  REFERRAL_STATUSES,
  REFERRAL_TRANSITIONS,
  type ReferralCreate,
} from '../../src/shared/domain/documents';
import { ManualClock } from '../../src/main/core/clock';
import { createReferral } from '../../src/main/core/referrals/referrals-service';
import { listReferrals } from '../../src/main/core/referrals/referrals-search';
import { createDispatcher } from '../../src/main/ipc/dispatch';
import { OFFICER, type TestOffice } from '../support/office';
import { auditEvents, insertTestCase, officeDb, officeWithOfficer } from '../support/cases';

/** The test offices' clock starts at TEST_START, 2026-11-26 10:00 in Bangkok. */
const TODAY = '2026-11-26';

describe('referrals', () => {
  let dir = '';
  let office: TestOffice & { officerId: number };
  let agencyId = 0;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kaona-test-'));
    office = await officeWithOfficer(dir);
    const agency = await office.ok('referrals.saveAgency', {
      name: 'ศูนย์พัฒนาฝีมือแรงงานจังหวัดขอนแก่น',
      addressee: 'ผู้อำนวยการศูนย์พัฒนาฝีมือแรงงานจังหวัดขอนแก่น',
      addressLines: 'ถนนมิตรภาพ\nอำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000',
      phone: '043-123456',
      email: '',
      contactPerson: '',
      active: true,
      version: 0,
    });
    agencyId = agency.agencyId;
  });
  afterAll(async () => {
    await office?.core.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  function input(caseId: number, overrides: Partial<ReferralCreate> = {}): ReferralCreate {
    return {
      caseId,
      agencyId,
      addressee: 'ผู้อำนวยการศูนย์พัฒนาฝีมือแรงงานจังหวัดขอนแก่น',
      reason: 'ต้องการฝึกทักษะการถ่ายภาพสินค้า',
      requestedService: 'ขอให้รับเข้าอบรมหลักสูตรการขายออนไลน์',
      enclosures: ['สำเนาบัตรประชาชน'],
      references: [],
      contactPerson: 'อนันต์ ทองดี โทร 043-000000',
      details: ['address', 'phone'],
      ...overrides,
    };
  }

  /** The fields of an update: a create's input without the case. */
  function fields(overrides: Partial<ReferralCreate> = {}) {
    const rest: Partial<ReferralCreate> = { ...input(0, overrides) };
    delete rest.caseId;
    return rest as Omit<ReferralCreate, 'caseId'>;
  }

  async function consentingCase(firstName = 'สมหญิง') {
    return insertTestCase(officeDb(office), { granted: ['referral'], firstName, status: 'active' });
  }

  /** Sending is issuing the letter (another branch): the tests put a referral in `sent` by SQL. */
  async function markSentBySql(referralId: number, sentOn: string) {
    await officeDb(office)
      .updateTable('referrals')
      .set((eb) => ({ status: 'sent', sent_on: sentOn, version: eb('version', '+', 1) }))
      .where('id', '=', referralId)
      .execute();
  }

  it('creates a draft: history, timeline line and audit event with ids and codes only', async () => {
    const { caseId } = await consentingCase();
    const referral = await office.ok('referrals.create', input(caseId));
    expect(referral).toMatchObject({
      caseId,
      agencyId,
      agencyName: 'ศูนย์พัฒนาฝีมือแรงงานจังหวัดขอนแก่น',
      personName: 'นางสมหญิง ทดสอบ',
      status: 'draft',
      sentOn: null,
      overdue: false,
      daysWaiting: null,
      letterNumber: null,
      version: 1,
      enclosures: ['สำเนาบัตรประชาชน'],
      details: ['address', 'phone'],
      consentGiven: true,
      history: [{ status: 'draft', on: TODAY, note: '', byDisplayName: OFFICER.fullName }],
    });
    const file = await office.ok('cases.open', { caseId });
    expect(file.timeline[0]).toMatchObject({
      kind: 'referral_created',
      detail: { referralId: String(referral.referralId), agencyId: String(agencyId) },
    });
    const [event] = (await auditEvents(office, 'referral.created')).slice(-1);
    expect(JSON.parse(event!.details ?? '{}')).toEqual({
      referralId: referral.referralId,
      agencyId,
      details: ['address', 'phone'],
    });
    expect(JSON.stringify(event)).not.toContain('ถ่ายภาพ');
  });

  it('refuses without the referral consent, writes nothing but a denied audit event', async () => {
    const { caseId } = await insertTestCase(officeDb(office), { status: 'active' });
    const before = await auditEvents(office, 'referral.refused');
    expect(await office.call('referrals.create', input(caseId))).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'referral_no_consent' },
    });
    const rows = await officeDb(office)
      .selectFrom('referrals')
      .select('id')
      .where('case_id', '=', caseId)
      .execute();
    expect(rows).toEqual([]);
    const refused = (await auditEvents(office, 'referral.refused')).slice(before.length);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ outcome: 'denied', target_type: 'case' });
    expect(JSON.parse(refused[0]!.details ?? '{}')).toEqual({
      caseId,
      reason: 'referral_no_consent',
    });
    expect(await auditEvents(office, 'referral.created')).not.toContainEqual(
      expect.objectContaining({ target_id: String(caseId) }),
    );
  });

  it('refuses a final case, and an unknown or retired agency', async () => {
    const closed = await insertTestCase(officeDb(office), {
      granted: ['referral'],
      status: 'closed',
    });
    expect(await office.call('referrals.create', input(closed.caseId))).toEqual({
      ok: false,
      error: { code: 'CONFLICT', reason: 'referral_case_closed' },
    });
    const { caseId } = await consentingCase();
    expect(await office.call('referrals.create', input(caseId, { agencyId: 999_999 }))).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'agency_not_found' },
    });
    const retired = await office.ok('referrals.saveAgency', {
      name: 'หน่วยงานที่เลิกใช้',
      addressee: 'ผู้อำนวยการ',
      addressLines: '',
      phone: '',
      email: '',
      contactPerson: '',
      active: false,
      version: 0,
    });
    expect(
      await office.call('referrals.create', input(caseId, { agencyId: retired.agencyId })),
    ).toEqual({ ok: false, error: { code: 'CONFLICT', reason: 'agency_inactive' } });
  });

  it('a consent withdrawn after the draft was made blocks its update (refusal audited)', async () => {
    const { caseId } = await consentingCase();
    const referral = await office.ok('referrals.create', input(caseId));
    await office.ok('cases.changeConsent', {
      caseId,
      purpose: 'referral',
      granted: false,
      noticeVersion: '2569-2',
      givenBy: 'self',
      guardianName: '',
      note: '',
    });
    expect(
      await office.call('referrals.update', {
        referralId: referral.referralId,
        version: referral.version,
        ...fields({ reason: 'เหตุผลใหม่' }),
      }),
    ).toEqual({ ok: false, error: { code: 'FORBIDDEN', reason: 'referral_no_consent' } });
    const got = await office.ok('referrals.get', { referralId: referral.referralId });
    expect(got).toMatchObject({ reason: input(caseId).reason, consentGiven: false, version: 1 });
    const [refused] = (await auditEvents(office, 'referral.refused')).slice(-1);
    expect(JSON.parse(refused!.details ?? '{}')).toEqual({
      caseId,
      referralId: referral.referralId,
      reason: 'referral_no_consent',
    });
  });

  it('updates a draft with its version; a stale version and a sent referral are refused', async () => {
    const { caseId } = await consentingCase();
    const referral = await office.ok('referrals.create', input(caseId));
    const changed = fields({ references: ['หนังสือที่ พม ๐๕๐๖/๑'] });
    const updated = await office.ok('referrals.update', {
      referralId: referral.referralId,
      version: 1,
      ...changed,
    });
    expect(updated).toMatchObject({ version: 2, references: ['หนังสือที่ พม ๐๕๐๖/๑'] });
    expect(
      await office.call('referrals.update', {
        referralId: referral.referralId,
        version: 1,
        ...changed,
      }),
    ).toEqual({ ok: false, error: { code: 'CONFLICT', reason: 'stale_version' } });
    await markSentBySql(referral.referralId, TODAY);
    expect(
      await office.call('referrals.update', {
        referralId: referral.referralId,
        version: 3,
        ...changed,
      }),
    ).toEqual({ ok: false, error: { code: 'CONFLICT', reason: 'referral_not_draft' } });
    const [event] = (await auditEvents(office, 'referral.updated')).slice(-1);
    expect(JSON.parse(event!.details ?? '{}')).toMatchObject({ referralId: referral.referralId });
  });

  it('moves only along REFERRAL_TRANSITIONS', async () => {
    const { caseId } = await consentingCase();
    // Every status the contract lets a caller ask for, from every status a referral can be in.
    const asked = contract['referrals.setStatus'].input.shape.status.options;
    for (const from of REFERRAL_STATUSES) {
      for (const to of asked) {
        const referral = await office.ok('referrals.create', input(caseId));
        await officeDb(office)
          .updateTable('referrals')
          .set({ status: from, sent_on: from === 'draft' ? null : '2026-11-20' })
          .where('id', '=', referral.referralId)
          .execute();
        const result = await office.call('referrals.setStatus', {
          referralId: referral.referralId,
          version: 1,
          status: to,
          on: TODAY,
          note: '',
        });
        if (REFERRAL_TRANSITIONS[from].includes(to))
          expect(result, `${from} → ${to}`).toMatchObject({ ok: true, value: { status: to } });
        else
          expect(result, `${from} → ${to}`).toEqual({
            ok: false,
            error: { code: 'CONFLICT', reason: 'referral_transition_refused' },
          });
      }
    }
  });

  it('records a reply with its date and note: history, timeline and audit', async () => {
    const { caseId } = await consentingCase();
    const referral = await office.ok('referrals.create', input(caseId));
    await markSentBySql(referral.referralId, '2026-11-20');
    const accepted = await office.ok('referrals.setStatus', {
      referralId: referral.referralId,
      version: 2,
      status: 'accepted',
      on: '2026-11-24',
      note: 'รับเข้าอบรมรุ่นที่ 3',
    });
    expect(accepted).toMatchObject({ status: 'accepted', statusOn: '2026-11-24', version: 3 });
    expect(accepted.history.map((entry) => [entry.status, entry.on, entry.note])).toEqual([
      ['draft', TODAY, ''],
      ['accepted', '2026-11-24', 'รับเข้าอบรมรุ่นที่ 3'],
    ]);
    const file = await office.ok('cases.open', { caseId });
    expect(file.timeline[0]).toMatchObject({
      kind: 'referral_status_changed',
      detail: { referralId: String(referral.referralId), status: 'accepted' },
    });
    const [event] = (await auditEvents(office, 'referral.status_changed')).slice(-1);
    expect(JSON.parse(event!.details ?? '{}')).toEqual({
      referralId: referral.referralId,
      from: 'sent',
      to: 'accepted',
      on: '2026-11-24',
    });
    expect(JSON.stringify(event)).not.toContain('อบรม');
  });

  it('refuses a date in the future (Bangkok), before the letter was sent, or a stale version', async () => {
    const { caseId } = await consentingCase();
    const referral = await office.ok('referrals.create', input(caseId));
    await markSentBySql(referral.referralId, '2026-11-20');
    const change = { referralId: referral.referralId, version: 2, status: 'accepted' as const };
    expect(
      await office.call('referrals.setStatus', { ...change, on: '2026-11-27', note: '' }),
    ).toEqual({ ok: false, error: { code: 'VALIDATION', reason: 'referral_date_future' } });
    expect(
      await office.call('referrals.setStatus', { ...change, on: '2026-11-19', note: '' }),
    ).toEqual({ ok: false, error: { code: 'VALIDATION', reason: 'referral_date_before_sent' } });
    expect(
      await office.call('referrals.setStatus', { ...change, version: 1, on: TODAY, note: '' }),
    ).toEqual({ ok: false, error: { code: 'CONFLICT', reason: 'stale_version' } });
    // The day it was sent and today are both fine.
    await office.ok('referrals.setStatus', { ...change, on: '2026-11-20', note: '' });
  });

  it('a sent referral is overdue once more than the reply days have passed (by the clock)', async () => {
    const { caseId } = await consentingCase('ประยูร');
    const referral = await office.ok('referrals.create', input(caseId));
    await markSentBySql(referral.referralId, TODAY);
    const call = office.core.sessions.signedInCall();
    const on = (date: string) => ({
      ...call,
      clock: new ManualClock(new Date(`${date}T03:00:00Z`)),
    });
    const mine = (list: Awaited<ReturnType<typeof listReferrals>>) =>
      list.find((row) => row.referralId === referral.referralId);

    // Default reply days: 15. Fifteen days later it is still in time; sixteen, overdue.
    const day15 = await listReferrals(on('2026-12-11'), {
      caseId,
      status: null,
      overdueOnly: false,
    });
    expect(mine(day15)).toMatchObject({ status: 'sent', daysWaiting: 15, overdue: false });
    expect(
      mine(
        await listReferrals(on('2026-12-11'), { caseId: null, status: null, overdueOnly: true }),
      ),
    ).toBeUndefined();
    const day16 = await listReferrals(on('2026-12-12'), {
      caseId: null,
      status: null,
      overdueOnly: true,
    });
    expect(mine(day16)).toMatchObject({
      daysWaiting: 16,
      overdue: true,
      personName: 'นางประยูร ทดสอบ',
    });
    // Today, through the contract: just sent, not waiting long.
    const today = await office.ok('referrals.list', { caseId, status: 'sent', overdueOnly: false });
    expect(today.map((row) => [row.referralId, row.daysWaiting, row.overdue])).toEqual([
      [referral.referralId, 0, false],
    ]);
  });

  it('lists one case newest first, with the letter number from the register', async () => {
    const { caseId } = await consentingCase();
    const first = await office.ok('referrals.create', input(caseId));
    const second = await office.ok('referrals.create', input(caseId));
    const list = await office.ok('referrals.list', { caseId, status: null, overdueOnly: false });
    expect(list.map((row) => row.referralId)).toEqual([second.referralId, first.referralId]);
    expect(list[0]).toMatchObject({ letterDocumentId: null, letterNumber: null });
  });

  it('get is audited as a read of the case', async () => {
    const { caseId } = await consentingCase();
    const referral = await office.ok('referrals.create', input(caseId));
    await office.ok('referrals.get', { referralId: referral.referralId });
    const [event] = (await auditEvents(office, 'referral.viewed')).slice(-1);
    expect(event).toMatchObject({ target_type: 'case', target_id: String(caseId) });
    expect(JSON.parse(event!.details ?? '{}')).toEqual({ referralId: referral.referralId });
    expect(await office.call('referrals.get', { referralId: 999_999 })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'referral_not_found' },
    });
  });

  it('the national ID and disability need cases.reveal (refused and audited for a role without it)', async () => {
    const { caseId } = await consentingCase();
    // No role holding referrals.write lacks cases.reveal today; the rule is checked in the
    // service, so it holds if one ever does (the admin's call stands in for such a role).
    const call = office.core.sessions.signedInCall();
    const withoutReveal = { ...call, user: { ...call.user, role: 'admin' as const } };
    const before = await auditEvents(office, 'referral.refused');
    for (const detail of ['national_id', 'disability'] as const) {
      await expect(
        createReferral(withoutReveal, input(caseId, { details: [detail] })),
      ).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    }
    const refused = (await auditEvents(office, 'referral.refused')).slice(before.length);
    expect(refused.map((e) => JSON.parse(e.details ?? '{}'))).toEqual([
      { caseId, reason: 'details_need_reveal' },
      { caseId, reason: 'details_need_reveal' },
    ]);
    // The same details from the officer (who holds cases.reveal) are fine.
    await office.ok('referrals.create', input(caseId, { details: ['national_id', 'disability'] }));
  });

  it('refuses a mentor every referral method, and the admin every change', async () => {
    for (const role of ['mentor', 'admin'] as const) {
      const dispatch = createDispatcher({
        contract,
        handlers: office.core.handlers,
        getSession: () => ({
          status: 'signed-in',
          user: { id: 99, userName: 'someone', role, mustChangePassword: false },
        }),
      });
      const channels =
        role === 'mentor'
          ? (['referrals.list', 'referrals.get', 'referrals.agencies'] as const)
          : ([] as const);
      for (const channel of [
        ...channels,
        'referrals.create',
        'referrals.update',
        'referrals.setStatus',
        'referrals.saveAgency',
      ] as const) {
        expect(await dispatch(channel, {}), `${role} → ${channel}`).toEqual({
          ok: false,
          error: { code: 'FORBIDDEN' },
        });
      }
    }
  });
});

describe('the agencies directory', () => {
  let dir = '';
  let office: TestOffice & { officerId: number };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kaona-test-'));
    office = await officeWithOfficer(dir);
  });
  afterAll(async () => {
    await office?.core.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const agency = (name: string, overrides = {}) => ({
    name,
    addressee: `ผู้อำนวยการ${name}`,
    addressLines: 'ถนนศรีจันทร์\n\nอำเภอเมือง',
    phone: '',
    email: '',
    contactPerson: '',
    active: true,
    version: 0,
    ...overrides,
  });

  it('lists in Thai order, hides retired agencies unless asked, and counts referrals', async () => {
    await office.ok('referrals.saveAgency', agency('สำนักงานจัดหางานจังหวัด'));
    await office.ok('referrals.saveAgency', agency('เกษตรจังหวัด'));
    const retired = await office.ok('referrals.saveAgency', agency('ขนส่งจังหวัด'));
    expect(retired).toMatchObject({ addressLines: ['ถนนศรีจันทร์', 'อำเภอเมือง'], version: 1 });
    await office.ok('referrals.saveAgency', {
      ...agency('ขนส่งจังหวัด'),
      agencyId: retired.agencyId,
      active: false,
      version: 1,
    });
    const active = await office.ok('referrals.agencies', { includeInactive: false });
    // เกษตร sorts under ก, before ข and ส (Thai collation, not code points).
    expect(active.map((a) => a.name)).toEqual(['เกษตรจังหวัด', 'สำนักงานจัดหางานจังหวัด']);
    const all = await office.ok('referrals.agencies', { includeInactive: true });
    expect(all.map((a) => [a.name, a.active])).toEqual([
      ['เกษตรจังหวัด', true],
      ['ขนส่งจังหวัด', false],
      ['สำนักงานจัดหางานจังหวัด', true],
    ]);

    const { caseId } = await insertTestCase(officeDb(office), { granted: ['referral'] });
    const used = active[0]!;
    await office.ok('referrals.create', {
      caseId,
      agencyId: used.agencyId,
      addressee: used.addressee,
      reason: 'เหตุผล',
      requestedService: 'บริการ',
      enclosures: [],
      references: [],
      contactPerson: '',
      details: [],
    });
    const after = await office.ok('referrals.agencies', { includeInactive: false });
    expect(after.map((a) => a.referralCount)).toEqual([1, 0]);
  });

  it('a name is unique; a stale version is refused; saves are audited', async () => {
    const saved = await office.ok('referrals.saveAgency', agency('ศูนย์คุ้มครองคนไร้ที่พึ่ง'));
    expect(await office.call('referrals.saveAgency', agency('ศูนย์คุ้มครองคนไร้ที่พึ่ง'))).toEqual({
      ok: false,
      error: { code: 'CONFLICT', reason: 'agency_name_taken' },
    });
    const other = await office.ok('referrals.saveAgency', agency('บ้านพักเด็กและครอบครัว'));
    expect(
      await office.call('referrals.saveAgency', {
        ...agency('ศูนย์คุ้มครองคนไร้ที่พึ่ง'),
        agencyId: other.agencyId,
        version: 1,
      }),
    ).toEqual({ ok: false, error: { code: 'CONFLICT', reason: 'agency_name_taken' } });
    const renamed = await office.ok('referrals.saveAgency', {
      ...agency('ศูนย์คุ้มครองคนไร้ที่พึ่งจังหวัด'),
      agencyId: saved.agencyId,
      version: 1,
    });
    expect(renamed.version).toBe(2);
    expect(
      await office.call('referrals.saveAgency', {
        ...agency('ศูนย์คุ้มครองคนไร้ที่พึ่งจังหวัด'),
        agencyId: saved.agencyId,
        version: 1,
      }),
    ).toEqual({ ok: false, error: { code: 'CONFLICT', reason: 'stale_version' } });
    const events = await auditEvents(office, 'referral.agency_saved');
    expect(events.at(-1)).toMatchObject({
      target_type: 'agency',
      target_id: String(saved.agencyId),
    });
    expect(JSON.parse(events.at(-1)!.details ?? '{}')).toEqual({ created: false, active: true });
  });
});
