import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeCompartmentInto } from '../../src/main/core/sync/compartment-merge';
import { refreshCompartmentOf } from '../../src/main/core/sync/compartment-refresh';
import { insertTestCase, officeDb } from '../support/cases';
import {
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
import { ADMIN, type TestOffice } from '../support/office';

/**
 * A mentor with their password and a SQLite tool writes rows into their own compartment (the
 * merge's input). What the office wrote must not be overwritten by someone whose case it is not.
 */
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
const merge = () =>
  inCompartment((compartment) =>
    mergeCompartmentInto(officeSide(office), office.mentorId, compartment, 'compartment'),
  );

/** A case the mentor held from 26 November until the 28th, then handed to the officer. */
async function formerMentee(): Promise<number> {
  const { caseId } = await insertTestCase(db(), { granted: ['share_lazada'] });
  await insertAssignment(db(), { caseId, mentorId: office.mentorId, startedBy: office.officerId });
  await db()
    .updateTable('mentor_assignments')
    .set({
      ended_at: '2026-11-28T03:00:00.000Z',
      ended_by: office.officerId,
      end_kind: 'reassigned',
    })
    .where('case_id', '=', caseId)
    .execute();
  await insertAssignment(db(), { caseId, mentorId: office.officerId, startedBy: office.officerId });
  return caseId;
}

describe('found in review: a former mentor overwrote what the office recorded after they left', () => {
  it('a milestone claimed from their time, based on the office’s revision, is a conflict', async () => {
    const caseId = await formerMentee();
    // The office records the shop on the 30th (its third revision), after the mentor left.
    const officeRow = officeCopy(
      milestoneRow(caseId, office.officerId, {
        revision: 3,
        recorded_at: '2026-11-30T04:00:00.000Z',
        note: 'บันทึกโดยสำนักงาน',
      }),
    );
    await db().insertInto('outcome_milestones').values(officeRow).execute();
    // The former mentor writes their own version, dated while they held the case.
    await inCompartment((compartment) =>
      compartment
        .insertInto('outcome_milestones')
        .values(
          milestoneRow(caseId, office.mentorId, {
            base_revision: 3,
            revision: 4,
            recorded_at: '2026-11-27T04:00:00.000Z',
            shop_name: 'ร้านปลอม',
            note: 'เขียนทับ',
          }),
        )
        .execute(),
    );
    const report = await merge();
    expect(report.updated.milestone).toBe(0);
    expect(report.conflicts).toBe(1);
    const kept = await db()
      .selectFrom('outcome_milestones')
      .selectAll()
      .where('id', '=', officeRow.id)
      .executeTakeFirstOrThrow();
    expect(kept).toEqual(officeRow);
  });

  it('so is a month’s figures', async () => {
    const caseId = await formerMentee();
    const officeRow = officeCopy(
      monthRow(caseId, office.officerId, {
        revision: 2,
        recorded_at: '2026-11-30T05:00:00.000Z',
        sales_satang: 900_000,
      }),
    );
    await db().insertInto('outcome_months').values(officeRow).execute();
    await inCompartment((compartment) =>
      compartment
        .insertInto('outcome_months')
        .values(
          monthRow(caseId, office.mentorId, {
            base_revision: 2,
            revision: 3,
            recorded_at: '2026-11-27T05:00:00.000Z',
            sales_satang: 1,
          }),
        )
        .execute(),
    );
    expect((await merge()).updated.month).toBe(0);
    expect(
      await db()
        .selectFrom('outcome_months')
        .selectAll()
        .where('id', '=', officeRow.id)
        .executeTakeFirstOrThrow(),
    ).toEqual(officeRow);
  });
});

describe('found in review: a pick of "mine" overwrote what the office changed after the conflict', () => {
  it('the office’s newer revision stays, and the conflict waits with it for another pick', async () => {
    const { caseId } = await insertTestCase(db(), { granted: ['share_lazada'] });
    await insertAssignment(db(), {
      caseId,
      mentorId: office.mentorId,
      startedBy: office.officerId,
    });
    const seen = officeCopy(
      milestoneRow(caseId, office.officerId, {
        revision: 2,
        recorded_at: '2026-11-29T04:00:00.000Z',
      }),
    );
    const incoming = officeCopy(
      milestoneRow(caseId, office.mentorId, { revision: 2, shop_name: 'ร้านของพี่เลี้ยง' }),
    );
    // After the conflict was recorded, the office changed the milestone again.
    const newer = {
      ...seen,
      revision: 3,
      note: 'แก้ไขภายหลัง',
      recorded_at: '2026-11-30T06:00:00.000Z',
    };
    await db().insertInto('outcome_milestones').values(newer).execute();
    const conflict = {
      id: randomUUID(),
      mentor_id: office.mentorId,
      record_kind: 'milestone' as const,
      record_id: seen.id,
      case_id: caseId,
      office_version: JSON.stringify(seen),
      incoming_version: JSON.stringify(incoming),
      created_at: '2026-11-29T05:00:00.000Z',
      resolved_at: null,
      resolution: null,
    };
    await db().insertInto('mentoring_conflicts').values(conflict).execute();
    // The mentor picked their version in the compartment, seeing the office's older one.
    await inCompartment((compartment) =>
      compartment
        .insertInto('mentoring_conflicts')
        .values({ ...conflict, resolved_at: '2026-12-01T02:00:00.000Z', resolution: 'incoming' })
        .execute(),
    );
    await merge();
    expect(
      await db()
        .selectFrom('outcome_milestones')
        .selectAll()
        .where('id', '=', seen.id)
        .executeTakeFirstOrThrow(),
    ).toEqual(newer);
    const open = await db()
      .selectFrom('mentoring_conflicts')
      .selectAll()
      .where('id', '=', conflict.id)
      .executeTakeFirstOrThrow();
    expect(open).toMatchObject({ resolved_at: null, resolution: null });
    expect(JSON.parse(open.office_version)).toEqual(newer);
  });
});

describe('found in review: the merge took a month’s figures from before the case opened', () => {
  it('refuses a month before the intake month, as the form does (month_before_case)', async () => {
    const { caseId } = await insertTestCase(db(), { granted: ['share_lazada'] });
    await insertAssignment(db(), {
      caseId,
      mentorId: office.mentorId,
      startedBy: office.officerId,
    });
    // The case opened on 26 November 2026; October would pose as the "before" of the chart.
    const early = monthRow(caseId, office.mentorId, {
      id: `${caseId}:2026-10`,
      month: '2026-10',
      sales_satang: 0,
    });
    await inCompartment((compartment) =>
      compartment.insertInto('outcome_months').values(early).execute(),
    );
    const report = await merge();
    expect(report).toMatchObject({ added: { month: 0 }, refused: 1 });
    expect(
      await db().selectFrom('outcome_months').select('id').where('id', '=', early.id).execute(),
    ).toEqual([]);
  });
});

describe('found in review: the merge let a mentor “correct” another mentor’s session', () => {
  it('a correction naming someone else’s session is refused, as the form refuses it', async () => {
    const { caseId } = await insertTestCase(db(), { granted: ['share_lazada'] });
    // The officer mentored the case before; the mentor holds it now.
    const theirs = officeCopy(sessionRow(caseId, office.officerId, { held_on: '2026-11-26' }));
    await db().insertInto('advisory_sessions').values(theirs).execute();
    await insertAssignment(db(), {
      caseId,
      mentorId: office.mentorId,
      startedBy: office.officerId,
    });
    const correction = sessionRow(caseId, office.mentorId, {
      corrects_session_id: theirs.id,
      correction_note: 'บันทึกเดิมไม่ถูกต้อง',
    });
    await inCompartment((compartment) =>
      compartment.insertInto('advisory_sessions').values(correction).execute(),
    );
    const report = await merge();
    // (Rows refused by earlier tests of this file stay in the compartment: no refresh here.)
    expect(report.added.session).toBe(0);
    expect(report.refused).toBeGreaterThanOrEqual(1);
    expect(
      await db()
        .selectFrom('advisory_sessions')
        .select('id')
        .where('id', '=', correction.id)
        .execute(),
    ).toEqual([]);
  });
});

describe('found in review: a mentor made an outside adviser kept cases shared without consent', () => {
  it('saving the profile refreshes the compartment: a case without the sharing consent goes', async () => {
    // The mentor was recorded as ministry staff: the programme consent was enough.
    await db()
      .updateTable('mentor_profiles')
      .set({
        organisation_kind: 'department',
        organisation_name: 'สำนักงานพัฒนาสังคม',
        department: 'dep',
        is_external: 0,
      })
      .where('user_id', '=', office.mentorId)
      .execute();
    const { caseId } = await insertTestCase(db(), { granted: [] });
    await insertAssignment(db(), {
      caseId,
      mentorId: office.mentorId,
      startedBy: office.officerId,
    });
    await inCompartment((compartment) =>
      refreshCompartmentOf(officeSide(office), office.mentorId, compartment),
    );
    const held = () =>
      inCompartment(async (compartment) =>
        (await compartment.selectFrom('mentee_cases').select('case_id').execute()).map(
          (row) => row.case_id,
        ),
      );
    expect(await held()).toContain(caseId);
    // The admin corrects the registry: a Lazada adviser, from outside the ministry.
    await office.ok('session.signOut');
    await office.ok('session.signIn', { userName: ADMIN.userName, password: ADMIN.password });
    const profile = await office.ok('mentors.get', { userId: office.mentorId });
    await office.ok('mentors.save', {
      userId: office.mentorId,
      expectedVersion: profile.version,
      organisationKind: 'lazada',
      organisationName: 'Lazada',
      department: null,
      isExternal: true,
      skills: profile.skills,
      productCategories: profile.productCategories,
      provinceIds: profile.provinceIds,
      onlineOnly: false,
      languages: profile.languages,
      capacity: profile.capacity,
      availableFrom: null,
      availableUntil: null,
      active: true,
      contact: '',
      notes: '',
    });
    // Before anyone signs out: the mentor could sign in at this PC next.
    expect(await held()).not.toContain(caseId);
  });
});
