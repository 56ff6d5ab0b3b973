import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  mergeCompartmentInto,
  mergeWithRefusals,
} from '../../src/main/core/sync/compartment-merge';
import { refreshCompartmentOf } from '../../src/main/core/sync/compartment-refresh';
import { openCompartment } from '../../src/main/core/compartments/compartment-file';
import { auditEvents, insertTestCase, officeDb } from '../support/cases';
import {
  actionRow,
  milestoneRow,
  monthRow,
  officeCopy,
  officeForSync,
  officeSide,
  sessionRow,
  withCompartment,
  type Compartment,
} from '../support/compartment-sync';
import { insertAssignment } from '../support/mentors';
import { MENTOR, OFFICER, type TestOffice } from '../support/office';

// One office for the file (two Argon2id keys per office): its folder lives until the end.
let office: TestOffice & { officerId: number; mentorId: number; dir: string };

beforeAll(async () => {
  office = await officeForSync(mkdtempSync(join(tmpdir(), 'kaona-test-')));
}, 120_000);
afterAll(async () => {
  await office.core.close();
  rmSync(office.dir, { recursive: true, force: true });
});

const db = () => officeDb(office);
const inCompartment = <T>(work: (compartment: Compartment) => Promise<T>) =>
  withCompartment(office, office.dir, office.mentorId, work);
const refresh = () =>
  inCompartment((compartment) =>
    refreshCompartmentOf(officeSide(office), office.mentorId, compartment),
  );
const merge = () =>
  inCompartment((compartment) =>
    mergeCompartmentInto(officeSide(office), office.mentorId, compartment, 'compartment'),
  );
const menteeIds = async () =>
  (
    await inCompartment((compartment) =>
      compartment.selectFrom('mentee_cases').select('case_id').execute(),
    )
  ).map((row) => row.case_id);

/** A case of the mentor: assigned, with the consent a Lazada adviser needs. */
async function mentee(options: Parameters<typeof insertTestCase>[1] = {}) {
  const created = await insertTestCase(db(), { granted: ['share_lazada'], ...options });
  await insertAssignment(db(), {
    caseId: created.caseId,
    mentorId: office.mentorId,
    startedBy: office.officerId,
  });
  return created;
}

const FORBIDDEN_COLUMNS = [
  'national_id',
  'other_id_number',
  'birth_date',
  'registered_line',
  'current_line',
  'disability_types',
  'disability_card',
  'health_notes',
  'caregiver_name',
  'monthly_income_satang',
  'household_size',
  'welfare_card',
  'notes',
  'compartment_key',
];

describe('the refresh', () => {
  it('writes exactly the allowed columns, and only assigned cases whose consents hold', async () => {
    const mine = await mentee({
      firstName: 'บุญมี',
      lastName: 'ขายดี',
      disabilityTypes: ['visual'],
      healthNotes: 'เบาหวาน',
    });
    const noSharing = await insertTestCase(db(), { firstName: 'ไม่แบ่งปัน', granted: [] });
    await insertAssignment(db(), {
      caseId: noSharing.caseId,
      mentorId: office.mentorId,
      startedBy: office.officerId,
    });
    const notMine = await insertTestCase(db(), { firstName: 'คนอื่น', granted: ['share_lazada'] });

    const counts = await refresh();
    expect(counts.cases).toBeGreaterThanOrEqual(1);
    const ids = await menteeIds();
    expect(ids).toContain(mine.caseId);
    expect(ids).not.toContain(noSharing.caseId);
    expect(ids).not.toContain(notMine.caseId);

    const row = await inCompartment((compartment) =>
      compartment
        .selectFrom('mentee_cases')
        .selectAll()
        .where('case_id', '=', mine.caseId)
        .executeTakeFirstOrThrow(),
    );
    expect(row).toEqual({
      case_id: mine.caseId,
      mentor_id: office.mentorId,
      case_number: mine.caseNumber,
      display_name: 'นางบุญมี ขายดี',
      nickname: 'หญิง',
      phone: '+66812345678',
      line_id: '',
      district_name: 'เมืองขอนแก่น',
      province_name: 'ขอนแก่น',
      status: 'intake',
      intake_date: '2026-11-26',
      assigned_since: '2026-11-26T03:00:00.000Z',
      occupation: 'ค้าขาย',
      products: 'ผ้าไหม',
      product_category: null,
      business_skills: 'ทอผ้า',
      has_smartphone: 1,
      has_internet: 1,
      has_bank_account: 1,
      has_product_photos: 0,
      has_online_shop: 0,
      lazada_seller_id: '',
      goals: 'ขายออนไลน์',
      mentoring_needs: '[]',
      sort_key: expect.any(String),
    });

    // No table of the compartment has a column for what must never reach it.
    const columns = await inCompartment(async (compartment) => {
      const { rows } = await sql<{ name: string }>`
        SELECT c.name FROM sqlite_master AS t, pragma_table_info(t.name) AS c
        WHERE t.type = 'table'
      `.execute(compartment);
      return rows.map((row) => row.name);
    });
    for (const forbidden of FORBIDDEN_COLUMNS) expect(columns).not.toContain(forbidden);

    const meta = await inCompartment((compartment) =>
      compartment.selectFrom('meta').selectAll().executeTakeFirstOrThrow(),
    );
    const identity = await db()
      .selectFrom('office_identity')
      .select('office_uuid')
      .executeTakeFirstOrThrow();
    expect(meta).toMatchObject({
      office_uuid: identity.office_uuid,
      refreshed_at: expect.any(String),
    });
    const skills = await inCompartment((compartment) =>
      compartment.selectFrom('mentor_skills').select('code').execute(),
    );
    expect(skills.length).toBeGreaterThanOrEqual(8);
    const state = await db()
      .selectFrom('mentor_compartments')
      .select('refresh_due')
      .where('user_id', '=', office.mentorId)
      .executeTakeFirstOrThrow();
    expect(state.refresh_due).toBe(0);
    const [event] = (await auditEvents(office, 'mentor.compartment_refreshed')).slice(-1);
    expect(JSON.parse(event!.details!)).toMatchObject({ cases: ids.length });
    // Nothing changed since: the next refresh leaves the compartment and the audit log alone.
    const events = (await auditEvents(office, 'mentor.compartment_refreshed')).length;
    await refresh();
    expect(await auditEvents(office, 'mentor.compartment_refreshed')).toHaveLength(events);
  });

  it('removes a case once its sharing consent is withdrawn (after the call) or it is reassigned (before a lock)', async () => {
    const withdrawn = await mentee();
    const reassigned = await mentee();
    await refresh();
    expect(await menteeIds()).toEqual(
      expect.arrayContaining([withdrawn.caseId, reassigned.caseId]),
    );

    // What the assignment helper marks in the consent's transaction; the call's hook refreshes.
    await db().updateTable('mentor_compartments').set({ refresh_due: 1 }).execute();
    await office.ok('cases.changeConsent', {
      caseId: withdrawn.caseId,
      purpose: 'share_lazada',
      granted: false,
      noticeVersion: '2569-2',
      givenBy: 'self',
      guardianName: '',
      note: '',
    });
    expect(await menteeIds()).not.toContain(withdrawn.caseId);

    await db()
      .updateTable('mentor_assignments')
      .set({
        ended_at: '2026-11-30T03:00:00.000Z',
        ended_by: office.officerId,
        end_kind: 'reassigned',
      })
      .where('case_id', '=', reassigned.caseId)
      .execute();
    await insertAssignment(db(), {
      caseId: reassigned.caseId,
      mentorId: office.officerId,
      startedBy: office.officerId,
    });
    await db().updateTable('mentor_compartments').set({ refresh_due: 1 }).execute();
    const key = await db()
      .selectFrom('mentor_compartments')
      .select('compartment_key')
      .where('user_id', '=', office.mentorId)
      .executeTakeFirstOrThrow();
    await office.ok('session.lock');
    const opened = await openCompartment(
      office.dir,
      office.mentorId,
      Buffer.from(key.compartment_key),
    );
    const ids = (await opened.db.selectFrom('mentee_cases').select('case_id').execute()).map(
      (row) => row.case_id,
    );
    await opened.db.destroy();
    expect(ids).not.toContain(reassigned.caseId);
    expect(ids).not.toContain(withdrawn.caseId);
    await office.ok('session.unlock', { password: OFFICER.password });
  });
  it('keeps a row the mentor wrote that no merge has seen yet, dirty, for the next merge', async () => {
    const { caseId } = await mentee();
    const waiting = sessionRow(caseId, office.mentorId);
    const revision = {
      session_id: waiting.id,
      revision: 1,
      snapshot: JSON.stringify({ session: officeCopy(waiting), actions: [] }),
      changed_at: '2026-11-30T05:00:00.000Z',
      changed_by: office.mentorId,
      dirty: 1 as const,
    };
    await inCompartment(async (compartment) => {
      await compartment
        .insertInto('advisory_sessions')
        .values({ ...waiting, summary: 'แก้แล้ว', revision: 2 })
        .execute();
      await compartment.insertInto('advisory_session_revisions').values(revision).execute();
    });
    await refresh();
    const kept = await inCompartment((compartment) =>
      compartment
        .selectFrom('advisory_sessions')
        .select(['dirty', 'revision'])
        .where('id', '=', waiting.id)
        .executeTakeFirst(),
    );
    expect(kept).toEqual({ dirty: 1, revision: 2 });
    // The next merge takes it in with its earlier version as its history.
    expect((await merge()).added.session).toBe(1);
    expect(await officeSession(waiting.id)).toMatchObject({ summary: 'แก้แล้ว', revision: 2 });
    const history = await db()
      .selectFrom('advisory_session_revisions')
      .select(['revision', 'snapshot'])
      .where('session_id', '=', waiting.id)
      .execute();
    expect(history).toHaveLength(1);
    expect(JSON.parse(history[0]!.snapshot)).toMatchObject({
      session: { summary: waiting.summary },
    });
  });
});

describe('the merge', () => {
  it('takes in sessions, actions, milestones and months written in the compartment, once', async () => {
    const { caseId } = await mentee();
    await refresh();
    const session = sessionRow(caseId, office.mentorId);
    const action = actionRow(session.id, caseId, office.mentorId);
    await inCompartment(async (compartment) => {
      await compartment.insertInto('advisory_sessions').values(session).execute();
      await compartment.insertInto('session_actions').values(action).execute();
      await compartment
        .insertInto('outcome_milestones')
        .values(milestoneRow(caseId, office.mentorId))
        .execute();
      await compartment
        .insertInto('outcome_months')
        .values(monthRow(caseId, office.mentorId))
        .execute();
    });

    const report = await merge();
    expect(report).toMatchObject({
      mentorId: office.mentorId,
      source: 'compartment',
      added: { session: 1, action: 1, milestone: 1, month: 1 },
      updated: { session: 0, action: 0, milestone: 0, month: 0 },
      conflicts: 0,
      refused: 0,
      cases: [{ caseId, beneficiaryName: 'นางสมหญิง ทดสอบ' }],
    });
    expect(report.mergeId).toBeGreaterThan(0);
    const stored = await db()
      .selectFrom('advisory_sessions')
      .selectAll()
      .where('id', '=', session.id)
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({
      mentor_id: office.mentorId,
      updated_by: office.mentorId,
      revision: 1,
    });
    const timeline = await db()
      .selectFrom('case_events')
      .select(['kind', 'detail', 'by_user_id'])
      .where('case_id', '=', caseId)
      .where('kind', '!=', 'intake')
      .orderBy('id')
      .execute();
    expect(timeline.map((entry) => [entry.kind, JSON.parse(entry.detail)])).toEqual([
      ['session_logged', { sessionId: session.id, heldOn: '2026-11-30', mode: 'line' }],
      ['milestone_recorded', { kind: 'shop_opened', occurredOn: '2026-11-29' }],
      ['outcome_recorded', { month: '2026-11' }],
    ]);
    const [event] = (await auditEvents(office, 'mentor.compartment_merged')).slice(-1);
    expect(JSON.parse(event!.details!)).toMatchObject({
      mergeId: report.mergeId,
      added_session: 1,
    });
    expect(event!.details).not.toContain('ช่วยเปิดร้าน');

    // Running it again before the refresh (a crash after the commit) changes nothing.
    const counts = await officeCounts();
    expect((await merge()).mergeId).toBe(0);
    expect(await officeCounts()).toEqual(counts);

    // The refresh then holds the office's rows, clean.
    await refresh();
    const clean = await inCompartment((compartment) =>
      compartment
        .selectFrom('advisory_sessions')
        .select(['dirty', 'base_revision'])
        .where('id', '=', session.id)
        .executeTakeFirstOrThrow(),
    );
    expect(clean).toEqual({ dirty: 0, base_revision: 1 });
    const refreshed = await officeCounts();
    expect((await merge()).mergeId).toBe(0);
    expect(await officeCounts()).toEqual(refreshed);

    const reports = await office.ok('sync.reports', { limit: 5 });
    expect(reports[0]).toMatchObject({ mergeId: report.mergeId, mentorName: 'Mali Lazada' });
  });

  it('applies an edit based on the office’s revision as the next one, keeps the history, and turns a crossed edit into a conflict the mentor settles', async () => {
    const { caseId } = await mentee();
    const session = sessionRow(caseId, office.mentorId);
    await inCompartment((compartment) =>
      compartment.insertInto('advisory_sessions').values(session).execute(),
    );
    await merge();
    await refresh();

    // The mentor edits it (the service bumps the revision; the trigger marks the row dirty).
    await inCompartment((compartment) =>
      compartment
        .updateTable('advisory_sessions')
        .set({ summary: 'แก้ไขโดยพี่เลี้ยง', revision: 2 })
        .where('id', '=', session.id)
        .execute(),
    );
    expect((await merge()).updated.session).toBe(1);
    expect((await merge()).mergeId).toBe(0);
    const edited = await officeSession(session.id);
    expect(edited).toMatchObject({ summary: 'แก้ไขโดยพี่เลี้ยง', revision: 2 });
    const history = await db()
      .selectFrom('advisory_session_revisions')
      .select(['revision', 'snapshot'])
      .where('session_id', '=', session.id)
      .execute();
    expect(history.map((row) => row.revision)).toEqual([1]);
    expect(JSON.parse(history[0]!.snapshot)).toMatchObject({
      session: { summary: session.summary },
      actions: [],
    });
    await refresh();

    // The office's copy moves on (a carried copy came in) while the compartment edits revision 2.
    await db()
      .updateTable('advisory_sessions')
      .set({ summary: 'แก้จากเครื่องอื่น', revision: 3 })
      .where('id', '=', session.id)
      .execute();
    await inCompartment((compartment) =>
      compartment
        .updateTable('advisory_sessions')
        .set({ summary: 'แก้ในห้องเก็บข้อมูล', revision: 3 })
        .where('id', '=', session.id)
        .execute(),
    );
    expect((await merge()).conflicts).toBe(1);
    expect((await merge()).mergeId).toBe(0);
    expect(await officeSession(session.id)).toMatchObject({ summary: 'แก้จากเครื่องอื่น', revision: 3 });
    await refresh();
    const waiting = await inCompartment((compartment) =>
      compartment
        .selectFrom('mentoring_conflicts')
        .selectAll()
        .where('record_id', '=', session.id)
        .execute(),
    );
    expect(waiting).toHaveLength(1);
    expect(JSON.parse(waiting[0]!.incoming_version)).toMatchObject({ summary: 'แก้ในห้องเก็บข้อมูล' });

    // The mentor keeps their version in the compartment; the next merge applies it.
    await inCompartment((compartment) =>
      compartment
        .updateTable('mentoring_conflicts')
        .set({ resolution: 'incoming', resolved_at: '2026-12-01T02:00:00.000Z' })
        .where('id', '=', waiting[0]!.id)
        .execute(),
    );
    await merge();
    expect(await officeSession(session.id)).toMatchObject({
      summary: 'แก้ในห้องเก็บข้อมูล',
      revision: 4,
    });
    const settled = await db()
      .selectFrom('mentoring_conflicts')
      .select(['resolution', 'resolved_at'])
      .where('id', '=', waiting[0]!.id)
      .executeTakeFirstOrThrow();
    expect(settled.resolution).toBe('incoming');
    expect((await merge()).mergeId).toBe(0);
    await refresh();
    expect(
      await inCompartment((compartment) =>
        compartment.selectFrom('mentoring_conflicts').selectAll().execute(),
      ),
    ).toEqual([]);
  });

  it('takes an edit that leaves out an open action as its removal, and keeps a done one', async () => {
    const { caseId } = await mentee();
    const session = sessionRow(caseId, office.mentorId);
    const open = actionRow(session.id, caseId, office.mentorId);
    const done = actionRow(session.id, caseId, office.mentorId, { done_on: '2026-11-30' });
    await inCompartment(async (compartment) => {
      await compartment.insertInto('advisory_sessions').values(session).execute();
      await compartment.insertInto('session_actions').values([open, done]).execute();
    });
    await merge();
    await refresh();
    // What the mentoring service does when the mentor edits the session without the open action.
    await inCompartment(async (compartment) => {
      await compartment.deleteFrom('session_actions').where('id', '=', open.id).execute();
      await compartment
        .updateTable('advisory_sessions')
        .set({ summary: 'ตัดงานที่ไม่จำเป็นออก', revision: 2 })
        .where('id', '=', session.id)
        .execute();
    });
    expect((await merge()).updated.session).toBe(1);
    const left = await db()
      .selectFrom('session_actions')
      .select('id')
      .where('session_id', '=', session.id)
      .execute();
    expect(left.map((row) => row.id)).toEqual([done.id]);
    const [history] = await db()
      .selectFrom('advisory_session_revisions')
      .select('snapshot')
      .where('session_id', '=', session.id)
      .execute();
    expect(JSON.parse(history!.snapshot).actions).toHaveLength(2);
  });

  it('refuses hostile rows: a case not assigned, someone else’s name, values out of range', async () => {
    const { caseId } = await mentee();
    const stranger = await insertTestCase(db(), { granted: ['share_lazada'] });
    await refresh();
    const fine = sessionRow(caseId, office.mentorId, {
      completed_action_ids: JSON.stringify([randomUUID()]),
    });
    const hostile = [
      sessionRow(stranger.caseId, office.mentorId),
      sessionRow(caseId, office.officerId),
      sessionRow(caseId, office.mentorId, { held_on: '2027-06-01', next_session_on: null }),
      sessionRow(caseId, office.mentorId, { held_on: '2026-01-01' }),
      sessionRow(caseId, office.mentorId, { topics: '["<script>"]' }),
      sessionRow(caseId, office.mentorId, { summary: '' }),
      sessionRow(caseId, office.mentorId, { id: 'not-a-uuid' }),
    ];
    await inCompartment(async (compartment) => {
      await compartment
        .insertInto('advisory_sessions')
        .values([fine, ...hostile])
        .execute();
      await compartment
        .insertInto('outcome_milestones')
        .values(milestoneRow(caseId, office.mentorId, { shop_ref: 'javascript:alert(1)' }))
        .execute();
      await compartment
        .insertInto('outcome_months')
        .values([
          monthRow(caseId, office.mentorId, { id: `${caseId}:2027-05`, month: '2027-05' }),
          monthRow(caseId, office.mentorId, { source: 'evidence', evidence_attachment_id: 99 }),
          monthRow(stranger.caseId, office.mentorId, { id: `${stranger.caseId}:2026-11` }),
        ])
        .execute();
      await compartment
        .insertInto('session_actions')
        .values(actionRow(hostile[0]!.id, stranger.caseId, office.mentorId))
        .execute();
    });
    const before = await officeCounts();
    const { report, refusedIds } = await inCompartment((compartment) =>
      mergeWithRefusals(officeSide(office), office.mentorId, compartment, 'compartment'),
    );
    expect(report.added).toEqual({ session: 1, action: 0, milestone: 0, month: 0 });
    expect(report.refused).toBe(hostile.length + 1 + 3 + 1);
    const after = await officeCounts();
    expect(after.sessions).toBe(before.sessions + 1);
    expect(after.milestones).toBe(before.milestones);
    expect(after.months).toBe(before.months);
    // An action id the office does not know is dropped from the ticked list.
    expect((await officeSession(fine.id))?.completed_action_ids).toBe('[]');
    expect(
      await db()
        .selectFrom('advisory_sessions')
        .select('id')
        .where('case_id', '=', stranger.caseId)
        .execute(),
    ).toEqual([]);
    // The refresh after it drops what the merge refused and what is about a case not theirs.
    await inCompartment((compartment) =>
      refreshCompartmentOf(officeSide(office), office.mentorId, compartment, refusedIds),
    );
    const left = await inCompartment((compartment) =>
      compartment.selectFrom('advisory_sessions').select('id').where('dirty', '=', 1).execute(),
    );
    expect(left).toEqual([]);
    expect((await merge()).mergeId).toBe(0);
  });

  it('lets the mentor tick off an action of an earlier mentor’s session, not rewrite it, and takes a correction with the session it corrects', async () => {
    const { caseId } = await mentee();
    // The officer mentored this case before (their session and agreed actions are the office's).
    const earlier = officeCopy(sessionRow(caseId, office.officerId, { held_on: '2026-11-27' }));
    await db().insertInto('advisory_sessions').values(earlier).execute();
    const tick = officeCopy(actionRow(earlier.id, caseId, office.officerId));
    const rewrite = officeCopy(actionRow(earlier.id, caseId, office.officerId));
    await db().insertInto('session_actions').values([tick, rewrite]).execute();
    await refresh();

    const original = sessionRow(caseId, office.mentorId, { held_on: '2026-11-29' });
    const correction = sessionRow(caseId, office.mentorId, {
      corrects_session_id: original.id,
      correction_note: 'วันที่ผิด',
      created_at: '2026-11-30T03:00:00.000Z',
      completed_action_ids: JSON.stringify([tick.id]),
    });
    await inCompartment(async (compartment) => {
      // Inserted correction first: the merge still takes the corrected session in before it.
      await compartment.insertInto('advisory_sessions').values([correction, original]).execute();
      await compartment
        .updateTable('session_actions')
        .set({ done_on: '2026-11-30', done_in_session_id: correction.id, revision: 2 })
        .where('id', '=', tick.id)
        .execute();
      await compartment
        .updateTable('session_actions')
        .set({ description: 'ไม่ต้องทำแล้ว', revision: 2 })
        .where('id', '=', rewrite.id)
        .execute();
    });
    const report = await merge();
    expect(report.added.session).toBe(2);
    expect(report.updated.action).toBe(1);
    expect(report.refused).toBe(1);
    const actions = await db()
      .selectFrom('session_actions')
      .select(['id', 'description', 'done_on', 'done_in_session_id', 'revision'])
      .where('session_id', '=', earlier.id)
      .execute();
    expect(actions.find((a) => a.id === tick.id)).toMatchObject({
      done_on: '2026-11-30',
      done_in_session_id: correction.id,
      revision: 2,
    });
    expect(actions.find((a) => a.id === rewrite.id)).toMatchObject({
      description: tick.description,
      revision: 1,
    });
    expect(await officeSession(correction.id)).toMatchObject({
      corrects_session_id: original.id,
      completed_action_ids: JSON.stringify([tick.id]),
    });
  });

  it('merges at the next office sign-in, then refreshes the compartment', async () => {
    const { caseId } = await mentee();
    await refresh();
    const session = sessionRow(caseId, office.mentorId);
    const event = (action: string, at = '2026-11-30T05:00:00.000Z') => ({
      at,
      actor_user_name: 'admin.kk',
      action,
      outcome: 'success',
      details: JSON.stringify({ caseId, nested: { nationalId: '1101700000000' } }),
      target_type: 'case',
      target_id: String(caseId),
    });
    await inCompartment(async (compartment) => {
      await compartment.insertInto('advisory_sessions').values(session).execute();
      // Events Kaona writes there, and ones it never does (written with a SQLite tool).
      await compartment
        .insertInto('events')
        .values([
          event('mentoring.case_viewed'),
          event('case.sensitive_revealed'),
          event('mentoring.workspace_viewed', 'not a date'),
        ])
        .execute();
    });
    const revealed = (await auditEvents(office, 'case.sensitive_revealed')).length;
    await office.ok('session.signOut');
    await office.ok('session.signIn', { userName: OFFICER.userName, password: OFFICER.password });
    expect(await officeSession(session.id)).toMatchObject({
      case_id: caseId,
      mentor_id: office.mentorId,
    });
    const row = await inCompartment((compartment) =>
      compartment
        .selectFrom('advisory_sessions')
        .select('dirty')
        .where('id', '=', session.id)
        .executeTakeFirstOrThrow(),
    );
    expect(row.dirty).toBe(0);
    const [viewed] = (await auditEvents(office, 'mentoring.case_viewed')).slice(-1);
    expect(viewed).toMatchObject({ actor_user_id: office.mentorId, actor_role: 'mentor' });
    expect(JSON.parse(viewed!.details!)).toEqual({ caseId, via: 'compartment' });
    expect(await auditEvents(office, 'case.sensitive_revealed')).toHaveLength(revealed);
  });
});

describe('conflicts for the mentor to settle', () => {
  /** A session the office and the compartment both changed from revision 1: one conflict. */
  async function crossedEdit(caseId: number) {
    const session = sessionRow(caseId, office.mentorId);
    await inCompartment((compartment) =>
      compartment.insertInto('advisory_sessions').values(session).execute(),
    );
    await merge();
    await refresh();
    await db()
      .updateTable('advisory_sessions')
      .set({ summary: 'ฉบับของสำนักงาน', revision: 2 })
      .where('id', '=', session.id)
      .execute();
    await inCompartment((compartment) =>
      compartment
        .updateTable('advisory_sessions')
        .set({ summary: 'ฉบับของพี่เลี้ยง', revision: 2 })
        .where('id', '=', session.id)
        .execute(),
    );
    expect((await merge()).conflicts).toBe(1);
    await refresh();
    return session;
  }

  it('in the compartment: the mentor sees both versions, picks, and the next office sign-in applies the pick', async () => {
    const { caseId } = await mentee({ firstName: 'จันทร์เพ็ญ', lastName: 'ขัดแย้ง' });
    const session = await crossedEdit(caseId);
    await office.ok('session.signOut');
    await office.ok('session.signIn', { userName: MENTOR.userName, password: MENTOR.password });
    const [conflict] = await office.ok('mentoring.conflicts');
    expect(conflict).toMatchObject({
      recordKind: 'session',
      recordId: session.id,
      caseId,
      displayName: 'นางจันทร์เพ็ญ ขัดแย้ง',
      officeVersion: { summary: 'ฉบับของสำนักงาน', topics: ['shop_setup'] },
      incomingVersion: { summary: 'ฉบับของพี่เลี้ยง' },
    });
    expect(
      await office.ok('mentoring.resolveConflict', {
        conflictId: conflict!.conflictId,
        keep: 'office',
      }),
    ).toEqual([]);
    expect(
      await office.call('mentoring.resolveConflict', {
        conflictId: conflict!.conflictId,
        keep: 'incoming',
      }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'conflict_not_found' } });
    await office.ok('session.signOut');
    await office.ok('session.signIn', { userName: OFFICER.userName, password: OFFICER.password });
    const settled = await db()
      .selectFrom('mentoring_conflicts')
      .select(['resolution'])
      .where('id', '=', conflict!.conflictId)
      .executeTakeFirstOrThrow();
    expect(settled.resolution).toBe('office');
    expect(await officeSession(session.id)).toMatchObject({
      summary: 'ฉบับของสำนักงาน',
      revision: 2,
    });
  });

  it('in the office database (an officer who mentors): the pick is applied at once as a new revision', async () => {
    const { caseId } = await insertTestCase(db());
    await insertAssignment(db(), {
      caseId,
      mentorId: office.officerId,
      startedBy: office.officerId,
    });
    const officeRow = officeCopy(sessionRow(caseId, office.officerId));
    const session = officeRow;
    await db().insertInto('advisory_sessions').values(officeRow).execute();
    const conflictId = randomUUID();
    await db()
      .insertInto('mentoring_conflicts')
      .values({
        id: conflictId,
        mentor_id: office.officerId,
        record_kind: 'session',
        record_id: session.id,
        case_id: caseId,
        office_version: JSON.stringify(officeRow),
        incoming_version: JSON.stringify({ ...officeRow, summary: 'จากเครื่องที่พกไป' }),
        created_at: '2026-12-01T01:00:00.000Z',
        resolved_at: null,
        resolution: null,
      })
      .execute();
    const listed = await office.ok('mentoring.conflicts');
    expect(listed.map((c) => c.conflictId)).toEqual([conflictId]);
    expect(await office.ok('mentoring.resolveConflict', { conflictId, keep: 'incoming' })).toEqual(
      [],
    );
    expect(await officeSession(session.id)).toMatchObject({
      summary: 'จากเครื่องที่พกไป',
      revision: 2,
    });
    const [event] = (await auditEvents(office, 'mentoring.conflict_resolved')).slice(-1);
    expect(JSON.parse(event!.details!)).toEqual({ keep: 'incoming' });
  });
});

async function officeSession(id: string) {
  return db().selectFrom('advisory_sessions').selectAll().where('id', '=', id).executeTakeFirst();
}

async function officeCounts() {
  const count = async (
    table:
      | 'advisory_sessions'
      | 'session_actions'
      | 'outcome_milestones'
      | 'outcome_months'
      | 'case_events'
      | 'mentor_merges'
      | 'mentoring_conflicts'
      | 'audit_events'
      | 'advisory_session_revisions',
  ) =>
    Number(
      (
        await db()
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    sessions: await count('advisory_sessions'),
    actions: await count('session_actions'),
    milestones: await count('outcome_milestones'),
    months: await count('outcome_months'),
    timeline: await count('case_events'),
    merges: await count('mentor_merges'),
    conflicts: await count('mentoring_conflicts'),
    audit: await count('audit_events'),
    revisions: await count('advisory_session_revisions'),
  };
}
