import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { insertTestCase, officeDb } from '../support/cases';
import { ADMIN, officeWithColleague, openOffice, type TestOffice } from '../support/office';

// Review of issue 11 (PDPA): the subject export goes to the person (or their representative).
// It names the staff who handled or read the file — by name, as PDPA lets them know — but the
// user names staff sign in with are not theirs to take home (docs/security.md, issue 11).

const SUPERVISOR = {
  userName: 'supervisor.p',
  password: 'Supervisor-pass-2569',
  fullName: 'วิไลวรรณ ตรวจสอบ',
};

const root = mkdtempSync(join(tmpdir(), 'kaona-test-'));
const outDir = join(root, 'out');
mkdirSync(outDir);
let office: TestOffice | null = null;
afterAll(async () => {
  await office?.core.close();
  rmSync(root, { recursive: true, force: true });
});

describe('found in review: the subject export carries no staff sign-in names', () => {
  it('lists who read the file by staff id and full name, never by user name', async () => {
    const made = await officeWithColleague(join(root, 'data'), SUPERVISOR, 'supervisor');
    await made.office.core.close();
    office = {
      ...openOffice(join(root, 'data'), {
        host: { chooseSavePath: async ({ suggestedName }) => join(outDir, suggestedName) },
      }),
      recoveryCode: made.office.recoveryCode,
    };
    await office.ok('session.signIn', {
      userName: SUPERVISOR.userName,
      password: SUPERVISOR.password,
    });
    const person = await insertTestCase(officeDb(office));
    await office.ok('cases.open', { caseId: person.caseId });

    const outcome = await office.ok('pdpa.exportSubject', { beneficiaryId: person.beneficiaryId });
    if (!outcome.done) throw new Error('export did not finish');
    const text = readFileSync(join(outDir, outcome.fileName), 'utf8');
    expect(text).not.toContain(SUPERVISOR.userName);
    expect(text).not.toContain(ADMIN.userName);
    const data = JSON.parse(text);
    const viewed = data.accessLog.find((row: { action: string }) => row.action === 'case.viewed');
    expect(viewed).toMatchObject({ by_user_id: made.colleagueId });
    expect(data.staff[String(made.colleagueId)]).toBe(SUPERVISOR.fullName);
  });
});
