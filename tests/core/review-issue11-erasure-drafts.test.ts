import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { erasePersonOnRequest } from '../../src/main/core/pdpa/erasure-service';
import { insertTestCase, officeDb } from '../support/cases';
import { setUpOffice, type TestOffice } from '../support/office';

// Review of issue 11 (PDPA): erasure deletes unsaved intake drafts that mention the person (a
// clerk may have started to register them again), by searching the drafts' JSON for the name,
// the ID and the phone. But the intake form keeps the national ID as typed, grouped with dashes
// (1-2345-67890-12-3), and a phone as typed (081-234-5678): such a draft survived the erasure
// whenever the last name was too short to search for (docs/security.md, issue 11).

const root = mkdtempSync(join(tmpdir(), 'kaona-test-'));
let office: TestOffice | null = null;
afterAll(async () => {
  await office?.core.close();
  rmSync(root, { recursive: true, force: true });
});

async function erase(target: TestOffice, beneficiaryId: number): Promise<void> {
  const db = officeDb(target);
  const admin = await db.selectFrom('users').select('id').executeTakeFirstOrThrow();
  const { id: requestId } = await db
    .insertInto('pdpa_requests')
    .values({
      beneficiary_id: beneficiaryId,
      kind: 'erasure',
      received_on: '2026-11-25',
      due_on: '2026-12-25',
      requester: 'self',
      representative_name: '',
      channel: 'letter',
      note: '',
      status: 'open',
      reason: '',
      recorded_at: '2026-11-25T03:00:00.000Z',
      recorded_by: admin.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await erasePersonOnRequest(target.core.sessions.signedInCall(), {
    requestId,
    reason: 'ขอให้ลบตามมาตรา 33',
  });
}

describe('found in review: erasure finds drafts with the ID or phone as the form keeps them', () => {
  it('deletes a draft holding the dashed national ID or the dashed phone', async () => {
    office = await setUpOffice(join(root, 'data'));
    const db = officeDb(office);
    const admin = await db.selectFrom('users').select('id').executeTakeFirstOrThrow();
    const draft = (json: object) =>
      db
        .insertInto('drafts')
        .values({
          user_id: admin.id,
          kind: 'intake',
          step: 1,
          json: JSON.stringify(json),
          saved_at: '2026-11-26T03:00:00.000Z',
        })
        .execute();
    const count = async () =>
      Number(
        (
          await db
            .selectFrom('drafts')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );

    // A two-letter last name is not searched for (it would match other people's drafts).
    const byId = await insertTestCase(db, {
      lastName: 'ดี',
      nationalId: '3101700123452',
      status: 'closed',
    });
    await draft({ identity: { firstName: '', lastName: '', nationalId: '3-1017-00123-45-2' } });
    await erase(office, byId.beneficiaryId);
    expect(await count()).toBe(0);

    const byPhone = await insertTestCase(db, { lastName: 'ณ', status: 'closed' });
    await db
      .updateTable('beneficiaries')
      .set({ phone: '+66898765432' })
      .where('id', '=', byPhone.beneficiaryId)
      .execute();
    await draft({ contact: { phone: '089-876-5432' } });
    await erase(office, byPhone.beneficiaryId);
    expect(await count()).toBe(0);
  });
});
