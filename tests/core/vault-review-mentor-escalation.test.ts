import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCompartment } from '../../src/main/core/compartments/compartment-file';
import {
  ADMIN,
  MENTOR,
  addAccount,
  firstSignIn,
  setUpOffice,
  officeWithColleague,
  useOffices,
} from '../support/office';
import {
  anyOpens,
  keysOf,
  readRawSlots,
  resealClaiming,
  slotsIn,
  writeRawSlots,
} from '../support/slot-tampering';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const keep = useOffices();

describe('found in review: a mentor edits their own compartment record and receives the office key', () => {
  it('a mentor must never get the office key sealed to their slot', async () => {
    const dir = tempDir();
    const { office, colleagueId: mentorId } = await officeWithColleague(dir, MENTOR, 'mentor');
    keep(office);

    // The mentor, with their password and a short script: open their own compartment ...
    const mine = slotsIn(join(dir, 'kaona.keys')).find((s) => s.userId === mentorId)!;
    const [compartmentKey] = await keysOf(mine, MENTOR.password);
    expect(anyOpens(dir, [compartmentKey!])).toBe(false);
    const compartment = await openCompartment(dir, mentorId, compartmentKey!);
    const profile = await compartment.db
      .selectFrom('profile')
      .selectAll()
      .executeTakeFirstOrThrow();
    // ... change "opens" in the recorded slot from compartment to office ...
    const recorded = JSON.parse(profile.slot!) as Record<string, unknown>;
    await compartment.db
      .updateTable('profile')
      .set({ slot: JSON.stringify({ ...recorded, opens: 'office' }) })
      .execute();
    await compartment.db.destroy();
    // ... and delete their slot from kaona.keys (text editor), so the office rebuilds it.
    const raw = readRawSlots(dir);
    writeRawSlots(dir, { ...raw, slots: raw.slots.filter((s) => s.userId !== mentorId) });

    // Any office sign-in later (here: the admin).
    await office.ok('session.signIn', { userName: ADMIN.userName, password: ADMIN.password });
    await office.ok('session.signOut');

    // The mentor's password now opens kaona.db.
    const after = slotsIn(join(dir, 'kaona.keys')).filter((s) => s.userId === mentorId);
    const keys = (await Promise.all(after.map((s) => keysOf(s, MENTOR.password)))).flat();
    expect.soft(anyOpens(dir, keys), 'mentor password opens kaona.db').toBe(false);

    // And the app itself signs the mentor in with the office database open.
    await office.call('session.signIn', { userName: MENTOR.userName, password: MENTOR.password });
    expect(() => office.core.sessions.unlocked(), 'mentor session has the office db').toThrow();
  });
});

describe('found in review: a mentor claims the admin in their compartment record (office lock-out)', () => {
  it('a mentor’s edited compartment record must not stop the office from signing in', async () => {
    const dir = tempDir();
    const office = await setUpOffice(dir);
    keep(office);
    const adminId =
      office.core.sessions.session().status === 'signed-in'
        ? (await office.ok('accounts.list')).find((a) => a.userName === ADMIN.userName)!.id
        : 0;
    const mentorId = await addAccount(office, MENTOR, 'mentor');
    await office.ok('session.signOut');
    await firstSignIn(office, MENTOR);
    await office.ok('session.signOut');

    const mine = slotsIn(join(dir, 'kaona.keys')).find((s) => s.userId === mentorId)!;
    const [compartmentKey] = await keysOf(mine, MENTOR.password);
    const compartment = await openCompartment(dir, mentorId, compartmentKey!);
    const profile = await compartment.db
      .selectFrom('profile')
      .selectAll()
      .executeTakeFirstOrThrow();
    const recorded = JSON.parse(profile.slot!) as Record<string, unknown>;
    // Re-seal the mentor's own private key so that its AAD names the admin (needs only the
    // mentor's password), and record that in the compartment as an office slot of the admin.
    const claimed = await resealClaiming(mine, MENTOR.password, {
      userId: adminId,
      userName: ADMIN.userName,
    });
    await compartment.db
      .updateTable('profile')
      .set({
        slot: JSON.stringify({
          ...recorded,
          opens: 'office',
          user_id: adminId,
          user_name: ADMIN.userName,
          private_key: JSON.stringify(claimed.privateKey),
        }),
      })
      .execute();
    await compartment.db.destroy();
    const raw = readRawSlots(dir);
    writeRawSlots(dir, { ...raw, slots: raw.slots.filter((s) => s.userId !== mentorId) });

    // The one-slot-per-account index stops the claim itself, but the violation escapes the
    // reconcile: every office sign-in from now on is refused (and left half-entered).
    const admin = await office.call('session.signIn', {
      userName: ADMIN.userName,
      password: ADMIN.password,
    });
    expect(admin, 'the admin can still sign in').toMatchObject({ ok: true });
  });
});
