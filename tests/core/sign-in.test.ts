import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADMIN, openOffice, setUpOffice } from '../support/office';
import { useTempDirs } from '../support/temp-dir';

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const SECOND = 1000;

describe('signing in', () => {
  const tempDir = useTempDirs();

  async function signedOutOffice() {
    const dir = tempDir();
    const office = await setUpOffice(dir);
    await office.ok('session.signOut');
    return { dir, office };
  }

  it('gives one generic answer for an unknown user and a wrong password', async () => {
    const { office } = await signedOutOffice();
    const unknownUser = await office.call('session.signIn', {
      userName: 'nobody.here',
      password: ADMIN.password,
    });
    const wrongPassword = await office.call('session.signIn', {
      userName: ADMIN.userName,
      password: 'Not-the-password-1',
    });
    expect(unknownUser).toEqual({
      ok: false,
      error: { code: 'UNAUTHENTICATED', reason: 'bad_credentials' },
    });
    expect(wrongPassword).toEqual(unknownUser);
    await office.core.close();
  });

  it('rejects empty, 10,000-character and non-UTF-8 passwords with a clear code and touches nothing', async () => {
    const { dir, office } = await signedOutOffice();
    const dbBefore = sha256(join(dir, 'kaona.db'));
    const keysBefore = sha256(join(dir, 'kaona.keys'));
    const cases: [string, string][] = [
      ['', 'too_small'],
      ['x'.repeat(10_000), 'too_big'],
      ['abc\ud800def-lone-surrogate', 'custom'],
    ];
    for (const [password, issue] of cases) {
      const result = await office.call('session.signIn', { userName: ADMIN.userName, password });
      expect(result, issue).toEqual({
        ok: false,
        error: { code: 'VALIDATION', issues: [{ path: ['password'], code: issue }] },
      });
    }
    expect(sha256(join(dir, 'kaona.db'))).toBe(dbBefore);
    expect(sha256(join(dir, 'kaona.keys'))).toBe(keysBefore);
    await office.core.close();
  });

  it('after three failures each attempt waits twice as long, and a restart does not reset it', async () => {
    const { dir, office } = await signedOutOffice();
    const wrong = { userName: ADMIN.userName, password: 'Wrong-password-123' };
    for (let i = 0; i < 3; i++)
      expect(await office.call('session.signIn', wrong)).toMatchObject({
        error: { reason: 'bad_credentials' },
      });
    // Three failures: the next attempt must wait 5 s, even with the right password.
    expect(
      await office.call('session.signIn', { userName: ADMIN.userName, password: ADMIN.password }),
    ).toEqual({
      ok: false,
      error: { code: 'UNAUTHENTICATED', reason: 'throttled', retryAfterSeconds: 5 },
    });
    await office.core.close();

    const restarted = openOffice(dir, { clock: office.clock });
    expect(
      await restarted.call('session.signIn', {
        userName: ADMIN.userName,
        password: ADMIN.password,
      }),
    ).toMatchObject({
      error: { reason: 'throttled' },
    });
    await office.clock.advance(5 * SECOND);
    expect(await restarted.call('session.signIn', wrong)).toMatchObject({
      error: { reason: 'bad_credentials' },
    });
    expect(await restarted.call('session.signIn', wrong)).toMatchObject({
      error: { reason: 'throttled', retryAfterSeconds: 10 },
    });
    await office.clock.advance(10 * SECOND);
    await restarted.ok('session.signIn', { userName: ADMIN.userName, password: ADMIN.password });

    // The failures reached the audit log at the successful sign-in, without any password.
    const { events } = await restarted.ok('audit.list', {
      action: 'session.sign_in',
      outcome: 'failure',
    });
    expect(events).toHaveLength(4);
    expect(JSON.stringify(events)).not.toContain('Wrong-password');
    await restarted.ok('session.signOut');
    // A success resets the count.
    expect(await restarted.call('session.signIn', wrong)).toMatchObject({
      error: { reason: 'bad_credentials' },
    });
    await restarted.core.close();
  });

  it('a disabled account cannot sign in, even with its old password', async () => {
    const { office } = await signedOutOffice();
    await office.ok('session.signIn', { userName: ADMIN.userName, password: ADMIN.password });
    const created = await office.ok('accounts.create', {
      userName: 'clerk.one',
      fullName: 'เสมียน หนึ่ง',
      position: '',
      role: 'officer',
      temporaryPassword: 'Clerk-temp-pass-1',
    });
    await office.ok('accounts.disable', { userId: created.id });
    await office.ok('session.signOut');
    expect(
      await office.call('session.signIn', { userName: 'clerk.one', password: 'Clerk-temp-pass-1' }),
    ).toMatchObject({
      error: { reason: 'bad_credentials' },
    });
    await office.core.close();
  });
});
