import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { erasePersonOnRequest } from '../../src/main/core/pdpa/erasure-service';
import { insertTestCase, officeDb } from '../support/cases';
import { officeForSync, withCompartment } from '../support/compartment-sync';
import { insertAssignment } from '../support/mentors';
import { OFFICER, useOffices } from '../support/office';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const keep = useOffices();

describe('erasure and mentor compartments', () => {
  it('marks every mentor who held the case, and the next sync leaves no trace in the compartment', async () => {
    const dir = tempDir();
    const office = keep(await officeForSync(dir));
    const db = officeDb(office);
    const person = await insertTestCase(db, {
      firstName: 'ลำดวน',
      lastName: 'ลบจากพี่เลี้ยง',
      granted: ['share_lazada'],
      status: 'mentoring',
    });
    await insertAssignment(db, {
      caseId: person.caseId,
      mentorId: office.mentorId,
      startedBy: office.officerId,
    });
    const signInOfficer = async () => {
      await office.ok('session.signOut');
      await office.ok('session.signIn', { userName: OFFICER.userName, password: OFFICER.password });
    };
    await signInOfficer();
    const dump = () =>
      withCompartment(office, dir, office.mentorId, async (compartment) => {
        const { rows } = await sql<{ name: string }>`
          SELECT name FROM sqlite_master WHERE type = 'table'
        `.execute(compartment);
        const parts: unknown[] = [];
        for (const { name } of rows)
          parts.push((await sql`SELECT * FROM ${sql.table(name)}`.execute(compartment)).rows);
        return JSON.stringify(parts);
      });
    expect(await dump()).toContain('ลบจากพี่เลี้ยง');

    // The case was closed elsewhere without a refresh (a carried compartment, a crash): the
    // erasure's own mark is what must bring the compartment in line.
    const officeDbNow = officeDb(office);
    await officeDbNow
      .updateTable('cases')
      .set({ status: 'closed', mentor_id: null })
      .where('id', '=', person.caseId)
      .execute();
    await officeDbNow
      .updateTable('mentor_assignments')
      .set({
        ended_at: '2026-12-01T03:00:00.000Z',
        ended_by: office.officerId,
        end_kind: 'case_closed',
      })
      .where('case_id', '=', person.caseId)
      .execute();
    await officeDbNow.updateTable('mentor_compartments').set({ refresh_due: 0 }).execute();
    const { id: requestId } = await officeDbNow
      .insertInto('pdpa_requests')
      .values({
        beneficiary_id: person.beneficiaryId,
        kind: 'erasure',
        received_on: '2026-11-30',
        due_on: '2026-12-30',
        requester: 'self',
        representative_name: '',
        channel: 'letter',
        note: '',
        status: 'open',
        reason: '',
        recorded_at: '2026-11-30T03:00:00.000Z',
        recorded_by: office.officerId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // The service itself (the permission is the dispatcher's, tested elsewhere).
    await erasePersonOnRequest(office.core.sessions.signedInCall(), {
      requestId,
      reason: 'ขอให้ลบตามมาตรา 33',
    });
    const mark = await officeDb(office)
      .selectFrom('mentor_compartments')
      .select('refresh_due')
      .where('user_id', '=', office.mentorId)
      .executeTakeFirstOrThrow();
    expect(mark.refresh_due).toBe(1);

    await signInOfficer();
    const after = await dump();
    expect(after).not.toContain('ลบจากพี่เลี้ยง');
    expect(after).not.toContain('ลำดวน');
    expect(after).not.toContain(person.caseNumber);
  }, 60_000);
});
