import { beforeAll, describe, expect, it } from 'vitest';
import type { MentorProfileInput } from '../../src/shared/domain/mentoring';
import { ADMIN, MENTOR, OFFICER } from '../support/office';
import { auditEvents, ensureTestPlaces, insertTestCase, officeDb, PLACES } from '../support/cases';
import {
  compartmentRefreshes,
  insertAssignment,
  insertMentorUser,
  useMentorOffice,
} from '../support/mentors';

function profileInput(userId: number, overrides: Partial<MentorProfileInput> = {}) {
  return {
    userId,
    expectedVersion: null,
    organisationKind: 'lazada',
    organisationName: 'Lazada Thailand',
    department: null,
    isExternal: true,
    skills: ['shop_setup', 'product_photography'],
    productCategories: ['fashion', 'handicraft'],
    provinceIds: [PLACES.khonKaen.provinceId],
    onlineOnly: false,
    languages: ['th', 'en'],
    capacity: 12,
    availableFrom: '2026-11-01',
    availableUntil: null,
    active: true,
    contact: '081-234-5678',
    notes: 'ประสานผ่านไลน์กลุ่ม',
    ...overrides,
  } satisfies MentorProfileInput;
}

describe('the mentor registry', () => {
  const office = useMentorOffice();

  beforeAll(async () => {
    // The registry belongs to the admin and supervisors (mentors.manage).
    await office().ok('session.signOut');
    await office().ok('session.signIn', { userName: ADMIN.userName, password: ADMIN.password });
    await ensureTestPlaces(officeDb(office()));
  });

  it('lists a mentor account without a profile, then saves one and lists it', async () => {
    const { mentorId } = office();
    const before = await office().ok('mentors.list', { includeInactive: false });
    expect(before.find((m) => m.userId === mentorId)).toMatchObject({
      fullName: MENTOR.fullName,
      hasProfile: false,
      capacity: 0,
    });
    expect(await office().call('mentors.get', { userId: mentorId })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'mentor_not_found' },
    });

    const saved = await office().ok('mentors.save', profileInput(mentorId));
    expect(saved).toMatchObject({
      userId: mentorId,
      userName: MENTOR.userName,
      role: 'mentor',
      accountActive: true,
      organisationKind: 'lazada',
      isExternal: true,
      skills: ['product_photography', 'shop_setup'],
      productCategories: ['fashion', 'handicraft'],
      provinceIds: [PLACES.khonKaen.provinceId],
      languages: ['en', 'th'],
      capacity: 12,
      version: 1,
      activeMentees: 0,
    });
    expect(await office().ok('mentors.get', { userId: mentorId })).toEqual(saved);
    const after = await office().ok('mentors.list', { includeInactive: false });
    expect(after.find((m) => m.userId === mentorId)).toMatchObject({
      hasProfile: true,
      capacity: 12,
      active: true,
    });

    // A second save from a stale form, or a second "create", is told someone saved first.
    const updated = await office().ok(
      'mentors.save',
      profileInput(mentorId, { expectedVersion: 1, capacity: 15, skills: ['shop_setup'] }),
    );
    expect(updated).toMatchObject({ version: 2, capacity: 15, skills: ['shop_setup'] });
    for (const expectedVersion of [1, null])
      expect(
        await office().call('mentors.save', profileInput(mentorId, { expectedVersion })),
      ).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'record_changed' } });

    const events = await auditEvents(office(), 'mentor.profile_saved');
    expect(events.map((e) => [e.target_id, JSON.parse(e.details ?? '{}')])).toEqual([
      [String(mentorId), { created: true, version: 1, active: true, endedAssignments: 0 }],
      [String(mentorId), { created: false, version: 2, active: true, endedAssignments: 0 }],
    ]);
    // The details only: a row's random MAC (hex) may well hold the digits "081".
    const details = events.map((event) => event.details ?? '').join('\n');
    expect(details).not.toContain('081');
    expect(JSON.stringify(events)).not.toContain('ไลน์');
  });

  it('refuses accounts that cannot mentor, unknown skills and unknown provinces', async () => {
    const db = officeDb(office());
    const admin = await insertMentorUser(db, 'ผู้ดูแล ระบบ', 'admin');
    const officer = await insertMentorUser(db, 'สมชาย เจ้าหน้าที่', 'officer');
    const refused = async (input: MentorProfileInput, code: string, reason: string) =>
      expect(await office().call('mentors.save', input)).toMatchObject({
        ok: false,
        error: { code, reason },
      });
    await refused(profileInput(admin), 'VALIDATION', 'mentor_not_mentor_role');
    await refused(profileInput(999_999), 'NOT_FOUND', 'mentor_not_found');
    await refused(profileInput(officer, { skills: ['juggling'] }), 'VALIDATION', 'skill_unknown');
    await refused(
      profileInput(officer, { provinceIds: [8_888] }),
      'VALIDATION',
      'province_unknown',
    );
    // Office staff mentor too, as ministry staff.
    const staff = await office().ok(
      'mentors.save',
      profileInput(officer, {
        organisationKind: 'department',
        organisationName: 'พก.',
        department: 'dep',
        isExternal: false,
      }),
    );
    expect(staff).toMatchObject({ role: 'officer', organisationKind: 'department' });

    // A retired skill stays on a profile that has it, but cannot be chosen anew.
    await office().ok('mentors.saveSkill', {
      code: 'shop_setup',
      labelTh: 'การเปิดร้านค้าออนไลน์',
      labelEn: 'Shop setup',
      active: false,
      sortOrder: 40,
    });
    const kept = await office().ok(
      'mentors.save',
      profileInput(officer, {
        expectedVersion: 1,
        organisationKind: 'department',
        organisationName: 'พก.',
        department: 'dep',
        isExternal: false,
        capacity: 3,
      }),
    );
    expect(kept.skills).toContain('shop_setup');
    const other = await insertMentorUser(db, 'สมหมาย อาสา');
    await refused(profileInput(other), 'VALIDATION', 'skill_unknown');
    await office().ok('mentors.saveSkill', {
      code: 'shop_setup',
      labelTh: 'การเปิดร้านค้าออนไลน์',
      labelEn: 'Shop setup',
      active: true,
      sortOrder: 40,
    });

    const candidates = await office().ok('mentors.candidates', {});
    expect(candidates.find((c) => c.userId === officer)).toMatchObject({ hasProfile: true });
    expect(candidates.find((c) => c.userId === admin)).toBeUndefined();
  });

  it('the admin adds, renames, re-orders and retires skills; codes are never deleted', async () => {
    const db = officeDb(office());
    const { caseId } = await insertTestCase(db);
    await db
      .updateTable('cases')
      .set({ mentoring_needs: '["finance_bookkeeping","customer_service"]' })
      .where('id', '=', caseId)
      .execute();
    const skills = await office().ok('mentors.skills', {});
    expect(skills.map((s) => s.code).slice(0, 2)).toEqual([
      'product_photography',
      'listing_pricing',
    ]);
    expect(skills.find((s) => s.code === 'finance_bookkeeping')!.usedBy).toBeGreaterThanOrEqual(1);

    const added = await office().ok('mentors.saveSkill', {
      code: 'live_selling',
      labelTh: 'การขายผ่านไลฟ์สด',
      labelEn: 'Live selling',
      active: true,
      sortOrder: 5,
    });
    expect(added[0]).toEqual({
      code: 'live_selling',
      labelTh: 'การขายผ่านไลฟ์สด',
      labelEn: 'Live selling',
      active: true,
      sortOrder: 5,
      usedBy: 0,
    });
    const retired = await office().ok('mentors.saveSkill', {
      code: 'live_selling',
      labelTh: 'ไลฟ์สด',
      labelEn: 'Live',
      active: false,
      sortOrder: 500,
    });
    expect(retired.at(-1)).toMatchObject({ code: 'live_selling', labelTh: 'ไลฟ์สด', active: false });
    expect(retired).toHaveLength(added.length);
    const events = await auditEvents(office(), 'mentor.skill_saved');
    expect(events.slice(-2).map((e) => JSON.parse(e.details ?? '{}'))).toEqual([
      { code: 'live_selling', created: true, active: true },
      { code: 'live_selling', created: false, active: false },
    ]);
  });

  it('a profile set inactive, or an account disabled, ends the mentor’s open assignments', async () => {
    const db = officeDb(office());
    const { mentorId } = office();
    const adminId = (
      await db
        .selectFrom('users')
        .select('id')
        .where('user_name', '=', ADMIN.userName)
        .executeTakeFirstOrThrow()
    ).id;
    const first = await insertTestCase(db, { status: 'mentoring', granted: ['share_lazada'] });
    const second = await insertTestCase(db, { status: 'mentoring', granted: ['share_lazada'] });
    await insertAssignment(db, { caseId: first.caseId, mentorId, startedBy: adminId });
    await db.updateTable('mentor_compartments').set({ refresh_due: 0 }).execute();

    const current = await office().ok('mentors.get', { userId: mentorId });
    expect(current.activeMentees).toBe(1);
    await office().ok(
      'mentors.save',
      profileInput(mentorId, { expectedVersion: current.version, active: false }),
    );
    const ended = await db
      .selectFrom('mentor_assignments')
      .selectAll()
      .where('case_id', '=', first.caseId)
      .executeTakeFirstOrThrow();
    expect(ended).toMatchObject({ end_kind: 'mentor_removed', ended_by: adminId });
    const caseRow = await db
      .selectFrom('cases')
      .selectAll()
      .where('id', '=', first.caseId)
      .executeTakeFirstOrThrow();
    expect(caseRow.mentor_id).toBeNull();
    const file = await office().ok('cases.open', { caseId: first.caseId });
    expect(file.timeline[0]).toMatchObject({
      kind: 'mentor_unassigned',
      detail: {
        mentorId: String(mentorId),
        mentorName: MENTOR.fullName,
        endKind: 'mentor_removed',
      },
    });
    // The compartment followed at once: the case is gone from it.
    expect(await compartmentRefreshes(db, mentorId)).toBeGreaterThan(0);
    const inactive = await office().ok('mentors.list', { includeInactive: false });
    expect(inactive.find((m) => m.userId === mentorId)).toBeUndefined();
    const all = await office().ok('mentors.list', { includeInactive: true });
    expect(all.find((m) => m.userId === mentorId)).toMatchObject({ active: false });

    // Active again and assigned; then the account is disabled.
    const again = await office().ok('mentors.get', { userId: mentorId });
    await office().ok(
      'mentors.save',
      profileInput(mentorId, { expectedVersion: again.version, active: true }),
    );
    await insertAssignment(db, { caseId: second.caseId, mentorId, startedBy: adminId });
    await office().ok('accounts.disable', { userId: mentorId });
    const open = await db
      .selectFrom('mentor_assignments')
      .select(['case_id', 'end_kind'])
      .where('mentor_id', '=', mentorId)
      .orderBy('id')
      .execute();
    expect(open).toEqual([
      { case_id: first.caseId, end_kind: 'mentor_removed' },
      { case_id: second.caseId, end_kind: 'mentor_removed' },
    ]);
    const audits = await auditEvents(office(), 'mentor.assignment_ended');
    expect(audits.map((e) => [e.target_id, JSON.parse(e.details ?? '{}').endKind])).toEqual([
      [String(first.caseId), 'mentor_removed'],
      [String(second.caseId), 'mentor_removed'],
    ]);
    expect((await office().ok('mentors.get', { userId: mentorId })).accountActive).toBe(false);
  });

  it('an office mentor made admin no longer mentors: their assignments end', async () => {
    const db = officeDb(office());
    const adminId = (
      await db
        .selectFrom('users')
        .select('id')
        .where('user_name', '=', ADMIN.userName)
        .executeTakeFirstOrThrow()
    ).id;
    const staff = await insertMentorUser(db, 'ประเสริฐ หัวหน้า', 'supervisor');
    await office().ok(
      'mentors.save',
      profileInput(staff, {
        organisationKind: 'department',
        organisationName: 'พก.',
        department: 'dep',
        isExternal: false,
      }),
    );
    const { caseId } = await insertTestCase(db, { status: 'mentoring' });
    await insertAssignment(db, { caseId, mentorId: staff, startedBy: adminId });
    expect(await office().ok('assignments.ofMentor', { userId: staff })).toHaveLength(1);
    await office().ok('accounts.update', { userId: staff, role: 'admin' });
    const row = await db
      .selectFrom('mentor_assignments')
      .select('end_kind')
      .where('case_id', '=', caseId)
      .executeTakeFirstOrThrow();
    expect(row.end_kind).toBe('mentor_removed');
    // Not a mentoring role any more: gone from the registry.
    const all = await office().ok('mentors.list', { includeInactive: true });
    expect(all.find((m) => m.userId === staff)).toBeUndefined();
  });

  it('office roles without mentors.manage cannot save; officers read the registry', async () => {
    await office().ok('session.signOut');
    await office().ok('session.signIn', { userName: OFFICER.userName, password: OFFICER.password });
    expect(await office().call('mentors.save', profileInput(office().mentorId))).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(
      await office().call('mentors.saveSkill', {
        code: 'x_skill',
        labelTh: 'ก',
        labelEn: 'x',
        active: true,
        sortOrder: 1,
      }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(Array.isArray(await office().ok('mentors.list', { includeInactive: true }))).toBe(true);
  });
});
