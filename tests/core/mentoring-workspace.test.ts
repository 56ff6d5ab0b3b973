import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { MENTOR, OFFICER } from '../support/office';
import { auditEvents, insertTestCase, officeDb } from '../support/cases';
import { insertAssignment, insertMentorProfile } from '../support/mentors';
import {
  compartmentOf,
  fillCompartment,
  sessionFields,
  sessionInput,
  useMentoringOffice,
} from '../support/mentoring-work';

/**
 * The workspace is the same in the office database (an officer who mentors) and in a mentor's
 * compartment (an outside mentor signed in on the office PC); one office serves both, the
 * officer first, then the mentor account.
 */
describe('the mentor workspace', () => {
  const office = useMentoringOffice();
  const cases: Record<'a' | 'b' | 'd' | 'notMine', number> = { a: 0, b: 0, d: 0, notMine: 0 };

  beforeAll(async () => {
    const db = officeDb(office());
    cases.a = (await insertTestCase(db, { status: 'mentoring', firstName: 'สมหญิง' })).caseId;
    cases.b = (await insertTestCase(db, { status: 'active', firstName: 'กนกพร' })).caseId;
    cases.d = (await insertTestCase(db, { status: 'mentoring', firstName: 'ประไพ' })).caseId;
    cases.notMine = (await insertTestCase(db, { firstName: 'วิไล' })).caseId;
  });

  it('is refused to an office role without a mentor profile', async () => {
    expect(await office().call('mentoring.workspace')).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'not_a_mentor' },
    });
    expect(await office().call('mentoring.case', { caseId: cases.a })).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'not_a_mentor' },
    });
  });

  it('office mode: mentees by next session then name, this week’s sessions, overdue actions, conflicts', async () => {
    const db = officeDb(office());
    const { officerId, mentorId } = office();
    await insertMentorProfile(db, officerId, { organisation_kind: 'department', is_external: 0 });
    for (const caseId of [cases.a, cases.b, cases.d])
      await insertAssignment(db, { caseId, mentorId: officerId, startedBy: officerId });
    await insertAssignment(db, { caseId: cases.notMine, mentorId, startedBy: officerId });

    const a = await office().ok(
      'mentoring.logSession',
      sessionInput(cases.a, {
        nextSessionOn: '2026-12-03',
        actions: [
          { description: 'ถ่ายรูปสินค้า', owner: 'beneficiary', dueOn: '2026-11-20' },
          { description: 'ตั้งราคา', owner: 'beneficiary', dueOn: '2026-12-20' },
        ],
      }),
    );
    const b = await office().ok(
      'mentoring.logSession',
      sessionInput(cases.b, { heldTime: '08:30', mode: 'line', nextSessionOn: '2026-11-30' }),
    );
    // Last week's Sunday (written straight in: the case opened later, which the core refuses).
    const at = office().clock.now().toISOString();
    await db
      .insertInto('advisory_sessions')
      .values({
        id: randomUUID(),
        case_id: cases.a,
        mentor_id: officerId,
        held_on: '2026-11-22',
        held_time: '10:00',
        duration_minutes: 30,
        mode: 'phone',
        topics: '[]',
        summary: 'x',
        next_session_on: null,
        completed_action_ids: '[]',
        corrects_session_id: null,
        correction_note: '',
        revision: 1,
        created_at: at,
        updated_at: at,
        updated_by: officerId,
      })
      .execute();
    await db
      .insertInto('mentoring_conflicts')
      .values({
        id: randomUUID(),
        mentor_id: officerId,
        record_kind: 'session',
        record_id: a.sessionId,
        case_id: cases.a,
        office_version: '{}',
        incoming_version: '{}',
        created_at: at,
        resolved_at: null,
        resolution: null,
      })
      .execute();

    const workspace = await office().ok('mentoring.workspace');
    expect(workspace).toMatchObject({
      mode: 'office',
      mentorName: OFFICER.fullName,
      conflicts: 1,
      refreshedAt: null,
    });
    expect(
      workspace.mentees.map((m) => [m.caseId, m.nextSessionOn, m.openActions, m.overdueActions]),
    ).toEqual([
      [cases.b, '2026-11-30', 0, 0],
      [cases.a, '2026-12-03', 2, 1],
      [cases.d, null, 0, 0],
    ]);
    expect(workspace.mentees[1]).toMatchObject({
      displayName: 'นางสมหญิง ทดสอบ',
      districtName: 'เมืองขอนแก่น',
      provinceName: 'ขอนแก่น',
      status: 'mentoring',
      lastSessionOn: '2026-11-26',
    });
    expect(workspace.sessionsThisWeek.map((s) => [s.sessionId, s.heldTime, s.mode])).toEqual([
      [b.sessionId, '08:30', 'line'],
      [a.sessionId, '10:00', 'in_person'],
    ]);
    expect(workspace.overdueActions).toMatchObject([
      { description: 'ถ่ายรูปสินค้า', caseId: cases.a, overdue: true, displayName: 'นางสมหญิง ทดสอบ' },
    ]);
    const [viewed] = await auditEvents(office(), 'mentoring.workspace_viewed');
    expect(JSON.parse(viewed!.details!)).toEqual({ mentees: 3, mode: 'office' });
  });

  it('office mode: a mentee’s file holds only what a mentor may see, and opening it is audited', async () => {
    const file = await office().ok('mentoring.case', { caseId: cases.a });
    expect(file).toMatchObject({
      summary: { caseId: cases.a, lastSessionOn: '2026-11-26', nextSessionOn: '2026-12-03' },
      phone: '+66812345678',
      occupation: 'ค้าขาย',
      products: 'ผ้าไหม',
      businessSkills: 'ทอผ้า',
      goals: 'ขายออนไลน์',
      hasSmartphone: true,
      hasProductPhotos: false,
    });
    expect(file.sessions).toHaveLength(2);
    const person = await officeDb(office())
      .selectFrom('beneficiaries')
      .innerJoin('cases', 'cases.beneficiary_id', 'beneficiaries.id')
      .select(['national_id', 'birth_date', 'registered_line'])
      .where('cases.id', '=', cases.a)
      .executeTakeFirstOrThrow();
    const text = JSON.stringify(file);
    for (const secret of [person.national_id!, person.birth_date, person.registered_line, '500000'])
      expect(text).not.toContain(secret);
    const events = await auditEvents(office(), 'mentoring.case_viewed');
    expect(events.at(-1)).toMatchObject({ target_type: 'case', target_id: String(cases.a) });
    expect(await office().call('mentoring.case', { caseId: cases.notMine })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'not_your_mentee' },
    });
    const topics = await office().ok('mentoring.topics');
    expect(topics).toHaveLength(8);
    expect(topics[0]).toEqual({
      code: 'product_photography',
      labelTh: 'การถ่ายภาพสินค้า',
      labelEn: 'Product photography',
      active: true,
    });
  });

  it('compartment mode: the same workspace and log from the mentor’s compartment', async () => {
    const { mentorId, officerId } = office();
    await office().ok('session.signOut');
    await office().ok('session.signIn', { userName: MENTOR.userName, password: MENTOR.password });
    const compartment = compartmentOf(office());
    await fillCompartment(
      compartment,
      [
        { case_id: 501, mentor_id: mentorId, display_name: 'นางบัวขาว ใจงาม', sort_key: 'b' },
        { case_id: 502, mentor_id: mentorId, display_name: 'นายก้อง ฟ้าใส', sort_key: 'a' },
        { case_id: 503, mentor_id: officerId, display_name: 'ไม่ใช่ของฉัน' },
      ],
      [{ user_id: officerId, full_name: OFFICER.fullName }],
    );
    await compartment
      .updateTable('meta')
      .set({ refreshed_at: '2026-11-26T02:00:00.000Z' })
      .where('id', '=', 1)
      .execute();

    const logged = await office().ok(
      'mentoring.logSession',
      sessionInput(501, {
        heldOn: '2026-11-25',
        nextSessionOn: '2026-11-29',
        actions: [{ description: 'ส่งรูป', owner: 'beneficiary', dueOn: '2026-11-24' }],
      }),
    );
    expect(logged).toMatchObject({ caseId: 501, mentorId, mentorName: MENTOR.fullName });
    const workspace = await office().ok('mentoring.workspace');
    expect(workspace).toMatchObject({
      mode: 'compartment',
      mentorName: MENTOR.fullName,
      refreshedAt: '2026-11-26T02:00:00.000Z',
      conflicts: 0,
      sessionsThisWeek: [{ sessionId: logged.sessionId, displayName: 'นางบัวขาว ใจงาม' }],
      overdueActions: [{ description: 'ส่งรูป', caseId: 501 }],
    });
    expect(workspace.mentees.map((m) => m.caseId)).toEqual([501, 502]);
    // The compartment has no office settings: the programme's 30 days apply.
    const reminders = await office().ok('mentoring.reminders');
    expect(reminders).toMatchObject({
      noSessionDays: 30,
      counts: { overdue_action: 1, no_recent_session: 0 },
      items: [{ kind: 'overdue_action', caseId: 501, amount: 2, mentorName: MENTOR.fullName }],
    });

    // What the mentor wrote waits in the compartment, marked for the next merge.
    const row = await compartment
      .selectFrom('advisory_sessions')
      .select(['dirty', 'base_revision', 'mentor_id'])
      .where('id', '=', logged.sessionId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ dirty: 1, base_revision: null, mentor_id: mentorId });
    const events = await compartment
      .selectFrom('events')
      .select(['action', 'target_type', 'target_id', 'details'])
      .where('action', 'like', 'mentoring.%')
      .orderBy('seq')
      .execute();
    expect(events.map((e) => [e.action, e.target_id])).toEqual([
      ['mentoring.session_logged', '501'],
      ['mentoring.workspace_viewed', null],
    ]);

    expect(await office().call('mentoring.case', { caseId: 503 })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'not_your_mentee' },
    });
    // A compartment has no attachments: evidence is described in the note.
    expect(
      await office().call('mentoring.recordMonth', {
        caseId: 501,
        month: '2026-11',
        orders: 3,
        salesSatang: 45_000,
        incomeSatang: 20_000,
        source: 'evidence',
        evidenceAttachmentId: 7,
        note: '',
        expectedRevision: null,
      }),
    ).toEqual({ ok: false, error: { code: 'VALIDATION', reason: 'evidence_not_found' } });
    await office().ok('mentoring.recordMonth', {
      caseId: 501,
      month: '2026-11',
      orders: 3,
      salesSatang: 45_000,
      incomeSatang: 20_000,
      source: 'evidence',
      evidenceAttachmentId: null,
      note: 'สลิปโอนเงินจากลาซาด้า',
      expectedRevision: null,
    });
    const file = await office().ok('mentoring.case', { caseId: 501 });
    expect(file.months).toMatchObject([{ month: '2026-11', recordedByName: MENTOR.fullName }]);
    const topics = await office().ok('mentoring.topics');
    expect(topics).toHaveLength(8);
  });

  it('compartment mode: an edit of a row the office wrote marks it changed again', async () => {
    const { mentorId } = office();
    const compartment = compartmentOf(office());
    const at = office().clock.now().toISOString();
    const id = randomUUID();
    // As the office's refresh writes it: by INSERT, not changed here (dirty 0), revision 3.
    await compartment
      .insertInto('advisory_sessions')
      .values({
        id,
        case_id: 502,
        mentor_id: mentorId,
        held_on: '2026-11-26',
        held_time: '13:00',
        duration_minutes: 30,
        mode: 'video',
        topics: '["shop_setup"]',
        summary: 'จากสำนักงาน',
        next_session_on: null,
        completed_action_ids: '[]',
        corrects_session_id: null,
        correction_note: '',
        revision: 3,
        created_at: at,
        updated_at: at,
        updated_by: mentorId,
        dirty: 0,
        base_revision: 3,
      })
      .execute();
    const fields = sessionFields(sessionInput(502));
    const edited = await office().ok('mentoring.editSession', {
      ...fields,
      sessionId: id,
      expectedRevision: 3,
      nextSessionOn: null,
    });
    expect(edited.revision).toBe(4);
    expect(
      await compartment
        .selectFrom('advisory_sessions')
        .select(['dirty', 'base_revision', 'revision'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow(),
    ).toEqual({ dirty: 1, base_revision: 3, revision: 4 });
    expect(
      await compartment
        .selectFrom('advisory_session_revisions')
        .select(['revision', 'dirty'])
        .where('session_id', '=', id)
        .execute(),
    ).toEqual([{ revision: 3, dirty: 1 }]);
    const history = await office().ok('mentoring.sessionHistory', { sessionId: id });
    expect(history.map((h) => [h.revision, h.session.summary])).toEqual([
      [4, fields.summary],
      [3, 'จากสำนักงาน'],
    ]);
  });
});
