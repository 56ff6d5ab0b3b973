import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { signerFor, slotMacKey } from '../../src/main/core/auth/vault/slot-mac';
import { createSlot } from '../../src/main/core/auth/vault/slots';
import {
  ADMIN,
  MENTOR,
  OFFICER,
  addAccount,
  firstSignIn,
  setUpOffice,
  officeWithColleague,
  useOffices,
  type TestOffice,
} from '../support/office';
import {
  anyOpens,
  keepCopy,
  keysOf,
  readRawSlots,
  resealClaiming,
  slotsIn,
  writeRawSlots,
} from '../support/slot-tampering';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const keep = useOffices();

/** An office with an officer who has finished their first sign-in; the admin signed in. */
async function officeWithOfficer(): Promise<{
  office: TestOffice;
  dir: string;
  officerId: number;
}> {
  const dir = tempDir();
  const { office, colleagueId: officerId } = await officeWithColleague(dir, OFFICER, 'officer');
  keep(office);
  await office.ok('session.signIn', { userName: ADMIN.userName, password: ADMIN.password });
  return { office, dir, officerId };
}

async function actionsLogged(office: TestOffice, action: string) {
  const { events } = await office.ok('audit.list', { action: action as never, limit: 500 });
  return events;
}

const refused = { ok: false, error: { code: 'UNAUTHENTICATED', reason: 'bad_credentials' } };

describe('scenario 1: a slot renamed in the file signs nobody in', () => {
  it('refuses the officer’s slot renamed to the admin in a text editor', async () => {
    const { office, dir } = await officeWithOfficer();
    await office.ok('session.signOut');
    const file = readRawSlots(dir);
    for (const slot of file.slots)
      if (slot.userName === OFFICER.userName) slot.userName = ADMIN.userName;
    writeRawSlots(dir, file);

    expect(
      await office.call('session.signIn', { userName: ADMIN.userName, password: OFFICER.password }),
    ).toMatchObject(refused);
  });

  it('refuses a slot re-sealed by a script to claim the admin, audits it and repairs the file', async () => {
    const { office, dir, officerId } = await officeWithOfficer();
    await office.ok('session.signOut');
    const officerSlot = slotsIn(join(dir, 'kaona.keys')).find((slot) => slot.userId === officerId)!;
    const file = readRawSlots(dir);
    const forged = await resealClaiming(officerSlot, OFFICER.password, {
      userId: 1,
      userName: ADMIN.userName,
    });
    file.slots = file.slots.map((slot) => (slot.id === officerSlot.id ? forged : slot));
    writeRawSlots(dir, file);

    // The forged slot opens the database (it holds the key), but it is not the admin's slot.
    expect(
      await office.call('session.signIn', { userName: ADMIN.userName, password: OFFICER.password }),
    ).toMatchObject(refused);
    expect(office.core.getSession().status).toBe('signed-out');

    // The real admin signs in: the refusal is in the log, the edited slot is replaced by the
    // registered one, and the admin is told the file was edited.
    await office.ok('session.signIn', { userName: ADMIN.userName, password: ADMIN.password });
    const rejected = await actionsLogged(office, 'vault.slot_rejected');
    expect(rejected.map((event) => event.details?.why)).toEqual(
      expect.arrayContaining(['not_registered_for_account', 'mac_mismatch']),
    );
    expect((await office.ok('vault.status')).notices).toContain('slot_file_tampered');
    expect(
      slotsIn(join(dir, 'kaona.keys')).find((slot) => slot.id === officerSlot.id),
    ).toMatchObject({
      userId: officerId,
      userName: OFFICER.userName,
    });
    await office.ok('session.signOut');
    await office.ok('session.signIn', { userName: OFFICER.userName, password: OFFICER.password });
  });
});

describe('scenario 2: a planted slot does not survive the planter’s removal', () => {
  it('seals the new key only to registered slots', async () => {
    const { office, dir, officerId } = await officeWithOfficer();
    // While signed in, the officer (who holds the key, and so can even compute valid MACs from
    // the database) plants a second recovery slot under a secret of their own.
    await office.ok('session.signOut');
    await office.ok('session.signIn', { userName: OFFICER.userName, password: OFFICER.password });
    const unlocked = office.core.sessions.unlocked();
    const vaultSecret = await unlocked.db
      .selectFrom('vault_secret')
      .select('mac_key')
      .executeTakeFirstOrThrow();
    const planted = signerFor(slotMacKey(vaultSecret.mac_key))(
      await createSlot({
        kind: 'recovery',
        opens: 'office',
        userId: null,
        userName: null,
        secret: 'planted-secret-2569',
        dbKey: unlocked.key,
        generation: unlocked.generation,
      }),
    );
    const file = readRawSlots(dir);
    file.slots.push(planted as unknown as Record<string, unknown>);
    writeRawSlots(dir, file);
    const plantedCopy = keepCopy(dir, 'planted');
    await office.ok('session.signOut');

    await office.ok('session.signIn', { userName: ADMIN.userName, password: ADMIN.password });
    await office.ok('accounts.remove', { userId: officerId });

    const after = slotsIn(join(dir, 'kaona.keys'));
    expect(after.filter((slot) => slot.kind === 'recovery')).toHaveLength(1);
    expect(after.some((slot) => slot.id === planted.id)).toBe(false);
    const plantedSlot = slotsIn(plantedCopy).find((slot) => slot.id === planted.id)!;
    expect(anyOpens(dir, await keysOf(plantedSlot, 'planted-secret-2569'))).toBe(false);
    rmSync(plantedCopy);
  });
});

describe('scenario 3: an old password stops working', () => {
  it('gives the new password a fresh key pair, keeps no old slot in the backup copy', async () => {
    const { office, dir, officerId } = await officeWithOfficer();
    // The admin knew the officer's temporary password; a copy of the file from before the
    // change is what someone who wanted to keep access would have kept.
    await addAccount(office, MENTOR, 'officer');
    const beforeChange = keepCopy(dir, 'before-change');
    const temporary = `${OFFICER.password}-temp`;
    await office.ok('accounts.resetPassword', { userId: officerId, temporaryPassword: temporary });
    const withTemporary = keepCopy(dir, 'with-temporary');
    await office.ok('session.signOut');
    await firstSignIn(office, OFFICER);

    const now = slotsIn(join(dir, 'kaona.keys')).find((slot) => slot.userId === officerId)!;
    const old = slotsIn(withTemporary).find((slot) => slot.userId === officerId)!;
    expect(now.id).not.toBe(old.id);
    expect(now.publicKey).not.toBe(old.publicKey);
    // No copy the app keeps holds the superseded slot.
    expect(slotsIn(join(dir, 'kaona.keys.bak')).map((slot) => slot.id)).not.toContain(old.id);

    // After the next rotation, the old slot and the old password open nothing.
    await office.ok('session.signOut');
    await office.ok('session.signIn', { userName: ADMIN.userName, password: ADMIN.password });
    const mentor = (await office.ok('accounts.list')).find(
      (account) => account.userName === MENTOR.userName,
    )!;
    await office.ok('accounts.remove', { userId: mentor.id });
    expect(anyOpens(dir, await keysOf(old, temporary))).toBe(false);
    expect(
      anyOpens(
        dir,
        await keysOf(
          slotsIn(beforeChange).find((s) => s.userId === officerId)!,
          OFFICER.password,
        ),
      ),
    ).toBe(false);
  });

  it('restoring the last good copy does not bring the old password back', async () => {
    const { office, dir } = await officeWithOfficer();
    await office.ok('session.changePassword', {
      currentPassword: ADMIN.password,
      newPassword: 'Brand-new-admin-2569',
    });
    await office.ok('session.signOut');
    writeFileSync(join(dir, 'kaona.keys'), '{ damaged');
    expect(await office.ok('session.info')).toMatchObject({
      status: 'key-file-damaged',
      backupUsable: true,
    });
    await office.ok('session.restoreKeyBackup');
    expect(
      await office.call('session.signIn', { userName: ADMIN.userName, password: ADMIN.password }),
    ).toMatchObject(refused);
    await office.ok('session.signIn', {
      userName: ADMIN.userName,
      password: 'Brand-new-admin-2569',
    });
  });
});

describe('scenario 4: the recovery code can be renewed', () => {
  it('replaces the recovery slot and rotates the key, so the old code opens nothing', async () => {
    const dir = tempDir();
    const office = await setUpOffice(dir);
    keep(office);
    const oldCode = office.recoveryCode;
    const oldFile = keepCopy(dir, 'old-recovery');

    expect(await office.call('vault.renewRecoveryCode', { password: 'Not-my-password-1' })).toEqual(
      {
        ok: false,
        error: { code: 'VALIDATION', reason: 'current_password_wrong' },
      },
    );
    const { recoveryCode } = await office.ok('vault.renewRecoveryCode', {
      password: ADMIN.password,
    });
    expect(recoveryCode).not.toBe(oldCode);
    // Nothing has changed until the admin says the new code is stored.
    expect(slotsIn(join(dir, 'kaona.keys')).find((slot) => slot.kind === 'recovery')!.id).toBe(
      slotsIn(oldFile).find((slot) => slot.kind === 'recovery')!.id,
    );
    await office.ok('vault.confirmRecoveryCode', { stored: true });
    expect(await office.call('vault.confirmRecoveryCode', { stored: true })).toEqual({
      ok: false,
      error: { code: 'CONFLICT', reason: 'recovery_code_not_pending' },
    });
    expect(await actionsLogged(office, 'vault.recovery_renewed')).toHaveLength(2);
    await office.ok('session.signOut');

    const recover = (code: string) =>
      office.call('session.recover', {
        recoveryCode: code,
        userName: ADMIN.userName,
        newPassword: 'Recovered-admin-2569',
      });
    expect(await recover(oldCode)).toMatchObject(refused);
    const oldSlot = slotsIn(oldFile).find((slot) => slot.kind === 'recovery')!;
    expect(anyOpens(dir, await keysOf(oldSlot, oldCode.replace(/-/g, '')))).toBe(false);

    // The new code works, and having been used, it asks to be renewed.
    expect(await recover(recoveryCode)).toMatchObject({ ok: true });
    expect((await office.ok('vault.status')).notices).toContain('recovery_code_renewal');
  });

  it('asks for a new code after an admin is removed or demoted, and only an admin may renew', async () => {
    const dir = tempDir();
    const office = await setUpOffice(dir);
    keep(office);
    expect((await office.ok('vault.status')).notices).toEqual([]);
    const second = await addAccount(office, { ...OFFICER, userName: 'admin.two' }, 'admin');
    await office.ok('accounts.update', { userId: second, role: 'officer' });
    expect((await office.ok('vault.status')).notices).toEqual(['recovery_code_renewal']);
    await office.ok('vault.renewRecoveryCode', { password: ADMIN.password });
    await office.ok('vault.confirmRecoveryCode', { stored: true });
    expect((await office.ok('vault.status')).notices).toEqual([]);

    await addAccount(office, OFFICER, 'officer');
    await office.ok('session.signOut');
    await firstSignIn(office, OFFICER);
    expect(
      await office.call('vault.renewRecoveryCode', { password: OFFICER.password }),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});

describe('scenario 4, continued: a new code no one noted never takes effect', () => {
  it('drops a code shown before a lock: the old code keeps working and the office is still asked', async () => {
    const dir = tempDir();
    const office = await setUpOffice(dir);
    keep(office);
    const second = await addAccount(office, { ...OFFICER, userName: 'admin.two' }, 'admin');
    await office.ok('accounts.remove', { userId: second });
    await office.ok('vault.renewRecoveryCode', { password: ADMIN.password });
    // The screen locks (idle) while the code is on screen; the admin comes back and unlocks.
    await office.ok('session.lock');
    await office.ok('session.unlock', { password: ADMIN.password });
    expect(await office.call('vault.confirmRecoveryCode', { stored: true })).toEqual({
      ok: false,
      error: { code: 'CONFLICT', reason: 'recovery_code_not_pending' },
    });
    expect((await office.ok('vault.status')).notices).toEqual(['recovery_code_renewal']);
    await office.ok('session.signOut');
    expect(
      await office.call('session.recover', {
        recoveryCode: office.recoveryCode,
        userName: ADMIN.userName,
        newPassword: 'Recovered-admin-2569',
      }),
    ).toMatchObject({ ok: true });
  });
});

describe('scenario 5: setup never destroys an office', () => {
  it('says the database is missing when the key files are there, and never offers setup', async () => {
    const dir = tempDir();
    const office = await setUpOffice(dir);
    keep(office);
    await office.ok('session.signOut');
    const keys = readFileSync(join(dir, 'kaona.keys'));
    renameSync(join(dir, 'kaona.db'), join(dir, '..', `moved-by-antivirus-${Date.now()}.db`));

    expect(await office.ok('session.info')).toEqual({ status: 'database-missing' });
    expect(await office.call('setup.begin')).toEqual({
      ok: false,
      error: { code: 'CONFLICT', reason: 'database_missing' },
    });
    expect(readFileSync(join(dir, 'kaona.keys'))).toEqual(keys);
    expect(existsSync(join(dir, 'kaona.keys.bak'))).toBe(true);
  });
});

describe('scenario 6: the throttle file cannot be reset or used to inject events', () => {
  it('audits a deleted throttle file at the next sign-in', async () => {
    const dir = tempDir();
    const office = await setUpOffice(dir);
    keep(office);
    await office.ok('session.signOut');
    for (let i = 0; i < 3; i++)
      await office.call('session.signIn', { userName: ADMIN.userName, password: `wrong-${i}` });
    rmSync(join(dir, 'sign-in.state'));
    await office.ok('session.signIn', { userName: ADMIN.userName, password: ADMIN.password });
    const lost = await actionsLogged(office, 'session.throttle_state_lost');
    expect(lost.map((event) => event.details?.problem)).toEqual(['missing']);
  });

  it('marks failures reported by the file as unverified, and keeps no unknown names', async () => {
    const dir = tempDir();
    const office = await setUpOffice(dir);
    keep(office);
    await office.ok('session.signOut');
    await office.call('session.signIn', { userName: 'my-password-typed-here', password: 'x' });
    expect(readFileSync(join(dir, 'sign-in.state'), 'utf8')).not.toContain(
      'my-password-typed-here',
    );

    // Someone writes a "failed sign-in" of a colleague into the file.
    const state = JSON.parse(readFileSync(join(dir, 'sign-in.state'), 'utf8')) as {
      pending: { at: string; userName: string | null }[];
    };
    state.pending.push({ at: '2026-11-20T02:00:00.000Z', userName: OFFICER.userName });
    writeFileSync(join(dir, 'sign-in.state'), JSON.stringify(state));

    await office.ok('session.signIn', { userName: ADMIN.userName, password: ADMIN.password });
    const failures = (await actionsLogged(office, 'session.sign_in')).filter(
      (event) => event.outcome === 'failure',
    );
    expect(failures.map((event) => [event.actorUserName, event.details])).toEqual(
      expect.arrayContaining([
        [null, { unverified: true, unknownUserName: true }],
        [OFFICER.userName, { unverified: true }],
      ]),
    );
  });

  it('counts a wrong current password in the own password change like a failed sign-in', async () => {
    const office = await setUpOffice(tempDir());
    keep(office);
    for (let i = 0; i < 4; i++) {
      await office.call('session.changePassword', {
        currentPassword: `wrong-${i}-pw`,
        newPassword: 'Brand-new-admin-2569',
      });
    }
    expect(
      await office.call('session.changePassword', {
        currentPassword: ADMIN.password,
        newPassword: 'Brand-new-admin-2569',
      }),
    ).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', reason: 'throttled' } });
  });
});
