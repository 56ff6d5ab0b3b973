import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { erasePerson } from '../../src/main/core/pdpa/erasure-writes';
import { insertTestCase, officeDb, officeWithOfficer } from '../support/cases';
import { intakeInput } from '../support/intake-fixtures';
import { smallPng } from '../support/files';
import type { TestOffice } from '../support/office';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Review of issue 11 (PDPA): an erased person's case still opens, under the erased name, but
// nothing may write their data back — not an edit, not a consent with a guardian's name, not an
// attachment, not a figure with a note, and not a "returning person" case that would start a
// new file on the anonymised row (docs/security.md, "Found in review", issue 11).

const dir = mkdtempSync(join(tmpdir(), 'kaona-test-'));
let office: TestOffice;
let caseId: number;
let beneficiaryId: number;
const erased = { ok: false, error: { code: 'CONFLICT', reason: 'pdpa_person_erased' } };

beforeAll(async () => {
  office = await officeWithOfficer(dir);
  const db = officeDb(office);
  ({ caseId, beneficiaryId } = await insertTestCase(db, { status: 'graduated' }));
  // The person's row as the erasure leaves it (erasure-writes.ts).
  await db
    .transaction()
    .execute((trx) => erasePerson(trx, beneficiaryId, '2026-11-30T03:00:00.000Z'));
});
afterAll(async () => {
  await office.core.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('found in review: an erased person takes no new data', () => {
  it('refuses a returning-person case on the erased row', async () => {
    const { programme, baseline, business } = intakeInput();
    expect(
      await office.call('cases.createForPerson', { beneficiaryId, programme, baseline, business }),
    ).toEqual(erased);
  });

  it('refuses edits of the person, the case and the sensitive fields', async () => {
    const db = officeDb(office);
    const before = await db
      .selectFrom('beneficiaries')
      .selectAll()
      .where('id', '=', beneficiaryId)
      .executeTakeFirstOrThrow();
    expect(
      await office.call('cases.updateProfile', {
        caseId,
        person: {
          title: 'mrs',
          titleOther: '',
          firstName: 'สมหญิง',
          lastName: 'กลับมาแล้ว',
          nickname: 'หญิง',
          latinName: '',
          birthDate: '1980-05-01',
          sex: 'female',
        },
      }),
    ).toEqual(erased);
    expect(
      await office.call('cases.updateIdentityDocument', {
        caseId,
        document: {
          hasThaiId: true,
          nationalId: '1-5899-00123-45-3',
          otherIdDocument: null,
          otherIdNumber: '',
        },
      }),
    ).toEqual(erased);
    expect(
      await office.call('cases.updateSensitive', {
        caseId,
        disabilityTypes: [],
        healthNotes: 'โรคลับที่กลับมา',
      }),
    ).toEqual(erased);
    const after = await db
      .selectFrom('beneficiaries')
      .selectAll()
      .where('id', '=', beneficiaryId)
      .executeTakeFirstOrThrow();
    expect(after).toEqual(before);
    const notes = await db
      .selectFrom('cases')
      .select('health_notes')
      .where('id', '=', caseId)
      .executeTakeFirstOrThrow();
    expect(notes.health_notes).not.toContain('กลับมา');
  });

  it('refuses a consent with a guardian name, an attachment and a monthly figure', async () => {
    expect(
      await office.call('cases.changeConsent', {
        caseId,
        purpose: 'referral',
        granted: true,
        noticeVersion: '2569-01',
        givenBy: 'guardian',
        guardianName: 'นางผู้ปกครองกลับมา',
        note: '',
      }),
    ).toEqual(erased);
    expect(
      await office.call('cases.addAttachment', {
        caseId,
        fileName: 'บัตรประชาชน.png',
        caption: 'สำเนาบัตร',
        dataBase64: smallPng().toString('base64'),
      }),
    ).toEqual(erased);
    expect(
      await office.call('progress.recordMonth', {
        caseId,
        month: '2026-11',
        orders: 1,
        salesSatang: 100,
        incomeSatang: 100,
        source: 'self_reported',
        evidenceAttachmentId: null,
        note: 'ร้านของสมหญิง',
        expectedRevision: null,
      }),
    ).toEqual(erased);
  });
});
