import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compartmentPath,
  openCompartment,
} from '../../src/main/core/compartments/compartment-file';
import {
  ADMIN,
  MENTOR,
  OFFICER,
  addAccount,
  firstSignIn,
  openOffice,
  setUpOffice,
  officeWithColleague,
  useOffices,
} from '../support/office';
import { anyOpens, keepCopy, keysOf, slotsIn } from '../support/slot-tampering';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const keep = useOffices();

async function officeWithMentor() {
  const dir = tempDir();
  const office = await setUpOffice(dir);
  keep(office);
  const mentorId = await addAccount(office, MENTOR, 'mentor');
  await office.ok('session.signOut');
  await firstSignIn(office, MENTOR);
  return { office, dir, mentorId };
}

const mentorSlot = (dir: string, mentorId: number) =>
  slotsIn(join(dir, 'kaona.keys')).find((slot) => slot.userId === mentorId)!;

describe('scenario 7: a mentor’s password opens only their compartment', () => {
  it('signs the mentor in to their compartment; a copy of the folder gives them no byte of kaona.db', async () => {
    const { office, dir, mentorId } = await officeWithMentor();
    expect(await office.ok('session.info')).toMatchObject({
      status: 'signed-in',
      user: { userName: MENTOR.userName, role: 'mentor', mustChangePassword: false },
      agencyName: expect.stringContaining('ขอนแก่น'),
    });
    // The mentor's role reaches nothing of the office, and their session holds no office key.
    expect(await office.call('accounts.list')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(() => office.core.sessions.unlocked()).toThrow();

    // The attacker's view: the whole data folder copied while the mentor was signed in.
    const copy = tempDir();
    cpSync(dir, copy, { recursive: true });
    const slot = mentorSlot(copy, mentorId);
    expect(slot.opens).toBe('compartment');
    const keys = await keysOf(slot, MENTOR.password);
    expect(keys).toHaveLength(1);
    expect(anyOpens(copy, keys)).toBe(false);
    const compartment = await openCompartment(copy, mentorId, keys[0]!);
    await compartment.db.destroy();
    // Every other slot in the file needs a password the mentor does not have.
    for (const other of slotsIn(join(copy, 'kaona.keys')).filter((s) => s.id !== slot.id)) {
      expect(await keysOf(other, MENTOR.password)).toEqual([]);
    }
  });

  it('merges what happened in the mentor’s sessions into the office log once, at the next office sign-in', async () => {
    const { office } = await officeWithMentor();
    await office.ok('session.lock');
    await office.ok('session.unlock', { password: MENTOR.password });
    await office.ok('session.signOut');

    await office.ok('session.signIn', { userName: ADMIN.userName, password: ADMIN.password });
    const mentorEvents = async () =>
      (await office.ok('audit.list', { actorUserName: MENTOR.userName, limit: 500 })).events;
    const merged = await mentorEvents();
    expect(merged.map((event) => event.action)).toEqual(
      expect.arrayContaining([
        'session.sign_in',
        'account.password_changed',
        'session.lock',
        'session.unlock',
      ]),
    );
    expect(merged.every((event) => event.details?.via === 'compartment')).toBe(true);

    await office.ok('session.signOut');
    await office.ok('session.signIn', { userName: ADMIN.userName, password: ADMIN.password });
    const again = await mentorEvents();
    expect(again.filter((event) => event.details?.via === 'compartment')).toHaveLength(
      merged.length,
    );
  });

  it('takes a password the mentor changed offline into the registry, and keeps it working', async () => {
    const { office, dir, mentorId } = await officeWithMentor();
    const slotId = mentorSlot(dir, mentorId).id;
    await office.ok('session.changePassword', {
      currentPassword: MENTOR.password,
      newPassword: 'Mentor-changed-2569',
    });
    expect(mentorSlot(dir, mentorId).id).not.toBe(slotId);
    await office.ok('session.signOut');

    await office.ok('session.signIn', { userName: ADMIN.userName, password: ADMIN.password });
    const registered = await office.core.sessions
      .unlocked()
      .db.selectFrom('key_slots')
      .select(['slot_id', 'opens'])
      .where('user_id', '=', mentorId)
      .execute();
    expect(registered).toEqual([{ slot_id: mentorSlot(dir, mentorId).id, opens: 'compartment' }]);
    await office.ok('session.signOut');
    await office.ok('session.signIn', {
      userName: MENTOR.userName,
      password: 'Mentor-changed-2569',
    });
  });

  it('removing a mentor deletes their compartment and its key', async () => {
    const { office, dir, mentorId } = await officeWithMentor();
    await office.ok('session.signOut');
    await office.ok('session.signIn', { userName: ADMIN.userName, password: ADMIN.password });
    expect(existsSync(compartmentPath(dir, mentorId))).toBe(true);
    await office.ok('accounts.remove', { userId: mentorId });
    expect(existsSync(compartmentPath(dir, mentorId))).toBe(false);
    const { events } = await office.ok('audit.list', { action: 'vault.compartment_removed' });
    expect(events).toHaveLength(1);
    await office.ok('session.signOut');
    expect(
      await office.call('session.signIn', { userName: MENTOR.userName, password: MENTOR.password }),
    ).toMatchObject({ ok: false, error: { reason: 'bad_credentials' } });
  });
});

describe('a role change between mentor and an office role moves the account across', () => {
  it('an officer made mentor keeps their password, opens a compartment, and loses the office key', async () => {
    const dir = tempDir();
    const { office, colleagueId: officerId } = await officeWithColleague(dir, OFFICER, 'officer');
    keep(office);
    const asOfficer = keepCopy(dir, 'as-officer');

    await office.ok('session.signIn', { userName: ADMIN.userName, password: ADMIN.password });
    await office.ok('accounts.update', { userId: officerId, role: 'mentor' });
    await office.ok('session.signOut');

    const oldSlot = slotsIn(asOfficer).find((slot) => slot.userId === officerId)!;
    expect(anyOpens(dir, await keysOf(oldSlot, OFFICER.password))).toBe(false);
    await office.ok('session.signIn', { userName: OFFICER.userName, password: OFFICER.password });
    expect(await office.ok('session.info')).toMatchObject({ user: { role: 'mentor' } });
    expect(() => office.core.sessions.unlocked()).toThrow();
    await office.ok('session.signOut');

    // And back: the mentor made officer opens the office database again.
    await office.ok('session.signIn', { userName: ADMIN.userName, password: ADMIN.password });
    await office.ok('accounts.update', { userId: officerId, role: 'officer' });
    expect(existsSync(compartmentPath(dir, officerId))).toBe(false);
    await office.ok('session.signOut');
    await office.ok('session.signIn', { userName: OFFICER.userName, password: OFFICER.password });
    expect(office.core.sessions.unlocked().db).toBeDefined();
  });

  it('a new Kaona on the same folder signs the mentor in to their compartment', async () => {
    const { office, dir } = await officeWithMentor();
    await office.ok('session.signOut');
    await office.core.close();
    const restarted = openOffice(dir);
    keep(restarted);
    await restarted.ok('session.signIn', { userName: MENTOR.userName, password: MENTOR.password });
    expect(await restarted.ok('session.info')).toMatchObject({ user: { role: 'mentor' } });
  });
});
