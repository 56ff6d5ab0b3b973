import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADMIN, OFFICER, addAccount, firstSignIn, setUpOffice } from '../support/office';
import { useTempDirs } from '../support/temp-dir';

const MINUTE = 60_000;

describe('locking on a shared PC', () => {
  const tempDir = useTempDirs();

  it('locks after the idle time, and activity postpones it', async () => {
    const office = await setUpOffice(tempDir());
    await office.clock.advance(4 * MINUTE);
    await office.ok('session.ping');
    await office.clock.advance(4 * MINUTE);
    expect(office.core.getSession().status).toBe('signed-in');
    await office.clock.advance(1 * MINUTE + 1);
    expect(office.core.getSession().status).toBe('locked');
    expect(await office.call('settings.get')).toEqual({ ok: false, error: { code: 'LOCKED' } });
    await office.core.close();
  });

  it('is not kept awake by the renderer polling session.info', async () => {
    const office = await setUpOffice(tempDir());
    for (let minute = 0; minute < 5; minute++) {
      await office.clock.advance(MINUTE);
      await office.ok('session.info');
      await office.ok('app.info');
    }
    expect(office.core.getSession().status).toBe('locked');
    await office.core.close();
  });

  it('uses the idle time the admin sets', async () => {
    const office = await setUpOffice(tempDir());
    await office.ok('settings.update', { idleLockMinutes: 2 });
    await office.clock.advance(2 * MINUTE + 1);
    expect(office.core.getSession().status).toBe('locked');
    await office.ok('session.unlock', { password: ADMIN.password });
    expect(await office.call('settings.update', { idleLockMinutes: 0 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await office.call('settings.update', { idleLockMinutes: 61 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await office.ok('settings.get')).toMatchObject({ idleLockMinutes: 2 });
    await office.core.close();
  });

  it('closes the database and forgets the key while locked', async () => {
    const dir = tempDir();
    const office = await setUpOffice(dir);
    const unlocked = office.core.sessions.unlocked();
    const key = unlocked.key;
    await office.ok('session.lock');
    expect(unlocked.sqlite.open).toBe(false);
    expect(key.every((byte) => byte === 0)).toBe(true);
    // The WAL is checkpointed and removed when the last connection closes.
    expect(existsSync(join(dir, 'kaona.db-wal'))).toBe(false);
    await office.core.close();
  });

  it('unlock asks only the locked person’s password; switch user returns to sign-in', async () => {
    const office = await setUpOffice(tempDir());
    await addAccount(office, OFFICER, 'officer');
    await office.ok('session.signOut');
    await firstSignIn(office, OFFICER);
    await office.ok('session.lock');
    // Another person's password does not unlock someone else's session.
    expect(await office.call('session.unlock', { password: ADMIN.password })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', reason: 'bad_credentials' },
    });
    expect(await office.ok('session.unlock', { password: OFFICER.password })).toMatchObject({
      status: 'signed-in',
      user: { userName: OFFICER.userName },
    });
    await office.ok('session.lock');
    expect(await office.ok('session.switchUser')).toEqual({
      status: 'signed-out',
      lastUserName: OFFICER.userName,
    });
    await office.ok('session.signIn', { userName: ADMIN.userName, password: ADMIN.password });
    const { events } = await office.ok('audit.list', { limit: 100 });
    const actions = events.map(
      (event) => `${event.action}:${event.outcome}:${event.actorUserName}`,
    );
    expect(actions).toEqual(
      expect.arrayContaining([
        `session.lock:success:${OFFICER.userName}`,
        `session.unlock:success:${OFFICER.userName}`,
        `session.sign_in:failure:${OFFICER.userName}`,
        `session.sign_in:success:${ADMIN.userName}`,
      ]),
    );
    await office.core.close();
  });

  it('locks on request from the OS (screen lock, suspend)', async () => {
    const office = await setUpOffice(tempDir());
    await office.core.sessions.lock('os');
    const { status } = office.core.getSession();
    expect(status).toBe('locked');
    await office.ok('session.unlock', { password: ADMIN.password });
    const { events } = await office.ok('audit.list', { action: 'session.lock' });
    expect(events[0]?.details).toEqual({ reason: 'os' });
    await office.core.close();
  });
});
