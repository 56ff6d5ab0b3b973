import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ImportSettings } from '../../src/shared/domain/imports';
import { auditEvents, insertTestCase, officeDb } from '../support/cases';
import { IMPORT_SETTINGS, importCsv, importSheet } from '../support/import-files';
import { addAccount, firstSignIn, OFFICER, setUpOffice, type TestOffice } from '../support/office';

// Review of issue 11 (imports): the dry run answers, for every row, "this national ID is person
// #n". A spreadsheet of 10,000 guessed IDs is a bulk lookup, yet its audit event kept counts
// only — less trace than one intake duplicate check (which names the person found). The event
// now names the people found (ids only), so a probe shows whom it reached (docs/security.md).

const root = mkdtempSync(join(tmpdir(), 'kaona-test-'));
let office: TestOffice | null = null;
afterAll(async () => {
  await office?.core.close();
  rmSync(root, { recursive: true, force: true });
});

describe('found in review: the import dry run leaves a trail of whom it matched', () => {
  it('lists the beneficiary ids the file matched in imports.checked', async () => {
    office = await setUpOffice(join(root, 'data'));
    await addAccount(office, OFFICER, 'officer');
    const known = await insertTestCase(officeDb(office), { nationalId: '3101700123452' });
    await office.ok('session.signOut');
    await firstSignIn(office, OFFICER);

    const sheet = importSheet({ rows: 3, badEvery: 0 });
    sheet.rows[1]![3] = '3101700123452';
    const opened = await office.ok('imports.open', {
      fileName: 'probe.csv',
      contentBase64: importCsv(sheet).toString('base64'),
    });
    const checked = await office.ok('imports.check', {
      importId: opened.importId,
      settings: IMPORT_SETTINGS as unknown as ImportSettings,
    });
    expect(checked.counts.duplicate).toBe(1);
    const [event] = (await auditEvents(office, 'imports.checked')).slice(-1);
    const details = JSON.parse(event!.details ?? '{}');
    expect(details).toMatchObject({ duplicate: 1, matched: [String(known.beneficiaryId)] });
    expect(event!.details).not.toContain('3101700123452');
  });
});
