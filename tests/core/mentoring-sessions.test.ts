import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { OFFICER } from '../support/office';
import { auditEvents, insertTestCase, officeDb } from '../support/cases';
import { insertAssignment, insertMentorProfile } from '../support/mentors';
import { sessionFields, sessionInput, useMentoringOffice } from '../support/mentoring-work';

const DAY = 86_400_000;

/**
 * The advisory session log in office mode (an officer who mentors): the same service runs in a
 * compartment (mentoring-workspace.test.ts shows that side).
 */
describe('the advisory session log', () => {
  const office = useMentoringOffice();
  let caseId: number;
  let otherCaseId: number;
  let closedCaseId: number;

  beforeAll(async () => {
    const db = officeDb(office());
    const { officerId } = office();
    ({ caseId } = await insertTestCase(db, { status: 'mentoring', firstName: 'สมหญิง' }));
    await insertMentorProfile(db, officerId, { organisation_kind: 'department', is_external: 0 });
    ({ caseId: otherCaseId } = await insertTestCase(db, { firstName: 'สมชาย' }));
    ({ caseId: closedCaseId } = await insertTestCase(db, { status: 'closed', firstName: 'สมปอง' }));
    await insertAssignment(db, { caseId, mentorId: officerId, startedBy: officerId });
    await insertAssignment(db, { caseId: closedCaseId, mentorId: officerId, startedBy: officerId });
  });

  it('logs a session with its agreed actions, on the timeline and in the audit log (codes only)', async () => {
    const session = await office().ok(
      'mentoring.logSession',
      sessionInput(caseId, {
        actions: [
          { description: 'ถ่ายรูปสินค้า 10 ชิ้น', owner: 'beneficiary', dueOn: '2026-12-01' },
          { description: 'ส่งคู่มือร้านค้า', owner: 'mentor', dueOn: '2026-11-28' },
        ],
      }),
    );
    expect(session).toMatchObject({
      caseId,
      mentorId: office().officerId,
      mentorName: OFFICER.fullName,
      heldOn: '2026-11-26',
      topics: ['shop_setup'],
      revision: 1,
      correctsSessionId: null,
      correctedBySessionId: null,
      editableUntil: new Date(office().clock.now().getTime() + 7 * DAY).toISOString(),
    });
    expect(session.sessionId).toMatch(/^[0-9a-f-]{36}$/);
    // Soonest due first.
    expect(session.actions.map((a) => [a.description, a.owner, a.doneOn, a.revision])).toEqual([
      ['ส่งคู่มือร้านค้า', 'mentor', null, 1],
      ['ถ่ายรูปสินค้า 10 ชิ้น', 'beneficiary', null, 1],
    ]);

    const file = await office().ok('cases.open', { caseId });
    expect(file.timeline[0]).toMatchObject({
      kind: 'session_logged',
      byName: OFFICER.fullName,
      detail: { sessionId: session.sessionId, heldOn: '2026-11-26', mode: 'in_person' },
    });
    const [event] = await auditEvents(office(), 'mentoring.session_logged');
    expect(event).toMatchObject({ target_type: 'case', target_id: String(caseId) });
    expect(JSON.parse(event!.details!)).toEqual({
      sessionId: session.sessionId,
      actions: 2,
      ticked: 0,
    });
    expect(event!.details).not.toContain('ร้านค้า');
  });

  it('refuses dates before the case or far ahead, a next session already past, unknown topics', async () => {
    const refused = async (overrides: Parameters<typeof sessionInput>[1], reason: string) =>
      expect(await office().call('mentoring.logSession', sessionInput(caseId, overrides))).toEqual({
        ok: false,
        error: { code: 'VALIDATION', reason },
      });
    await refused({ heldOn: '2026-11-25' }, 'session_before_case');
    await refused({ heldOn: '2027-06-01', nextSessionOn: null }, 'session_in_future');
    await refused({ heldOn: '2026-11-28', nextSessionOn: null }, 'session_in_future');
    await refused({ topics: ['underwater_weaving'] }, 'topic_unknown');
    await refused({ completedActionIds: [randomUUID()] }, 'action_not_found');
    // A day ahead is allowed (logged the evening before, in another time zone of mind).
    await office().ok('mentoring.logSession', sessionInput(caseId, { heldOn: '2026-11-27' }));
  });

  it('refuses a next session already past, durations of 0 or over 24 hours (schema), other cases', async () => {
    // The case opened 26 Nov: a session that day cannot plan the next one before it (schema),
    // and with the clock later a next date already past is refused by the core.
    expect(
      await office().call(
        'mentoring.logSession',
        sessionInput(caseId, { nextSessionOn: '2026-11-20' }),
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: ['nextSessionOn'] }] },
    });
    for (const durationMinutes of [0, 24 * 60 + 1, 30.5])
      expect(
        await office().call('mentoring.logSession', sessionInput(caseId, { durationMinutes })),
      ).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', issues: [{ path: ['durationMinutes'] }] },
      });
    expect(
      await office().call('mentoring.logSession', sessionInput(caseId, { heldTime: '24:10' })),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['heldTime'] }] } });
    expect(await office().call('mentoring.logSession', sessionInput(otherCaseId))).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'not_your_mentee' },
    });
    expect(await office().call('mentoring.logSession', sessionInput(closedCaseId))).toEqual({
      ok: false,
      error: { code: 'VALIDATION', reason: 'case_not_active_for_mentoring' },
    });
    expect(await office().call('mentoring.case', { caseId: otherCaseId })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'not_your_mentee' },
    });
  });

  it('ticks actions off in a later session and by hand; a stale revision gets CONFLICT', async () => {
    const first = await office().ok(
      'mentoring.logSession',
      sessionInput(caseId, {
        actions: [
          { description: 'เปิดบัญชีธนาคาร', owner: 'beneficiary', dueOn: '2026-11-30' },
          { description: 'ตั้งราคาสินค้า', owner: 'beneficiary', dueOn: '2026-11-30' },
        ],
      }),
    );
    const [bank, price] = first.actions;
    const second = await office().ok(
      'mentoring.logSession',
      sessionInput(caseId, { completedActionIds: [bank!.actionId] }),
    );
    expect(second.completedActionIds).toEqual([bank!.actionId]);
    const file = await office().ok('mentoring.case', { caseId });
    const ticked = file.sessions
      .find((s) => s.sessionId === first.sessionId)!
      .actions.find((a) => a.actionId === bank!.actionId)!;
    expect(ticked).toMatchObject({
      doneOn: '2026-11-26',
      doneInSessionId: second.sessionId,
      revision: 2,
    });
    expect(file.openActions.map((a) => a.actionId)).not.toContain(bank!.actionId);

    const done = await office().ok('mentoring.tickAction', {
      actionId: price!.actionId,
      done: true,
      expectedRevision: 1,
    });
    expect(done).toMatchObject({ doneOn: '2026-11-26', doneInSessionId: null, revision: 2 });
    expect(
      await office().call('mentoring.tickAction', {
        actionId: price!.actionId,
        done: false,
        expectedRevision: 1,
      }),
    ).toEqual({ ok: false, error: { code: 'CONFLICT', reason: 'record_changed' } });
    const undone = await office().ok('mentoring.tickAction', {
      actionId: price!.actionId,
      done: false,
      expectedRevision: 2,
    });
    expect(undone).toMatchObject({ doneOn: null, revision: 3 });
    expect(
      await office().call('mentoring.tickAction', {
        actionId: randomUUID(),
        done: true,
        expectedRevision: 1,
      }),
    ).toEqual({ ok: false, error: { code: 'NOT_FOUND', reason: 'action_not_found' } });
    // Editing the later session to tick nothing puts the action back to open.
    const unticking = await office().ok('mentoring.editSession', {
      ...sessionFields(sessionInput(caseId)),
      sessionId: second.sessionId,
      expectedRevision: 1,
      completedActionIds: [],
    });
    expect(unticking.completedActionIds).toEqual([]);
    const reopened = await office().ok('mentoring.case', { caseId });
    expect(reopened.openActions.find((a) => a.actionId === bank!.actionId)).toMatchObject({
      doneOn: null,
      doneInSessionId: null,
      revision: 3,
    });
    expect(
      (await auditEvents(office(), 'mentoring.action_ticked')).map((e) => JSON.parse(e.details!)),
    ).toEqual([
      { actionId: price!.actionId, done: true },
      { actionId: price!.actionId, done: false },
    ]);
  });

  it('edits within the window keeping every earlier state; a stale edit gets CONFLICT', async () => {
    const logged = await office().ok(
      'mentoring.logSession',
      sessionInput(caseId, {
        summary: 'ครั้งแรก',
        actions: [
          { description: 'ก', owner: 'beneficiary', dueOn: '2026-12-01' },
          { description: 'ข', owner: 'mentor', dueOn: '2026-12-02' },
        ],
      }),
    );
    const [keep, drop] = logged.actions;
    const fields = sessionFields(sessionInput(caseId));
    const edited = await office().ok('mentoring.editSession', {
      ...fields,
      sessionId: logged.sessionId,
      expectedRevision: 1,
      summary: 'แก้ไขแล้ว',
      durationMinutes: 90,
      actions: [
        { actionId: keep!.actionId, description: 'ก (แก้)', owner: 'office', dueOn: '2026-12-05' },
        { description: 'ค', owner: 'mentor', dueOn: '2026-12-06' },
      ],
    });
    expect(edited).toMatchObject({ revision: 2, summary: 'แก้ไขแล้ว', durationMinutes: 90 });
    expect(edited.actions.map((a) => [a.description, a.owner, a.revision])).toEqual([
      ['ก (แก้)', 'office', 2],
      ['ค', 'mentor', 1],
    ]);
    expect(edited.actions.map((a) => a.actionId)).not.toContain(drop!.actionId);

    expect(
      await office().call('mentoring.editSession', {
        ...fields,
        sessionId: logged.sessionId,
        expectedRevision: 1,
      }),
    ).toEqual({ ok: false, error: { code: 'CONFLICT', reason: 'record_changed' } });

    const history = await office().ok('mentoring.sessionHistory', { sessionId: logged.sessionId });
    expect(history.map((h) => [h.revision, h.session.summary, h.changedByName])).toEqual([
      [2, 'แก้ไขแล้ว', OFFICER.fullName],
      [1, 'ครั้งแรก', OFFICER.fullName],
    ]);
    expect(history[1]!.session.actions.map((a) => a.description)).toEqual(['ก', 'ข']);
    expect(history[1]!.session).not.toHaveProperty('editableUntil');
    expect(
      (await auditEvents(office(), 'mentoring.session_edited'))
        .map((e) => JSON.parse(e.details!) as { sessionId: string })
        .filter((details) => details.sessionId === logged.sessionId),
    ).toEqual([{ sessionId: logged.sessionId, revision: 2 }]);
  });

  it('lets a mentor edit only their own session', async () => {
    const db = officeDb(office());
    const at = office().clock.now().toISOString();
    const theirs = randomUUID();
    // A session of the case's earlier mentor (written straight into the database).
    await db
      .insertInto('advisory_sessions')
      .values({
        id: theirs,
        case_id: caseId,
        mentor_id: office().mentorId,
        held_on: '2026-11-26',
        held_time: '09:00',
        duration_minutes: 30,
        mode: 'phone',
        topics: '["shop_setup"]',
        summary: 'โทรคุย',
        next_session_on: null,
        completed_action_ids: '[]',
        corrects_session_id: null,
        correction_note: '',
        revision: 1,
        created_at: at,
        updated_at: at,
        updated_by: office().mentorId,
      })
      .execute();
    const fields = sessionFields(sessionInput(caseId));
    expect(
      await office().call('mentoring.editSession', {
        ...fields,
        sessionId: theirs,
        expectedRevision: 1,
      }),
    ).toEqual({ ok: false, error: { code: 'FORBIDDEN', reason: 'session_not_yours' } });
    const file = await office().ok('mentoring.case', { caseId });
    expect(file.sessions.find((s) => s.sessionId === theirs)).toMatchObject({
      mentorName: 'Mali Lazada',
      editableUntil: null,
    });
    expect(await office().call('mentoring.sessionHistory', { sessionId: randomUUID() })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'session_not_found' },
    });
  });

  // Last: the clock moves on eight days (the session locks and is unlocked).
  it('after the edit window, a correction is a new session that names the one it corrects', async () => {
    const logged = await office().ok('mentoring.logSession', sessionInput(caseId));
    await office().clock.advance(8 * DAY);
    await office().ok('session.unlock', { password: OFFICER.password });
    const fields = sessionFields(sessionInput(caseId));
    expect(
      await office().call('mentoring.editSession', {
        ...fields,
        sessionId: logged.sessionId,
        expectedRevision: 1,
      }),
    ).toEqual({ ok: false, error: { code: 'FORBIDDEN', reason: 'session_edit_window_closed' } });
    // The next session planned for 3 Dec is now in the past for a new entry.
    expect(
      await office().call('mentoring.correctSession', {
        ...fields,
        correctsSessionId: logged.sessionId,
        correctionNote: 'ระยะเวลาผิด',
      }),
    ).toEqual({ ok: false, error: { code: 'VALIDATION', reason: 'next_session_in_past' } });
    const correction = await office().ok('mentoring.correctSession', {
      ...fields,
      nextSessionOn: '2026-12-10',
      durationMinutes: 45,
      correctsSessionId: logged.sessionId,
      correctionNote: 'ระยะเวลาผิด',
    });
    expect(correction).toMatchObject({
      correctsSessionId: logged.sessionId,
      correctionNote: 'ระยะเวลาผิด',
      durationMinutes: 45,
      heldOn: '2026-11-26',
      revision: 1,
    });
    const file = await office().ok('mentoring.case', { caseId });
    expect(file.sessions.find((s) => s.sessionId === logged.sessionId)).toMatchObject({
      correctedBySessionId: correction.sessionId,
      editableUntil: null,
    });
    const [event] = await auditEvents(office(), 'mentoring.session_corrected');
    expect(JSON.parse(event!.details!)).toEqual({
      sessionId: correction.sessionId,
      correctsSessionId: logged.sessionId,
    });
  });
});
