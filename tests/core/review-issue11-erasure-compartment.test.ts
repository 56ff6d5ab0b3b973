import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { insertTestCase, officeDb } from '../support/cases';
import { officeForSync, withCompartment } from '../support/compartment-sync';
import { insertAssignment } from '../support/mentors';
import { ADMIN, addAccount, firstSignIn, useOffices } from '../support/office';
import { useTempDirs } from '../support/temp-dir';

// Review of issue 11 (PDPA): `pdpa.erase` marked the compartments of the person's mentors for
// refresh, but only methods of `cases.write`, `mentoring.coordinate` and `mentors.manage` run
// the refresh when they return; a `pdpa.fulfil` method waited for the next lock or sign-out.
// Meanwhile the mentor's compartment file — on this PC, opened by the mentor's password — still
// named the person the answer called erased (docs/security.md, "Found in review", issue 11).

const tempDir = useTempDirs();
const keep = useOffices();
const SUPERVISOR = {
  userName: 'supervisor.p',
  password: 'Supervisor-pass-2569',
  fullName: 'วิไลวรรณ ตรวจสอบ',
};

describe('found in review: an erasure reaches mentor compartments before it answers', () => {
  it('leaves no trace of the person in the compartment when pdpa.erase returns', async () => {
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
    await office.ok('session.signOut');
    await office.ok('session.signIn', { userName: ADMIN.userName, password: ADMIN.password });
    await addAccount(office, SUPERVISOR, 'supervisor');
    await office.ok('session.signOut');
    await firstSignIn(office, SUPERVISOR);
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

    // Closed without a refresh (a carried compartment, a crash): the erasure must catch up.
    const now = officeDb(office);
    await now
      .updateTable('cases')
      .set({ status: 'closed', mentor_id: null })
      .where('id', '=', person.caseId)
      .execute();
    await now
      .updateTable('mentor_assignments')
      .set({
        ended_at: '2026-12-01T03:00:00.000Z',
        ended_by: office.officerId,
        end_kind: 'case_closed',
      })
      .where('case_id', '=', person.caseId)
      .execute();
    await now.updateTable('mentor_compartments').set({ refresh_due: 0 }).execute();
    const { id: requestId } = await office.ok('pdpa.recordRequest', {
      beneficiaryId: person.beneficiaryId,
      kind: 'erasure',
      receivedOn: '2026-11-30',
      requester: 'self',
      representativeName: '',
      channel: 'letter',
      note: '',
    });
    await office.ok('pdpa.erase', { requestId, reason: 'ขอให้ลบตามมาตรา 33' });

    const after = await dump();
    expect(after).not.toContain('ลบจากพี่เลี้ยง');
    expect(after).not.toContain('ลำดวน');
  }, 60_000);
});
