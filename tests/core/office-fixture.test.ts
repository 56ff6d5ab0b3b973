import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { templateDataDir } from '../support/office-template';
import { ADMIN, OFFICER, addAccount, openOffice, setUpOffice } from '../support/office';
import { snapshotDir } from '../support/snapshot-dir';
import { useTempDirs } from '../support/temp-dir';

// The shared signed-in office (tests/support/office-template.ts) must behave like a fresh one:
// each copy is its own office, and nothing a test does reaches the template or another copy.
describe('the signed-in office fixture', () => {
  const tempDir = useTempDirs();
  const template = templateDataDir(inject('officeTemplate'));

  it('keeps the template closed: no WAL, SHM or journal beside the database', () => {
    expect(readdirSync(template).filter((name) => /-(wal|shm|journal)$/.test(name))).toEqual([]);
  });

  it('gives each test its own office; changes reach neither the template nor another copy', async () => {
    const before = snapshotDir(template);
    const first = await setUpOffice(tempDir());
    const secondDir = tempDir();
    const second = await setUpOffice(secondDir);

    await addAccount(first, OFFICER, 'officer');
    await first.ok('settings.update', { idleLockMinutes: 15 });

    expect((await second.ok('accounts.list')).map((account) => account.userName)).toEqual([
      ADMIN.userName,
    ]);
    expect(await second.ok('settings.get')).toMatchObject({ idleLockMinutes: 5 });
    await first.core.close();
    await second.core.close();
    expect(snapshotDir(template)).toEqual(before);
    // Closing a copy checkpoints and removes its own WAL, as the template's was.
    expect(existsSync(join(secondDir, 'kaona.db-wal'))).toBe(false);
  });

  it('starts signed in as the admin at the manual clock’s start, with the recovery code that opens it', async () => {
    const dir = tempDir();
    const office = await setUpOffice(dir);
    expect(await office.ok('session.info')).toMatchObject({
      status: 'signed-in',
      user: { userName: ADMIN.userName, role: 'admin' },
      idleLockMinutes: 5,
    });
    const { events } = await office.ok('audit.list', { limit: 10 });
    expect(events.map((event) => event.action).reverse()).toEqual([
      'setup.completed',
      'session.sign_out',
      'session.sign_in',
    ]);
    expect(new Set(events.map((event) => event.at))).toEqual(
      new Set([office.clock.now().toISOString()]),
    );
    await office.ok('session.signOut');
    await office.core.close();

    const later = openOffice(dir);
    await later.ok('session.recover', {
      recoveryCode: office.recoveryCode,
      userName: ADMIN.userName,
      newPassword: 'Recovered-pass-2569',
    });
    await later.core.close();
  });
});
