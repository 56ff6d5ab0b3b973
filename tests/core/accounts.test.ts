import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openEncryptedDatabase } from '../../src/main/core/db/connection';
import { parseSlotFileAt } from '../../src/main/core/auth/vault/slot-file';
import { slotDbKeys, unlockSlot } from '../../src/main/core/auth/vault/slots';
import { DatabaseOpenError } from '../../src/main/core/db/errors';
import {
  ADMIN,
  MENTOR,
  OFFICER,
  addAccount,
  firstSignIn,
  openOffice,
  setUpOffice,
} from '../support/office';
import { useTempDirs } from '../support/temp-dir';

describe('accounts on a shared PC', () => {
  const tempDir = useTempDirs();

  it('new colleagues must replace their temporary password before doing anything else', async () => {
    const office = await setUpOffice(tempDir());
    await addAccount(office, OFFICER, 'officer');
    await office.ok('session.signOut');

    await office.ok('session.signIn', {
      userName: OFFICER.userName,
      password: `${OFFICER.password}-temp`,
    });
    expect(await office.ok('session.info')).toMatchObject({
      status: 'signed-in',
      user: { mustChangePassword: true },
    });
    expect(await office.call('settings.get')).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'password_change_required' },
    });
    await office.ok('session.changePassword', {
      currentPassword: `${OFFICER.password}-temp`,
      newPassword: OFFICER.password,
    });
    expect(await office.ok('settings.get')).toMatchObject({ idleLockMinutes: 5 });

    await office.ok('session.signOut');
    expect(
      await office.call('session.signIn', {
        userName: OFFICER.userName,
        password: `${OFFICER.password}-temp`,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', reason: 'bad_credentials' },
    });
    await office.ok('session.signIn', {
      userName: OFFICER.userName.toUpperCase(),
      password: OFFICER.password,
    });
    await office.core.close();
  });

  it('user names are unique, case-insensitively, and must be plain Latin', async () => {
    const office = await setUpOffice(tempDir());
    await addAccount(office, OFFICER, 'officer');
    const again = await office.call('accounts.create', {
      userName: OFFICER.userName.toUpperCase(),
      fullName: 'คนอื่น',
      position: '',
      role: 'officer',
      temporaryPassword: 'Another-temp-2569',
    });
    expect(again).toEqual({ ok: false, error: { code: 'CONFLICT', reason: 'user_name_taken' } });
    const thai = await office.call('accounts.create', {
      userName: 'สมชาย',
      fullName: 'สมชาย',
      position: '',
      role: 'officer',
      temporaryPassword: 'Another-temp-2569',
    });
    expect(thai).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: ['userName'] }] },
    });
    await office.core.close();
  });

  it('removing an officer rotates the key: their old slot no longer opens the database', async () => {
    const dir = tempDir();
    const office = await setUpOffice(dir);
    // (MENTOR's name and password, an officer's role: a mentor never holds the office key.)
    const mentorId = await addAccount(office, MENTOR, 'officer');
    await office.ok('session.signOut');
    await firstSignIn(office, MENTOR);
    await office.ok('session.signOut');
    copyFileSync(join(dir, 'kaona.keys'), join(dir, 'stolen-copy.keys'));

    await office.ok('session.signIn', { userName: ADMIN.userName, password: ADMIN.password });
    await office.ok('accounts.remove', { userId: mentorId });
    expect((await office.ok('accounts.list')).map((account) => account.userName)).toEqual([
      ADMIN.userName,
    ]);
    await office.ok('session.signOut');

    expect(
      await office.call('session.signIn', { userName: MENTOR.userName, password: MENTOR.password }),
    ).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', reason: 'bad_credentials' },
    });

    // The mentor kept a copy of the old key file: their slot still unseals the *old* key…
    const stolen = parseSlotFileAt(join(dir, 'stolen-copy.keys'))!;
    const mentorSlot = stolen.slots.find((slot) => slot.userName === MENTOR.userName)!;
    const privateKey = await unlockSlot(mentorSlot, MENTOR.password);
    expect(privateKey).not.toBeNull();
    const [oldKey] = slotDbKeys(mentorSlot, privateKey!);
    // …which no longer opens the database.
    expect(() => openEncryptedDatabase(join(dir, 'kaona.db'), oldKey!.key)).toThrow(
      DatabaseOpenError,
    );

    // Everyone else still signs in.
    await office.ok('session.signIn', { userName: ADMIN.userName, password: ADMIN.password });
    const { events } = await office.ok('audit.list', { action: 'vault.key_rotated' });
    expect(events).toHaveLength(1);
    await office.core.close();
  });

  it('disabling takes access away; re-enabling needs a new temporary password', async () => {
    const office = await setUpOffice(tempDir());
    const officerId = await addAccount(office, OFFICER, 'officer');
    await office.ok('accounts.disable', { userId: officerId });
    expect((await office.ok('accounts.list')).find((a) => a.id === officerId)?.status).toBe(
      'disabled',
    );
    await office.ok('session.signOut');
    expect(
      await office.call('session.signIn', {
        userName: OFFICER.userName,
        password: `${OFFICER.password}-temp`,
      }),
    ).toMatchObject({
      ok: false,
      error: { reason: 'bad_credentials' },
    });
    await office.ok('session.signIn', { userName: ADMIN.userName, password: ADMIN.password });
    await office.ok('accounts.enable', {
      userId: officerId,
      temporaryPassword: 'Fresh-temp-pass-99',
    });
    await office.ok('session.signOut');
    await office.ok('session.signIn', {
      userName: OFFICER.userName,
      password: 'Fresh-temp-pass-99',
    });
    expect(await office.ok('session.info')).toMatchObject({ user: { mustChangePassword: true } });
    await office.core.close();
  });

  it('the last admin cannot be removed, disabled or demoted', async () => {
    const office = await setUpOffice(tempDir());
    const [me] = await office.ok('accounts.list');
    const lastAdmin = { ok: false, error: { code: 'CONFLICT', reason: 'last_admin' } };
    expect(await office.call('accounts.update', { userId: me!.id, role: 'officer' })).toEqual(
      lastAdmin,
    );
    // Acting on oneself is refused before the last-admin rule even applies.
    expect(await office.call('accounts.remove', { userId: me!.id })).toEqual({
      ok: false,
      error: { code: 'CONFLICT', reason: 'cannot_change_own_access' },
    });

    const secondId = await addAccount(
      office,
      { userName: 'admin.two', password: 'Second-admin-2569', fullName: 'ผู้ดูแลคนที่สอง' },
      'admin',
    );
    await office.ok('accounts.update', { userId: me!.id, role: 'supervisor' });
    // Now admin.two is the only admin; demoting or removing them is refused (by another admin it would be allowed).
    await office.ok('session.signOut');
    await office.ok('session.signIn', {
      userName: 'admin.two',
      password: 'Second-admin-2569-temp',
    });
    await office.ok('session.changePassword', {
      currentPassword: 'Second-admin-2569-temp',
      newPassword: 'Second-admin-2569',
    });
    expect(await office.call('accounts.update', { userId: secondId, role: 'officer' })).toEqual(
      lastAdmin,
    );
    await office.core.close();
  });

  it('changing one’s own password replaces only one’s own slot, under a new id', async () => {
    const dir = tempDir();
    const office = await setUpOffice(dir);
    await addAccount(office, OFFICER, 'officer');
    const before = parseSlotFileAt(join(dir, 'kaona.keys'))!;
    expect(
      await office.call('session.changePassword', {
        currentPassword: 'Wrong-password-1',
        newPassword: 'Brand-new-admin-2569',
      }),
    ).toEqual({
      ok: false,
      error: { code: 'VALIDATION', reason: 'current_password_wrong' },
    });
    await office.ok('session.changePassword', {
      currentPassword: ADMIN.password,
      newPassword: 'Brand-new-admin-2569',
    });
    const after = parseSlotFileAt(join(dir, 'kaona.keys'))!;
    const changed = after.slots.filter(
      (slot) =>
        JSON.stringify(slot) !== JSON.stringify(before.slots.find((old) => old.id === slot.id)),
    );
    expect(changed.map((slot) => slot.userName)).toEqual([ADMIN.userName]);
    await office.ok('session.signOut');
    await office.ok('session.signIn', {
      userName: ADMIN.userName,
      password: 'Brand-new-admin-2569',
    });
    await office.core.close();
  });

  it('a forgotten admin password is recovered with the recovery code', async () => {
    const dir = tempDir();
    const office = await setUpOffice(dir);
    const code = office.recoveryCode;
    await office.ok('session.signOut');
    await office.core.close();

    const later = openOffice(dir); // another day, the app restarted
    expect(
      await later.call('session.recover', {
        recoveryCode: 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE',
        userName: ADMIN.userName,
        newPassword: 'Recovered-pass-2569',
      }),
    ).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', reason: 'bad_credentials' } });
    const typedSloppily = code.toLowerCase().replace(/-/g, ' ');
    expect(
      await later.ok('session.recover', {
        recoveryCode: typedSloppily,
        userName: ADMIN.userName,
        newPassword: 'Recovered-pass-2569',
      }),
    ).toMatchObject({ status: 'signed-in', user: { userName: ADMIN.userName } });
    await later.ok('session.signOut');
    expect(
      await later.call('session.signIn', { userName: ADMIN.userName, password: ADMIN.password }),
    ).toMatchObject({ ok: false });
    await later.ok('session.signIn', { userName: ADMIN.userName, password: 'Recovered-pass-2569' });
    const { events } = await later.ok('audit.list', { limit: 50 });
    expect(events.map((event) => event.action)).toEqual(
      expect.arrayContaining(['session.recovery', 'account.password_reset']),
    );
    await later.core.close();
  });
});
