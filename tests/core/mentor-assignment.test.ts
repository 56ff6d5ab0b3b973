import { describe, expect, it } from 'vitest';
import { CONSENT_NOTICE_VERSION } from '../../src/shared/domain/cases';
import { MENTOR, OFFICER } from '../support/office';
import { auditEvents, insertTestCase, officeDb, type TestCaseOptions } from '../support/cases';
import { intakeSave } from '../support/intake-fixtures';
import {
  insertMentorProfile,
  insertMentorUser,
  useMentorOffice,
  type TestMentorProfile,
  compartmentRefreshes,
} from '../support/mentors';

const NAMES = ['สมหญิง', 'สมปอง', 'มานี', 'ชูใจ', 'ปิติ', 'วีระ', 'ดวงใจ', 'ประยุทธ', 'บุญมี'];
let named = 0;

describe('assigning mentors', () => {
  const office = useMentorOffice();
  const db = () => officeDb(office());

  /** A case of its own for each test, with a first name no other test uses. */
  async function newCase(options: TestCaseOptions = {}) {
    const firstName = `${NAMES[named % NAMES.length]}${'ก'.repeat(Math.floor(named / NAMES.length))}`;
    named++;
    return insertTestCase(db(), { status: 'active', firstName, ...options });
  }

  /** A mentor of its own (an account without a key slot) with a profile. */
  async function newMentor(fullName: string, profile: TestMentorProfile = {}) {
    const id = await insertMentorUser(db(), fullName);
    await insertMentorProfile(db(), id, profile);
    return id;
  }

  const assign = (
    caseId: number,
    mentorId: number,
    expectedAssignmentId: number | null,
    extra: { reason?: string; overCapacityReason?: string } = {},
  ) =>
    office().call('assignments.assign', {
      caseId,
      mentorId,
      expectedAssignmentId,
      reason: extra.reason ?? '',
      overCapacityReason: extra.overCapacityReason ?? '',
    });

  const caseRow = (caseId: number) =>
    db().selectFrom('cases').selectAll().where('id', '=', caseId).executeTakeFirstOrThrow();

  it('assigns, reassigns with a reason and ends, keeping the whole history', async () => {
    const { caseId } = await newCase({ granted: ['share_lazada'] });
    const lazada = office().mentorId;
    await insertMentorProfile(db(), lazada);
    const staff = await newMentor('เกษม ทองคำ', {
      organisation_kind: 'department',
      organisation_name: 'พก.',
      department: 'dep',
      is_external: 0,
    });
    await db().updateTable('mentor_compartments').set({ refresh_due: 0 }).execute();

    const first = await office().ok('assignments.assign', {
      caseId,
      mentorId: lazada,
      expectedAssignmentId: null,
      reason: '',
      overCapacityReason: '',
    });
    expect(first.current).toMatchObject({
      mentorId: lazada,
      mentorName: MENTOR.fullName,
      organisationKind: 'lazada',
      startedByName: OFFICER.fullName,
      endedAt: null,
    });
    expect(await caseRow(caseId)).toMatchObject({
      mentor_id: lazada,
      status: 'mentoring',
      assignment_version: 1,
    });
    // The change marked the mentor's compartment, and the call refreshed it at once.
    expect(await compartmentRefreshes(db(), lazada)).toBeGreaterThan(0);

    // A reassignment needs the assignment the screen saw, another mentor, and a reason.
    const firstId = first.current!.assignmentId;
    expect(await assign(caseId, staff, firstId)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', reason: 'reassign_needs_reason' },
    });
    expect(await assign(caseId, staff, null, { reason: 'ใกล้บ้าน' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'assignment_changed' },
    });
    expect(await assign(caseId, lazada, firstId, { reason: 'ซ้ำ' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'already_assigned_to_mentor' },
    });
    const second = await office().ok('assignments.assign', {
      caseId,
      mentorId: staff,
      expectedAssignmentId: firstId,
      reason: 'ผู้รับบริการสะดวกพบที่สำนักงาน',
      overCapacityReason: '',
    });
    expect(second.current).toMatchObject({ mentorId: staff, reason: 'ผู้รับบริการสะดวกพบที่สำนักงาน' });
    expect(second.history.map((h) => [h.mentorId, h.endKind])).toEqual([
      [staff, null],
      [lazada, 'reassigned'],
    ]);

    expect(
      await office().call('assignments.end', {
        caseId,
        expectedAssignmentId: second.current!.assignmentId,
        reason: '',
      }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(
      await office().call('assignments.end', {
        caseId,
        expectedAssignmentId: firstId,
        reason: 'จบ',
      }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'assignment_changed' } });
    const ended = await office().ok('assignments.end', {
      caseId,
      expectedAssignmentId: second.current!.assignmentId,
      reason: 'ผู้รับบริการขอพักการเรียนรู้',
    });
    expect(ended.current).toBeNull();
    expect(ended.history.map((h) => [h.mentorId, h.endKind, h.endReason])).toEqual([
      [staff, 'ended', 'ผู้รับบริการขอพักการเรียนรู้'],
      [lazada, 'reassigned', 'ผู้รับบริการสะดวกพบที่สำนักงาน'],
    ]);
    expect(await office().ok('assignments.forCase', { caseId })).toEqual(ended);
    expect(
      await office().call('assignments.end', { caseId, expectedAssignmentId: 1, reason: 'x' }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'no_current_assignment' } });
    expect(await caseRow(caseId)).toMatchObject({ mentor_id: null, assignment_version: 3 });

    const file = await office().ok('cases.open', { caseId });
    expect(file.timeline.slice(0, 5).map((e) => [e.kind, e.detail])).toEqual([
      [
        'mentor_unassigned',
        { mentorId: String(staff), mentorName: 'เกษม ทองคำ', endKind: 'ended' },
      ],
      ['mentor_assigned', { mentorId: String(staff), mentorName: 'เกษม ทองคำ' }],
      [
        'mentor_unassigned',
        { mentorId: String(lazada), mentorName: MENTOR.fullName, endKind: 'reassigned' },
      ],
      ['status_changed', { from: 'active', to: 'mentoring', reason: '' }],
      ['mentor_assigned', { mentorId: String(lazada), mentorName: MENTOR.fullName }],
    ]);

    const audit = async (action: string) =>
      (await auditEvents(office(), action))
        .filter((e) => e.target_id === String(caseId))
        .map((e) => JSON.parse(e.details ?? '{}'));
    expect(await audit('mentor.assigned')).toEqual([
      { assignmentId: firstId, mentorId: lazada, previousMentorId: null, overCapacity: false },
    ]);
    expect(await audit('mentor.reassigned')).toEqual([
      {
        assignmentId: second.current!.assignmentId,
        mentorId: staff,
        previousMentorId: lazada,
        overCapacity: false,
      },
    ]);
    expect(await audit('mentor.assignment_ended')).toEqual([
      { assignmentId: second.current!.assignmentId, mentorId: staff, endKind: 'ended' },
    ]);
    expect(await audit('case.status_changed')).toEqual([{ from: 'active', to: 'mentoring' }]);
  });

  it('two officers reassigning at once: the second gets CONFLICT and the first stands', async () => {
    const { caseId } = await newCase();
    const a = await newMentor('อนงค์ หนึ่ง', {
      organisation_kind: 'department',
      is_external: 0,
      department: 'dep',
    });
    const b = await newMentor('บุษบา สอง', {
      organisation_kind: 'department',
      is_external: 0,
      department: 'dep',
    });
    const c = await newMentor('จันทร์ สาม', {
      organisation_kind: 'department',
      is_external: 0,
      department: 'dep',
    });
    const start = await office().ok('assignments.assign', {
      caseId,
      mentorId: a,
      expectedAssignmentId: null,
      reason: '',
      overCapacityReason: '',
    });
    const seen = start.current!.assignmentId;
    const results = await Promise.all([
      assign(caseId, b, seen, { reason: 'หนึ่ง' }),
      assign(caseId, c, seen, { reason: 'สอง' }),
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, false]);
    expect(results[1]).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'assignment_changed' },
    });
    const now = await office().ok('assignments.forCase', { caseId });
    expect(now.current!.mentorId).toBe(b);
    expect(now.history).toHaveLength(2);
    expect((await caseRow(caseId)).mentor_id).toBe(b);
  });

  it('refuses a closed case, no consent, an inactive or unavailable mentor; capacity needs a reason', async () => {
    const lazada = await newMentor('ลลิตา ลาซาด้า');
    const { caseId } = await newCase();
    expect(await assign(caseId, lazada, null)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', reason: 'no_sharing_consent' },
    });
    const closed = await newCase({ status: 'closed', granted: ['share_lazada'] });
    expect(await assign(closed.caseId, lazada, null)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'case_closed_for_assignment' },
    });
    const inactive = await newMentor('อินทร์ พักงาน', { active: 0 });
    const later = await newMentor('ลาวัณย์ ปีหน้า', { available_from: '2027-01-01' });
    const shared = await newCase({ granted: ['share_lazada'] });
    expect(await assign(shared.caseId, inactive, null)).toMatchObject({
      ok: false,
      error: { reason: 'mentor_inactive' },
    });
    expect(await assign(shared.caseId, later, null)).toMatchObject({
      ok: false,
      error: { reason: 'mentor_unavailable' },
    });
    expect(await assign(shared.caseId, 999_999, null)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'mentor_not_found' },
    });

    const full = await newMentor('เต็ม มือ', { capacity: 1 });
    const other = await newCase({ granted: ['share_lazada'] });
    expect((await assign(other.caseId, full, null)).ok).toBe(true);
    expect(await assign(shared.caseId, full, null)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', reason: 'over_capacity_needs_reason' },
    });
    const over = await assign(shared.caseId, full, null, {
      overCapacityReason: 'ผู้รับบริการขอพี่เลี้ยงคนนี้',
    });
    expect(over).toMatchObject({
      ok: true,
      value: { current: { overCapacityReason: 'ผู้รับบริการขอพี่เลี้ยงคนนี้' } },
    });
    const events = await auditEvents(office(), 'mentor.assigned');
    expect(JSON.parse(events.at(-1)!.details ?? '{}')).toMatchObject({ overCapacity: true });
    // Nothing half-written by the refusals.
    expect(
      await db()
        .selectFrom('mentor_assignments')
        .select('mentor_id')
        .where('case_id', 'in', [caseId, closed.caseId])
        .execute(),
    ).toEqual([]);
  });

  it('withdrawing the consent the mentor needs ends the assignment; another consent does not', async () => {
    const lazada = await newMentor('ลำดวน ลาซาด้า');
    const { caseId } = await newCase({ granted: ['share_lazada', 'photos'] });
    expect((await assign(caseId, lazada, null)).ok).toBe(true);
    const consent = (purpose: 'photos' | 'share_lazada') =>
      office().ok('cases.changeConsent', {
        caseId,
        purpose,
        granted: false,
        noticeVersion: CONSENT_NOTICE_VERSION,
        givenBy: 'self',
        guardianName: '',
        note: '',
      });
    await consent('photos');
    expect((await caseRow(caseId)).mentor_id).toBe(lazada);
    await consent('share_lazada');
    const after = await office().ok('assignments.forCase', { caseId });
    expect(after.current).toBeNull();
    expect(after.history[0]).toMatchObject({ mentorId: lazada, endKind: 'consent_withdrawn' });
    const file = await office().ok('cases.open', { caseId });
    expect(file.timeline.slice(0, 2).map((e) => e.kind)).toEqual([
      'mentor_unassigned',
      'consent_withdrawn',
    ]);
    const ended = (await auditEvents(office(), 'mentor.assignment_ended')).filter(
      (e) => e.target_id === String(caseId),
    );
    expect(ended.map((e) => JSON.parse(e.details ?? '{}').endKind)).toEqual(['consent_withdrawn']);
  });

  it('a case that closes or graduates loses its mentor in the same change', async () => {
    const staff = await newMentor('สมใจ ราชการ', {
      organisation_kind: 'department',
      is_external: 0,
      department: 'dep',
    });
    const { caseId } = await newCase();
    expect((await assign(caseId, staff, null)).ok).toBe(true);
    await office().ok('cases.changeStatus', { caseId, to: 'closed', reason: 'ย้ายภูมิลำเนา' });
    const after = await office().ok('assignments.forCase', { caseId });
    expect(after.current).toBeNull();
    expect(after.history[0]!.endKind).toBe('case_closed');
    expect((await caseRow(caseId)).mentor_id).toBeNull();
  });

  it('bulk: a preview row by row with load, then all rows in one transaction or none', async () => {
    const staff = await newMentor('บุญชู ราชการ', {
      organisation_kind: 'department',
      is_external: 0,
      department: 'dep',
      capacity: 2,
      skills: ['customer_service'],
    });
    const lazada = await newMentor('ละมัย ลาซาด้า', { capacity: 5, skills: [] });
    const ok1 = await newCase({ granted: ['share_lazada'] });
    const ok2 = await newCase({ granted: ['share_lazada'] });
    const ok3 = await newCase({ granted: ['share_lazada'] });
    const noConsent = await newCase();
    const closed = await newCase({ status: 'closed' });
    await db()
      .updateTable('cases')
      .set({ mentoring_needs: '["customer_service"]' })
      .where('id', 'in', [ok1.caseId, ok2.caseId, ok3.caseId])
      .execute();

    const preview = await office().ok('assignments.bulkPreview', {
      caseIds: [ok1.caseId, ok2.caseId, ok3.caseId, noConsent.caseId, closed.caseId],
      mentorId: lazada,
    });
    expect(preview.rows.map((r) => [r.caseId, r.mentorId, r.problems])).toEqual([
      [ok1.caseId, lazada, []],
      [ok2.caseId, lazada, []],
      [ok3.caseId, lazada, []],
      [noConsent.caseId, lazada, ['no_sharing_consent']],
      [closed.caseId, lazada, ['case_closed', 'no_sharing_consent']],
    ]);
    expect(preview.rows[0]!.beneficiaryName).toContain('นาง');
    expect(preview.load).toEqual([
      { mentorId: lazada, mentorName: 'ละมัย ลาซาด้า', before: 0, after: 3, capacity: 5 },
    ]);

    // Best mentor for each: the staff mentor (the only one with the skill) until full, then
    // the best one with room.
    const best = await office().ok('assignments.bulkPreview', {
      caseIds: [ok1.caseId, ok2.caseId, ok3.caseId],
      mentorId: null,
    });
    const bestMentors = best.rows.map((r) => r.mentorId);
    expect(bestMentors.slice(0, 2)).toEqual([staff, staff]);
    expect(bestMentors[2]).not.toBe(staff);

    const item = (caseId: number, mentorId: number) => ({
      caseId,
      mentorId,
      expectedAssignmentId: null,
    });
    const refused = await office().call('assignments.bulkAssign', {
      items: [item(ok1.caseId, lazada), item(noConsent.caseId, lazada)],
      reason: '',
      overCapacityReason: '',
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', reason: 'bulk_row_refused' },
    });
    expect(JSON.stringify(refused)).not.toContain(String(noConsent.caseNumber));
    // All or nothing: the good row was not assigned either.
    expect((await caseRow(ok1.caseId)).mentor_id).toBeNull();

    const overStaff = [item(ok1.caseId, staff), item(ok2.caseId, staff), item(ok3.caseId, staff)];
    expect(
      await office().call('assignments.bulkAssign', {
        items: overStaff,
        reason: '',
        overCapacityReason: '',
      }),
    ).toMatchObject({ ok: false, error: { reason: 'bulk_row_refused' } });
    expect(
      await office().ok('assignments.bulkAssign', {
        items: overStaff,
        reason: 'รอบอบรมเดือนธันวาคม',
        overCapacityReason: 'พี่เลี้ยงรับเพิ่มชั่วคราว',
      }),
    ).toEqual({ assigned: 3 });
    for (const { caseId } of [ok1, ok2, ok3])
      expect(await caseRow(caseId)).toMatchObject({ mentor_id: staff, status: 'mentoring' });
    const bulk = await auditEvents(office(), 'mentor.bulk_assigned');
    expect(JSON.parse(bulk.at(-1)!.details ?? '{}')).toEqual({
      assigned: 3,
      mentors: 1,
      overCapacity: 1,
      caseIds: [ok1, ok2, ok3].map((c) => String(c.caseId)),
    });

    // Already assigned rows are skipped in the preview and refuse a batch.
    const again = await office().ok('assignments.bulkPreview', {
      caseIds: [ok1.caseId],
      mentorId: null,
    });
    expect(again.rows[0]!.problems).toEqual(['already_assigned']);

    const rows = await office().ok('assignments.ofMentor', { userId: staff });
    expect(rows.map((r) => r.caseId).sort((x, y) => x - y)).toEqual(
      [ok1.caseId, ok2.caseId, ok3.caseId].sort((x, y) => x - y),
    );
    expect(rows[0]).toMatchObject({ mentorName: 'บุญชู ราชการ', status: 'mentoring' });
  });

  it('mentoring needs are checked against the taxonomy at intake and in edits; edits mark compartments', async () => {
    // The fixture numbers its cases 2569-000001…; intake's counter starts past them.
    await db()
      .insertInto('case_number_counters')
      .values({ buddhist_year: 2569, last_number: 90_000 })
      .onConflict((c) => c.column('buddhist_year').doUpdateSet({ last_number: 90_000 }))
      .execute();
    const refused = await office().call(
      'cases.create',
      (() => {
        const save = intakeSave({ firstName: 'ทักษะ', lastName: 'ไม่มี' });
        save.intake.business.mentoringNeeds = ['juggling'];
        return save;
      })(),
    );
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', reason: 'skill_unknown' },
    });
    const save = intakeSave({ firstName: 'ทักษะ', lastName: 'ครบ', phone: '089-111-2222' });
    save.intake.business.mentoringNeeds = ['shop_setup', 'product_photography'];
    save.intake.business.productCategory = 'handicraft';
    save.intake.business.languages = ['th', 'lo'];
    const created = await office().ok('cases.create', save);
    const stored = await caseRow(created.caseId);
    expect(stored).toMatchObject({ product_category: 'handicraft' });
    expect(JSON.parse(stored.mentoring_needs)).toEqual(['shop_setup', 'product_photography']);
    expect(JSON.parse(stored.languages)).toEqual(['th', 'lo']);

    const business = { ...save.intake.business, mentoringNeeds: ['juggling'] };
    expect(
      await office().call('cases.updateCase', { caseId: created.caseId, business }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', reason: 'skill_unknown' } });
    // Order alone is no change; a new set is one history row with sorted codes.
    expect(
      await office().call('cases.updateCase', {
        caseId: created.caseId,
        business: {
          ...save.intake.business,
          mentoringNeeds: ['product_photography', 'shop_setup'],
        },
      }),
    ).toMatchObject({ ok: false, error: { reason: 'nothing_changed' } });

    const mentor = office().mentorId;
    await db()
      .insertInto('mentor_assignments')
      .values({
        case_id: created.caseId,
        mentor_id: mentor,
        started_at: '2026-11-26T03:00:00.000Z',
        started_by: office().officerId,
        reason: '',
        over_capacity_reason: '',
        ended_at: null,
        ended_by: null,
        end_kind: null,
        end_reason: '',
      })
      .execute();
    // Internal notes never reach a compartment; the needs do, refreshed right after the edit.
    const before = await compartmentRefreshes(db(), mentor);
    await office().ok('cases.updateCase', {
      caseId: created.caseId,
      business: { ...save.intake.business, notes: 'บันทึกภายใน' },
    });
    expect(await compartmentRefreshes(db(), mentor)).toBe(before);
    await office().ok('cases.updateCase', {
      caseId: created.caseId,
      business: { ...save.intake.business, mentoringNeeds: ['customer_service', 'shop_setup'] },
    });
    expect(await compartmentRefreshes(db(), mentor)).toBe(before + 1);
    const history = await office().ok('cases.history', { caseId: created.caseId });
    expect(history.find((h) => h.field === 'business.mentoringNeeds')).toMatchObject({
      oldValue: 'product_photography,shop_setup',
      newValue: 'customer_service,shop_setup',
    });

    const beforePhone = await compartmentRefreshes(db(), mentor);
    const file = await office().ok('cases.open', { caseId: created.caseId });
    await office().ok('cases.updateProfile', {
      caseId: created.caseId,
      contact: {
        phone: '089-333-4444',
        lineId: file.profile.lineId,
        registeredAddress: save.intake.contact.registeredAddress,
        currentSameAsRegistered: true,
        currentAddress: { line: '', subdistrictId: null, postcode: '' },
      },
    });
    expect(await compartmentRefreshes(db(), mentor)).toBe(beforePhone + 1);
  });

  it('audit events of assignments hold ids and codes, never personal data', async () => {
    const events = [
      ...(await auditEvents(office(), 'mentor.assigned')),
      ...(await auditEvents(office(), 'mentor.reassigned')),
      ...(await auditEvents(office(), 'mentor.assignment_ended')),
      ...(await auditEvents(office(), 'mentor.bulk_assigned')),
      ...(await auditEvents(office(), 'mentor.suggestions_viewed')),
    ];
    expect(events.length).toBeGreaterThan(5);
    const text = JSON.stringify(events.map((e) => e.details));
    for (const personal of [...NAMES, 'ผู้รับบริการ', 'ลาซาด้า', 'ราชการ', 'พี่เลี้ยง', '081', 'ทดสอบ'])
      expect(text).not.toContain(personal);
  });

  it('a mentor cannot assign: FORBIDDEN in main', async () => {
    const { caseId } = await newCase();
    await office().ok('session.signOut');
    await office().ok('session.signIn', { userName: MENTOR.userName, password: MENTOR.password });
    for (const [channel, input] of [
      ['assignments.suggest', { caseId }],
      [
        'assignments.assign',
        { caseId, mentorId: 1, expectedAssignmentId: null, reason: '', overCapacityReason: '' },
      ],
      ['assignments.bulkPreview', { caseIds: [caseId], mentorId: null }],
      ['mentors.list', { includeInactive: false }],
    ] as const)
      expect(await office().call(channel, input as never)).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
  });
});
