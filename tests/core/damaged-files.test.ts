import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  readFileSync,
  readdirSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ADMIN,
  OFFICER,
  addAccount,
  openOffice,
  setUpOffice,
  setUpOfficeFromScratch,
} from '../support/office';
import { useTempDirs } from '../support/temp-dir';

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('damaged files', () => {
  const tempDir = useTempDirs();

  /** An office where the key file has been rewritten once, so a `.bak` of a good copy exists. */
  async function officeWithBackup() {
    const dir = tempDir();
    const office = await setUpOffice(dir);
    await addAccount(office, OFFICER, 'officer');
    await office.ok('session.signOut');
    await office.core.close();
    expect(existsSync(join(dir, 'kaona.keys.bak'))).toBe(true);
    return dir;
  }

  for (const [name, damage] of [
    ['truncated', (file: string) => truncateSync(file, 100)],
    ['garbage', (file: string) => writeFileSync(file, 'ไม่ใช่ไฟล์กุญแจ \u0000\u0001')],
    [
      'valid JSON of the wrong shape',
      (file: string) =>
        writeFileSync(file, '{"format":"kaona-key-slots","version":1,"slots":[{}]}'),
    ],
  ] as const) {
    it(`a ${name} key file: a plain message, the database untouched, the last good copy restorable`, async () => {
      const dir = await officeWithBackup();
      const dbBefore = sha256(join(dir, 'kaona.db'));
      damage(join(dir, 'kaona.keys'));
      const office = openOffice(dir);
      expect(await office.ok('session.info')).toEqual({
        status: 'key-file-damaged',
        backupUsable: true,
      });
      expect(
        await office.call('session.signIn', { userName: ADMIN.userName, password: ADMIN.password }),
      ).toEqual({
        ok: false,
        error: { code: 'CONFLICT', reason: 'key_file_damaged' },
      });
      expect(sha256(join(dir, 'kaona.db'))).toBe(dbBefore);

      expect(await office.ok('session.restoreKeyBackup')).toMatchObject({ status: 'signed-out' });
      // The damaged file is kept aside for IT, never deleted.
      expect(readdirSync(dir).some((file) => file.startsWith('kaona.keys.damaged-'))).toBe(true);
      await office.ok('session.signIn', { userName: ADMIN.userName, password: ADMIN.password });
      await office.core.close();
    });
  }

  it('a database that is not Kaona’s (or damaged) is reported, never replaced', async () => {
    const dir = await officeWithBackup();
    writeFileSync(join(dir, 'kaona.db'), 'SQLite format 3\u0000 but not really'.repeat(300));
    const dbBefore = sha256(join(dir, 'kaona.db'));
    const office = openOffice(dir);
    expect(
      await office.call('session.signIn', { userName: ADMIN.userName, password: ADMIN.password }),
    ).toEqual({
      ok: false,
      error: { code: 'CONFLICT', reason: 'database_unreadable' },
    });
    expect(sha256(join(dir, 'kaona.db'))).toBe(dbBefore);
    expect(await office.call('setup.begin')).toMatchObject({
      ok: false,
      error: { reason: 'already_set_up' },
    });
    await office.core.close();
  });

  it('a key file from another office does not open this database', async () => {
    const dir = await officeWithBackup();
    const other = tempDir();
    // Really another office: copies of the shared template would all hold the same database key.
    const otherOffice = await setUpOfficeFromScratch(other);
    await otherOffice.core.close();
    copyFileSync(join(other, 'kaona.keys'), join(dir, 'kaona.keys'));
    const office = openOffice(dir);
    expect(
      await office.call('session.signIn', { userName: ADMIN.userName, password: ADMIN.password }),
    ).toEqual({
      ok: false,
      error: { code: 'CONFLICT', reason: 'database_unreadable' },
    });
    await office.core.close();
  });
});
