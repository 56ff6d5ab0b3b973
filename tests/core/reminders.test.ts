import { beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, OFFICER } from '../support/office';
import { insertTestCase, officeDb } from '../support/cases';
import { insertAssignment, insertMentorProfile } from '../support/mentors';
import { sessionInput, useMentoringOffice } from '../support/mentoring-work';

/**
 * Reminders on the office's first day (Thursday 26 Nov 2026): an action due a week ago, a case
 * assigned in October with no session since, a mentor given more cases than their capacity.
 */
describe('reminders', () => {
  const office = useMentoringOffice();
  const cases = { overdue: 0, quiet: 0, recent: 0, closed: 0 };
  let actionId = '';

  beforeAll(async () => {
    const db = officeDb(office());
    const { officerId, mentorId } = office();
    cases.overdue = (await insertTestCase(db, { status: 'mentoring', firstName: 'มะลิ' })).caseId;
    cases.quiet = (await insertTestCase(db, { status: 'mentoring', firstName: 'ลำดวน' })).caseId;
    cases.recent = (await insertTestCase(db, { status: 'mentoring', firstName: 'จำปา' })).caseId;
    cases.closed = (await insertTestCase(db, { status: 'closed', firstName: 'กุหลาบ' })).caseId;
    await insertMentorProfile(db, officerId, { organisation_kind: 'department', is_external: 0 });
    await insertMentorProfile(db, mentorId, { capacity: 1 });
    await insertAssignment(db, {
      caseId: cases.overdue,
      mentorId: officerId,
      startedBy: officerId,
    });
    await insertAssignment(db, {
      caseId: cases.quiet,
      mentorId,
      startedBy: officerId,
      startedAt: '2026-10-01T03:00:00.000Z',
    });
    await insertAssignment(db, { caseId: cases.recent, mentorId, startedBy: officerId });
    // A closed case's old assignment is no reminder of anything.
    await insertAssignment(db, {
      caseId: cases.closed,
      mentorId: officerId,
      startedBy: officerId,
      startedAt: '2026-09-01T03:00:00.000Z',
    });
    const session = await office().ok(
      'mentoring.logSession',
      sessionInput(cases.overdue, {
        actions: [
          { description: 'ส่งเอกสารเปิดร้าน', owner: 'beneficiary', dueOn: '2026-11-19' },
          { description: 'ยังไม่ถึงกำหนด', owner: 'beneficiary', dueOn: '2026-12-19' },
        ],
      }),
    );
    actionId = session.actions.find((a) => a.dueOn === '2026-11-19')!.actionId;
  });

  it('lists overdue actions, quiet cases and mentors over capacity, with their counts', async () => {
    const list = await office().ok('reminders.list');
    expect(list.noSessionDays).toBe(30);
    expect(list.counts).toEqual({
      overdue_action: 1,
      no_recent_session: 1,
      mentor_over_capacity: 1,
    });
    expect(list.items).toEqual([
      {
        kind: 'overdue_action',
        caseId: cases.overdue,
        caseNumber: expect.any(String),
        beneficiaryName: 'นางมะลิ ทดสอบ',
        mentorId: office().officerId,
        mentorName: OFFICER.fullName,
        since: '2026-11-19',
        amount: 7,
        description: 'ส่งเอกสารเปิดร้าน',
        actionId,
      },
      {
        kind: 'no_recent_session',
        caseId: cases.quiet,
        caseNumber: expect.any(String),
        beneficiaryName: 'นางลำดวน ทดสอบ',
        mentorId: office().mentorId,
        mentorName: 'Mali Lazada',
        since: '2026-10-01',
        amount: 56,
        description: '',
        actionId: null,
      },
      {
        kind: 'mentor_over_capacity',
        caseId: null,
        caseNumber: null,
        beneficiaryName: null,
        mentorId: office().mentorId,
        mentorName: 'Mali Lazada',
        since: null,
        amount: 1,
        description: '',
        actionId: null,
      },
    ]);
  });

  it('gives a mentor their own reminders; ticking the action clears it', async () => {
    const mine = await office().ok('mentoring.reminders');
    expect(mine.items.map((item) => [item.kind, item.caseId, item.amount])).toEqual([
      ['overdue_action', cases.overdue, 7],
    ]);
    await office().ok('mentoring.tickAction', { actionId, done: true, expectedRevision: 1 });
    expect((await office().ok('mentoring.reminders')).items).toEqual([]);
    expect((await office().ok('reminders.list')).counts.overdue_action).toBe(0);
  });

  // Last: signs the admin in.
  it('follows the office setting for “no session for N days”, which the admin bounds', async () => {
    // Only the admin changes settings.
    await office().ok('session.signOut');
    await office().ok('session.signIn', { userName: ADMIN.userName, password: ADMIN.password });
    await office().ok('settings.update', { noSessionDays: 60 });
    const list = await office().ok('reminders.list');
    expect(list.noSessionDays).toBe(60);
    expect(list.counts.no_recent_session).toBe(0);
    expect(await office().ok('settings.get')).toMatchObject({ noSessionDays: 60 });
    for (const noSessionDays of [0, 6, 366, 30.5])
      expect(await office().call('settings.update', { noSessionDays })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
  });
});
