import { rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Updateable } from 'kysely';
import type { DocumentsTable } from '../../src/main/core/db/documents-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CertificateWording, LetterModel } from '../../src/shared/domain/documents';
import { ADMIN, OFFICER } from '../support/office';
import { auditEvents, insertTestCase, officeDb, officeWithOfficer } from '../support/cases';
import { ensureLetterhead, insertReferralCase } from '../support/documents';

// Review of the official documents (issue 10): someone holding one account's password and a copy
// of the data folder (docs/security.md, "Review of official documents (issue 10)"). Each test
// named "found in review" failed before its fix.

let office: Awaited<ReturnType<typeof officeWithOfficer>>;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kaona-test-'));
  office = await officeWithOfficer(dir);
}, 60_000);

afterAll(async () => {
  await office.core.close();
  rmSync(dir, { recursive: true, force: true });
});

const db = () => officeDb(office);

async function as(who: typeof ADMIN | typeof OFFICER): Promise<void> {
  await office.ok('session.signOut');
  await office.ok('session.signIn', { userName: who.userName, password: who.password });
}

describe('review: what a role without cases.reveal reads in the register', () => {
  it('found in review: the admin read a letter’s national ID and disability through documents.get', async () => {
    const { referralId, beneficiaryId } = await insertReferralCase(db(), {
      case: { firstName: 'รีวิว', disabilityTypes: ['visual'] },
      referral: { details: ['national_id', 'phone', 'disability'] },
    });
    const issued = await office.ok('documents.issueLetter', { referralId, signerId: null });
    const nationalId = (
      await db()
        .selectFrom('beneficiaries')
        .select('national_id')
        .where('id', '=', beneficiaryId)
        .executeTakeFirstOrThrow()
    ).national_id!;
    // The officer (cases.reveal) reads the letter as issued.
    const officerView = JSON.stringify(issued.model);
    expect(officerView.replace(/\D/g, '')).toContain(nationalId);
    expect(officerView).toContain('ทางการเห็น');

    await as(ADMIN);
    try {
      const detail = await office.ok('documents.get', { documentId: issued.documentId });
      const text = JSON.stringify(detail.model);
      expect(text.replace(/\D/g, '')).not.toContain(nationalId.slice(0, 9));
      expect(text).not.toContain('ทางการเห็น');
      const model = detail.model as LetterModel;
      // Still a letter with the same lines (the phone is not reveal-only), the ID masked to its
      // last four digits as the case page shows it.
      expect(model.details.map((line) => line.label)).toEqual(
        (issued.model as LetterModel).details.map((line) => line.label),
      );
      expect(text).toContain(nationalId.slice(-1));
      expect(detail.intact).toBe(true);
    } finally {
      await as(OFFICER);
    }
  });
});

describe('review: a letter is issued only for a case that may still be referred', () => {
  it('found in review: a draft’s letter was issued (and previewed) after its case was closed', async () => {
    const { referralId, caseId } = await insertReferralCase(db(), { case: { firstName: 'ปิดแล้ว' } });
    await db().updateTable('cases').set({ status: 'closed' }).where('id', '=', caseId).execute();
    const counter = async () =>
      (
        await db()
          .selectFrom('document_counters')
          .select('last_seq')
          .where('kind', '=', 'referral_letter')
          .executeTakeFirst()
      )?.last_seq ?? 0;
    const before = await counter();
    for (const channel of ['documents.previewLetter', 'documents.issueLetter'] as const)
      expect(await office.call(channel, { referralId, signerId: null })).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT', reason: 'referral_case_closed' },
      });
    expect(await counter()).toBe(before);
    const referral = await db()
      .selectFrom('referrals')
      .select(['status', 'letter_document_id'])
      .where('id', '=', referralId)
      .executeTakeFirstOrThrow();
    expect(referral).toEqual({ status: 'draft', letter_document_id: null });
  });
});

const TRAINING: CertificateWording = {
  achievement: 'training',
  text: 'การถ่ายภาพสินค้าเพื่อขายออนไลน์',
  detailText: '',
  issuedOn: '2026-11-26',
  signerIds: [],
};

describe('review: every read of case data through the documents is audited', () => {
  it('found in review: a certificate preview (the holder’s name and shop) was not audited', async () => {
    await ensureLetterhead(db());
    const { caseId } = await insertTestCase(db(), { firstName: 'ตัวอย่าง' });
    const before = (await auditEvents(office, 'document.viewed')).length;
    const view = await office.ok('certificates.preview', { caseId, wording: TRAINING });
    expect(JSON.stringify(view)).toContain('ตัวอย่าง');
    const events = await auditEvents(office, 'document.viewed');
    expect(events).toHaveLength(before + 1);
    const event = events.at(-1)!;
    expect(event.target_type).toBe('case');
    expect(event.target_id).toBe(String(caseId));
    expect(JSON.parse(event.details ?? '{}')).toEqual({
      caseId,
      kind: 'certificate',
      preview: true,
    });
  });
});

/** What someone with the key and a SQLite shell does: the trigger goes, the row changes. */
async function behindTheTrigger(change: () => Promise<unknown>): Promise<void> {
  const { sql: trigger } = (await db()
    .selectFrom('sqlite_master' as never)
    .select('sql' as never)
    .where('name' as never, '=', 'documents_frozen' as never)
    .executeTakeFirstOrThrow()) as { sql: string };
  await sql`DROP TRIGGER documents_frozen`.execute(db());
  try {
    await change();
  } finally {
    await sql.raw(trigger).execute(db());
  }
}

async function issueTraining(firstName: string) {
  await ensureLetterhead(db());
  const { caseId } = await insertTestCase(db(), { firstName });
  return office.ok('certificates.issue', { caseId, wording: TRAINING });
}

describe('review: the verify screen answers from the register as issued', () => {
  it('found in review: verify read the register without its SHA-256 (an edited name passed as valid)', async () => {
    const issued = await issueTraining('จริงใจ');
    const code = (issued.model as { verificationCode: string }).verificationCode;
    expect(await office.ok('certificates.verify', { code: issued.number })).toMatchObject({
      verdict: 'valid',
      holderName: expect.stringContaining('จริงใจ'),
    });
    // The register's row is edited to carry another name (to back a made-up paper by serial).
    const { snapshot } = await db()
      .selectFrom('documents')
      .select('snapshot')
      .where('id', '=', issued.documentId)
      .executeTakeFirstOrThrow();
    await behindTheTrigger(() =>
      db()
        .updateTable('documents')
        .set({ snapshot: snapshot.replaceAll('จริงใจ', 'ปลอมตัว') })
        .where('id', '=', issued.documentId)
        .execute(),
    );
    for (const input of [issued.number, code]) {
      const result = await office.ok('certificates.verify', { code: input });
      expect(result).toMatchObject({
        verdict: 'unknown',
        unknownCause: 'register_damaged',
        holderName: null,
      });
    }
    // Not even JSON any more: the same answer, not an internal error.
    await behindTheTrigger(() =>
      db()
        .updateTable('documents')
        .set({ snapshot: 'not json' })
        .where('id', '=', issued.documentId)
        .execute(),
    );
    expect(await office.ok('certificates.verify', { code: issued.number })).toMatchObject({
      verdict: 'unknown',
      unknownCause: 'register_damaged',
    });
  });

  it('found in review: verify showed the achievement from a column the SHA-256 does not cover', async () => {
    const issued = await issueTraining('อบรม');
    // No trigger stands in the way of this column.
    await db()
      .updateTable('documents')
      .set({ achievement: 'shop_opened' })
      .where('id', '=', issued.documentId)
      .execute()
      .catch(() => undefined);
    expect(await office.ok('certificates.verify', { code: issued.number })).toMatchObject({
      verdict: 'valid',
      achievement: 'training',
    });
  });
});

describe('review: the register row is frozen except for what printing and voiding change', () => {
  it('found in review: the trigger let the achievement, links, issue time, print count and a void be rewritten', async () => {
    const issued = await issueTraining('ทะเบียน');
    const row = () => db().updateTable('documents').where('id', '=', issued.documentId);
    // What the app itself does stays allowed: a print counts up, a void is recorded once.
    await row().set({ print_count: 2, last_printed_at: '2026-11-26T04:00:00.000Z' }).execute();
    const refused = async (change: Updateable<DocumentsTable>) =>
      expect(row().set(change).execute()).rejects.toThrow(/never changes|void/);
    await refused({ achievement: 'shop_opened' });
    await refused({ referral_id: 1 });
    await refused({ batch_id: null, issued_at: '2020-01-01T00:00:00.000Z' });
    await refused({ print_count: 0 });
    await refused({ print_count: 1 });
    await office.ok('documents.void', { documentId: issued.documentId, reason: 'พิมพ์ชื่อผิด' });
    await refused({ void_reason: 'เหตุผลอื่นที่เขียนทีหลัง' });
    await refused({ voided_at: '2020-01-01T00:00:00.000Z' });
    await refused({ voided_by: office.officerId + 1000 });
    await refused({ status: 'issued', voided_at: null, void_reason: null, voided_by: null });
    // Printing a voided document is refused by the app; the count may still only grow.
    await row().set({ print_count: 3 }).execute();
  });
});

describe('review: a verification that shows a holder says which one in the audit log', () => {
  it('found in review: a typed serial showed the holder’s name, audited with the verdict only', async () => {
    const issued = await issueTraining('ลองเลข');
    const code = (issued.model as { verificationCode: string }).verificationCode;
    for (const [input, bySerialOnly] of [
      [issued.number, true],
      [code, false],
    ] as const) {
      const result = await office.ok('certificates.verify', { code: input });
      expect(result.holderName).toContain('ลองเลข');
      const event = (await auditEvents(office, 'certificate.verified')).at(-1)!;
      expect(event.target_type).toBe('document');
      expect(event.target_id).toBe(String(issued.documentId));
      expect(JSON.parse(event.details ?? '{}')).toEqual({ verdict: 'valid', bySerialOnly });
    }
    // A serial nobody holds: the verdict only, nothing typed is kept.
    await office.ok('certificates.verify', { code: '2569/99999' });
    const event = (await auditEvents(office, 'certificate.verified')).at(-1)!;
    expect(event.target_type).toBeNull();
    expect(JSON.parse(event.details ?? '{}')).toEqual({ verdict: 'unknown', bySerialOnly: false });
  });
});
