import { describe, expect, it } from 'vitest';
import { compartmentExists } from '../../src/main/core/compartments/compartment-file';
import { ADMIN, MENTOR, officeWithColleague, useOffices } from '../support/office';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const keep = useOffices();

describe('found in review: a crash between "mentor removed" and "compartment removed"', () => {
  it('the next office sign-in finishes the removal; the removed mentor cannot sign in', async () => {
    const dir = tempDir();
    const { office, colleagueId: mentorId } = await officeWithColleague(dir, MENTOR, 'mentor');
    keep(office);

    // accounts.remove commits its transaction (status + revokeSlotsIn), then the process dies
    // before removeMentorCompartment runs. This is exactly that committed state:
    await office.ok('session.signIn', { userName: ADMIN.userName, password: ADMIN.password });
    const { db } = office.core.sessions.unlocked();
    await db.updateTable('users').set({ status: 'removed' }).where('id', '=', mentorId).execute();
    await db.deleteFrom('key_slots').where('user_id', '=', mentorId).execute();
    await office.ok('session.signOut');

    // Kaona restarts; an office role signs in (reconcile runs), then signs out.
    await office.ok('session.signIn', { userName: ADMIN.userName, password: ADMIN.password });
    const reRegistered = await office.core.sessions
      .unlocked()
      .db.selectFrom('key_slots')
      .select('slot_id')
      .where('user_id', '=', mentorId)
      .execute();
    await office.ok('session.signOut');

    expect.soft(reRegistered, 'the removed mentor’s slot is registered again').toEqual([]);
    expect.soft(compartmentExists(dir, mentorId), 'compartment still on disk').toBe(false);
    const result = await office.call('session.signIn', {
      userName: MENTOR.userName,
      password: MENTOR.password,
    });
    expect(result, 'the removed mentor signs in').toMatchObject({ ok: false });
  });
});
