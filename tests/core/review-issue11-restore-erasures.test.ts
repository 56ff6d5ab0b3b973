import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { erasePerson } from '../../src/main/core/pdpa/erasure-writes';
import { makeBackupFolder } from '../support/backup-folder';
import { insertTestCase, officeDb } from '../support/cases';
import { ADMIN, OFFICER, addAccount, setUpOffice, type TestOffice } from '../support/office';

// Review of issue 11 (restore): restoring a backup made before an erasure brings the erased
// person back, whole. The office may have to restore an older copy (a broken disk), but it must
// know: the admin is told how many erasures the copy undoes before applying, and the restored
// log's `restore.applied` names the people (ids) to erase again. The same for accounts removed
// since: the copy gives their old passwords back (docs/security.md, issue 11).

const root = mkdtempSync(join(tmpdir(), 'kaona-test-'));
let office: TestOffice | null = null;
afterAll(async () => {
  await office?.core.close();
  rmSync(root, { recursive: true, force: true });
});

describe('found in review: a restore that undoes erasures or account removals says so', () => {
  it('counts the people erased since the backup and lists their ids in restore.applied', async () => {
    let folder = '';
    const dir = join(root, 'data');
    office = await setUpOffice(dir, { host: { chooseFolder: async () => folder } });
    const db = officeDb(office);
    const erased = await insertTestCase(db, { status: 'closed' });
    const kept = await insertTestCase(db, { status: 'closed', firstName: 'ประยงค์' });
    const erasedBefore = await insertTestCase(db, { status: 'closed', firstName: 'มานพ' });
    // Erased before the backup: the copy holds them erased already, nothing is undone.
    await db
      .transaction()
      .execute((trx) => erasePerson(trx, erasedBefore.beneficiaryId, '2026-11-01T03:00:00.000Z'));
    const officerId = await addAccount(office, OFFICER, 'officer');
    folder = makeBackupFolder(office, dir, join(root, 'backups'));
    // Removed after the backup: the copy holds the officer active, with their old password.
    await office.ok('accounts.remove', { userId: officerId });
    await db
      .transaction()
      .execute((trx) => erasePerson(trx, erased.beneficiaryId, '2026-11-30T03:00:00.000Z'));

    await office.ok('restore.choose');
    await office.ok('restore.inspect');
    const contents = await office.ok('restore.unlock', {
      userName: ADMIN.userName,
      password: ADMIN.password,
    });
    expect(contents.erasuresUndone).toBe(1);
    expect(contents.accountsRevived).toEqual([OFFICER.userName]);
    await office.ok('restore.apply', { token: contents.token });

    await office.ok('session.signIn', { userName: ADMIN.userName, password: ADMIN.password });
    const event = await officeDb(office)
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'restore.applied')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(event.details ?? '{}')).toMatchObject({
      erasuresUndone: 1,
      erasuresUndoneIds: [String(erased.beneficiaryId)],
      accountsRevived: 1,
      accountsRevivedIds: [String(officerId)],
    });
    expect(kept.beneficiaryId).not.toBe(erased.beneficiaryId);
  });
});
