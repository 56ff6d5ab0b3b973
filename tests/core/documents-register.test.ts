import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson, type LetterModel } from '../../src/shared/domain/documents';
import type { JsonValue } from '../../src/shared/contract/json';
import { OFFICER } from '../support/office';
import { issueDocument } from '../../src/main/core/documents/register-repository';
import { sampleLetter } from '../../scripts/print/sample-view';
import { auditEvents, officeDb, officeWithOfficer } from '../support/cases';
import {
  TEST_LETTERHEAD,
  insertDraftReferral,
  insertReferralCase,
  withdrawReferralConsent,
} from '../support/documents';

let office: Awaited<ReturnType<typeof officeWithOfficer>>;
let dir: string;
const PREFIX = TEST_LETTERHEAD.numberPrefix;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kaona-test-'));
  office = await officeWithOfficer(dir);
}, 60_000);

afterAll(async () => {
  await office.core.close();
  rmSync(dir, { recursive: true, force: true });
});

const db = () => officeDb(office);
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const count = async (table: 'documents' | 'document_counters' | 'case_events') =>
  Number(
    (
      await db()
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const lastSeq = async () =>
  (
    await db()
      .selectFrom('document_counters')
      .select('last_seq')
      .where('kind', '=', 'referral_letter')
      .where('year', '=', 2026)
      .executeTakeFirst()
  )?.last_seq ?? 0;

async function issue(referralId: number) {
  return office.ok('documents.issueLetter', { referralId, signerId: null });
}

describe('referral letters get their number from the register', () => {
  it('numbers 1, 2, 3 in the year with the office prefix; snapshot, SHA-256, referral sent, timeline, audit', async () => {
    const numbers: string[] = [];
    for (const firstName of ['หนึ่ง', 'สอง', 'สาม']) {
      const { referralId, caseId } = await insertReferralCase(db(), { case: { firstName } });
      const detail = await issue(referralId);
      numbers.push(detail.number);
      expect(detail).toMatchObject({
        kind: 'referral_letter',
        status: 'issued',
        caseId,
        referralId,
        intact: true,
        issuedOn: '2026-11-26',
        issuedByDisplayName: OFFICER.fullName,
        printCount: 0,
      });
      const row = await db()
        .selectFrom('documents')
        .selectAll()
        .where('id', '=', detail.documentId)
        .executeTakeFirstOrThrow();
      // The SHA-256 is that of the canonical JSON of exactly the model returned.
      expect(row.snapshot).toBe(canonicalJson(detail.model as unknown as JsonValue));
      expect(row.sha256).toBe(sha256(row.snapshot));
      expect(detail.sha256).toBe(row.sha256);
      const model = detail.model as LetterModel;
      expect(model.number).toBe(detail.number);
      expect(model.subject).toBe(`ขอส่งตัวนาง${firstName} ทดสอบ เพื่อรับบริการ`);
      expect(model.signer.fullName).toBe('นายสมชาย ผู้ว่า');

      const referral = await db()
        .selectFrom('referrals')
        .selectAll()
        .where('id', '=', referralId)
        .executeTakeFirstOrThrow();
      expect(referral).toMatchObject({
        status: 'sent',
        sent_on: '2026-11-26',
        status_on: '2026-11-26',
        letter_document_id: detail.documentId,
        version: 2,
      });
      const history = await db()
        .selectFrom('referral_status_history')
        .select(['status', 'on_date'])
        .where('referral_id', '=', referralId)
        .orderBy('id')
        .execute();
      expect(history.map((h) => h.status)).toEqual(['draft', 'sent']);
      const events = await db()
        .selectFrom('case_events')
        .select(['kind', 'detail'])
        .where('case_id', '=', caseId)
        .orderBy('id')
        .execute();
      expect(events.map((e) => e.kind)).toEqual([
        'intake',
        'referral_status_changed',
        'letter_issued',
      ]);
      expect(JSON.parse(events[2]!.detail)).toEqual({
        documentId: String(detail.documentId),
        number: detail.number,
      });
    }
    expect(numbers).toEqual([`${PREFIX}1`, `${PREFIX}2`, `${PREFIX}3`]);
    const audited = await auditEvents(office, 'document.letter_issued');
    expect(audited).toHaveLength(3);
    expect(audited.every((e) => e.outcome === 'success' && e.target_type === 'document')).toBe(
      true,
    );
    // Ids and codes only: no name, no number text.
    expect(JSON.stringify(audited.map((e) => e.details))).not.toMatch(/หนึ่ง|ทดสอบ|พม/);
  });

  it('the letter says only the details ticked on the referral', async () => {
    const plain = await insertReferralCase(db(), { case: { firstName: 'ไม่ติ๊ก' } });
    const plainLetter = (await issue(plain.referralId)).model as LetterModel;
    expect(plainLetter.details).toEqual([]);
    const person = await db()
      .selectFrom('beneficiaries')
      .select('national_id')
      .where('id', '=', plain.beneficiaryId)
      .executeTakeFirstOrThrow();
    const snapshot = (
      await db()
        .selectFrom('documents')
        .select('snapshot')
        .where('referral_id', '=', plain.referralId)
        .executeTakeFirstOrThrow()
    ).snapshot;
    expect(snapshot).not.toContain(person.national_id!);
    expect(snapshot).not.toContain(person.national_id!.slice(1, 5));
    expect(snapshot).not.toContain('ในเมือง');

    const ticked = await insertReferralCase(db(), {
      case: { firstName: 'ติ๊ก', place: 'bangkok', disabilityTypes: ['visual'] },
      referral: { details: ['national_id', 'address', 'phone', 'disability'] },
    });
    const letter = (await issue(ticked.referralId)).model as LetterModel;
    const id = (
      await db()
        .selectFrom('beneficiaries')
        .select('national_id')
        .where('id', '=', ticked.beneficiaryId)
        .executeTakeFirstOrThrow()
    ).national_id!;
    expect(letter.details).toEqual([
      {
        label: 'เลขประจำตัวประชาชน',
        value: `${id[0]}-${id.slice(1, 5)}-${id.slice(5, 10)}-${id.slice(10, 12)}-${id[12]}`,
      },
      {
        label: 'ที่อยู่',
        value: '12 หมู่ 3 แขวงพระบรมมหาราชวัง เขตพระนคร กรุงเทพมหานคร 10200',
      },
      { label: 'โทรศัพท์', value: '081-234-5678' },
      { label: 'ประเภทความพิการ', value: 'ความพิการทางการเห็น' },
    ]);
  });

  it('the preview is a draft without a number and writes nothing to the register', async () => {
    const { referralId } = await insertReferralCase(db(), { case: { firstName: 'ตัวอย่าง' } });
    const before = { documents: await count('documents'), seq: await lastSeq() };
    const view = await office.ok('documents.previewLetter', { referralId, signerId: null });
    expect(view.items).toHaveLength(1);
    expect(view.items[0]).toMatchObject({
      documentId: null,
      kind: 'referral_letter',
      status: 'draft',
      copy: false,
    });
    expect((view.items[0]!.model as LetterModel).number).toBe('(ร่าง)');
    expect({ documents: await count('documents'), seq: await lastSeq() }).toEqual(before);
    // Issued, the letter says exactly what the preview said, with its number.
    const issued = await issue(referralId);
    expect({ ...(issued.model as LetterModel), number: '(ร่าง)' }).toEqual(view.items[0]!.model);
  });

  it('a second issue of the same referral is CONFLICT letter_already_issued', async () => {
    const { referralId } = await insertReferralCase(db(), { case: { firstName: 'ซ้ำ' } });
    await issue(referralId);
    const seq = await lastSeq();
    const again = await office.call('documents.issueLetter', { referralId, signerId: null });
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'letter_already_issued' },
    });
    expect(await lastSeq()).toBe(seq);
  });

  it('a letter voided before any reply is replaced by a new number; the referral stays sent', async () => {
    const { referralId } = await insertReferralCase(db(), { case: { firstName: 'แทนฉบับ' } });
    const first = await issue(referralId);
    await office.ok('documents.void', {
      documentId: first.documentId,
      reason: 'ผู้ลงนามไม่ถูกต้อง ออกฉบับใหม่',
    });
    const second = await issue(referralId);
    expect(second.number).not.toBe(first.number);
    const referral = await db()
      .selectFrom('referrals')
      .select(['status', 'letter_document_id'])
      .where('id', '=', referralId)
      .executeTakeFirstOrThrow();
    expect(referral).toEqual({ status: 'sent', letter_document_id: second.documentId });
    // The replacement is in force: a third issue is refused.
    expect(
      await office.call('documents.issueLetter', { referralId, signerId: null }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'letter_already_issued' } });
  });

  it('a consent withdrawn between draft and issue refuses it, and nothing is written (no number used)', async () => {
    const { referralId, beneficiaryId } = await insertReferralCase(db(), {
      case: { firstName: 'ถอนความยินยอม' },
    });
    await withdrawReferralConsent(db(), beneficiaryId);
    const before = {
      documents: await count('documents'),
      seq: await lastSeq(),
      events: await count('case_events'),
    };
    const refused = await office.call('documents.issueLetter', { referralId, signerId: null });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'referral_no_consent' },
    });
    expect({
      documents: await count('documents'),
      seq: await lastSeq(),
      events: await count('case_events'),
    }).toEqual(before);
    const referral = await db()
      .selectFrom('referrals')
      .select(['status', 'letter_document_id', 'version'])
      .where('id', '=', referralId)
      .executeTakeFirstOrThrow();
    expect(referral).toEqual({ status: 'draft', letter_document_id: null, version: 1 });
    const denied = (await auditEvents(office, 'document.letter_issued')).filter(
      (e) => e.outcome === 'denied',
    );
    expect(denied.map((e) => [e.target_type, e.target_id])).toEqual([
      ['referral', String(referralId)],
    ]);
    // The preview explains the same refusal.
    expect(
      await office.call('documents.previewLetter', { referralId, signerId: null }),
    ).toMatchObject({ ok: false, error: { reason: 'referral_no_consent' } });
  });

  it('a referral that is not a draft is refused; without any signer the reason says so', async () => {
    const { caseId } = await insertReferralCase(db(), { case: { firstName: 'ยกเลิก' } });
    const cancelled = await insertDraftReferral(db(), caseId);
    await db()
      .updateTable('referrals')
      .set({ status: 'cancelled' })
      .where('id', '=', cancelled)
      .execute();
    expect(
      await office.call('documents.issueLetter', { referralId: cancelled, signerId: null }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'referral_not_draft' } });

    const draft = await insertDraftReferral(db(), caseId);
    const signer = (
      await db()
        .selectFrom('letterhead')
        .select('default_letter_signer_id')
        .executeTakeFirstOrThrow()
    ).default_letter_signer_id;
    await db().updateTable('letterhead').set({ default_letter_signer_id: null }).execute();
    try {
      expect(
        await office.call('documents.issueLetter', { referralId: draft, signerId: null }),
      ).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'letter_signer_missing' } });
      // A signer chosen in the dialog is enough.
      const chosen = await office.ok('documents.issueLetter', {
        referralId: draft,
        signerId: signer,
      });
      expect((chosen.model as LetterModel).signer.fullName).toBe('นายสมชาย ผู้ว่า');
    } finally {
      await db().updateTable('letterhead').set({ default_letter_signer_id: signer }).execute();
    }
  });
});

describe('the register', () => {
  it('lists with filters and a total; get is audited', async () => {
    const all = await office.ok('documents.list', {
      kind: null,
      status: null,
      caseId: null,
      from: null,
      to: null,
      text: '',
      offset: 0,
      limit: 200,
    });
    expect(all.total).toBe(await count('documents'));
    expect(all.rows.length).toBe(all.total);
    const byName = await office.ok('documents.list', {
      kind: 'referral_letter',
      status: 'issued',
      caseId: null,
      from: '2026-11-01',
      to: '2026-11-30',
      text: 'สอง',
      offset: 0,
      limit: 50,
    });
    expect(byName.rows.map((row) => [row.number, row.personName])).toEqual([
      [`${PREFIX}2`, 'นางสอง ทดสอบ'],
    ]);
    // A number typed with Thai digits finds it too.
    const byNumber = await office.ok('documents.list', {
      kind: null,
      status: null,
      caseId: null,
      from: null,
      to: null,
      text: '๐๐๓๓/๓',
      offset: 0,
      limit: 50,
    });
    expect(byNumber.rows.map((row) => row.number)).toEqual([`${PREFIX}3`]);
    const none = await office.ok('documents.list', {
      kind: 'certificate',
      status: null,
      caseId: null,
      from: null,
      to: null,
      text: '',
      offset: 0,
      limit: 50,
    });
    expect(none).toEqual({ rows: [], total: 0 });
    const byCase = await office.ok('documents.list', {
      kind: null,
      status: null,
      caseId: byName.rows[0]!.caseId,
      from: null,
      to: null,
      text: '',
      offset: 0,
      limit: 50,
    });
    expect(byCase.total).toBe(1);

    const viewedBefore = (await auditEvents(office, 'document.viewed')).length;
    const detail = await office.ok('documents.get', { documentId: byName.rows[0]!.documentId });
    expect(detail.intact).toBe(true);
    const viewed = await auditEvents(office, 'document.viewed');
    expect(viewed).toHaveLength(viewedBefore + 1);
    expect(viewed.at(-1)).toMatchObject({
      target_type: 'document',
      target_id: String(detail.documentId),
    });
  });

  it('a void keeps the number, says why, refuses a second void', async () => {
    const { referralId, caseId } = await insertReferralCase(db(), {
      case: { firstName: 'ยกเลิกเอกสาร' },
    });
    const issued = await issue(referralId);
    const voided = await office.ok('documents.void', {
      documentId: issued.documentId,
      reason: 'พิมพ์ชื่อหน่วยงานผิด ออกฉบับใหม่แทน',
    });
    expect(voided).toMatchObject({
      number: issued.number,
      status: 'void',
      voidReason: 'พิมพ์ชื่อหน่วยงานผิด ออกฉบับใหม่แทน',
      sha256: issued.sha256,
      intact: true,
    });
    expect(voided.voidedAt).not.toBeNull();
    const again = await office.call('documents.void', {
      documentId: issued.documentId,
      reason: 'อีกครั้งหนึ่ง',
    });
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'document_already_void' },
    });
    const event = await db()
      .selectFrom('case_events')
      .select('detail')
      .where('case_id', '=', caseId)
      .where('kind', '=', 'document_voided')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(event.detail)).toMatchObject({ number: issued.number });
    const audited = await auditEvents(office, 'document.voided');
    expect(audited.at(-1)).toMatchObject({ target_id: String(issued.documentId) });
    expect(audited.at(-1)!.details ?? '').not.toContain('ผิด');
    // Nothing reuses the voided number.
    const next = await insertReferralCase(db(), { case: { firstName: 'ฉบับใหม่' } });
    expect((await issue(next.referralId)).number).not.toBe(issued.number);
  });

  it('the table refuses to change a number or a snapshot', async () => {
    const { documentId } = await db()
      .selectFrom('documents')
      .select('id as documentId')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    await expect(
      db()
        .updateTable('documents')
        .set({ number: 'พม 0033/999' })
        .where('id', '=', documentId)
        .execute(),
    ).rejects.toThrow(/never changes/);
    await expect(
      db().updateTable('documents').set({ snapshot: '{}' }).where('id', '=', documentId).execute(),
    ).rejects.toThrow(/never changes/);
    await expect(
      db().deleteFrom('documents').where('id', '=', documentId).execute(),
    ).rejects.toThrow(/keeps every number/);
  });

  it('numbers start again at 1 in a new calendar year', async () => {
    const { referralId } = await insertReferralCase(db(), { case: { firstName: 'ปีใหม่' } });
    // To 1 January 2027, 07:00 in Bangkok; the idle lock falls due on the way.
    await office.clock.advance(
      new Date('2027-01-01T00:00:00Z').getTime() - office.clock.now().getTime(),
    );
    await office.call('session.unlock', { password: OFFICER.password });
    const info = await office.ok('session.info');
    if (info.status !== 'signed-in')
      await office.ok('session.signIn', { userName: OFFICER.userName, password: OFFICER.password });
    const issued = await issue(referralId);
    expect(issued).toMatchObject({ number: `${PREFIX}1`, issuedOn: '2027-01-01' });
    const row = await db()
      .selectFrom('documents')
      .select(['year', 'seq'])
      .where('id', '=', issued.documentId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ year: 2027, seq: 1 });
  });

  it('a snapshot edited outside Kaona reads as damaged', async () => {
    const { documentId, snapshot } = await db()
      .selectFrom('documents')
      .select(['id as documentId', 'snapshot'])
      .where('status', '=', 'issued')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    // What someone with the key and a SQLite shell could do: the trigger goes, the text changes.
    await sql`DROP TRIGGER documents_frozen`.execute(db());
    await db()
      .updateTable('documents')
      .set({ snapshot: snapshot.replace('หนึ่ง', 'หนึ่งร้อย') })
      .where('id', '=', documentId)
      .execute();
    const detail = await office.ok('documents.get', { documentId });
    expect(detail.intact).toBe(false);
    const viewed = await auditEvents(office, 'document.viewed');
    expect(JSON.parse(viewed.at(-1)!.details ?? '{}')).toMatchObject({ intact: false });
  });
  it('a snapshot that is no longer JSON is refused as damaged, not an internal error', async () => {
    const { documentId } = await db()
      .selectFrom('documents')
      .select('id as documentId')
      .where('status', '=', 'issued')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    await db()
      .updateTable('documents')
      .set({ snapshot: 'not json' })
      .where('id', '=', documentId)
      .execute();
    expect(await office.call('documents.get', { documentId })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'document_snapshot_damaged' },
    });
  });
});

describe('numbers stay unique when the prefix changes during the year', () => {
  it('skips a number a former prefix already gave ("X/1" + 1 reads like "X/" + 11)', async () => {
    const { caseId } = await insertReferralCase(db(), { case: { firstName: 'เลขซ้ำ' } });
    const by = (
      await db()
        .selectFrom('users')
        .select('id')
        .where('user_name', '=', OFFICER.userName)
        .executeTakeFirstOrThrow()
    ).id;
    const issueLetterWith = (issuedOn: string, numberPrefix: string) =>
      db()
        .transaction()
        .execute((trx) =>
          issueDocument(trx, {
            kind: 'referral_letter',
            caseId,
            referralId: null,
            batchId: null,
            achievement: null,
            issuedOn,
            issuedAt: `${issuedOn}T03:00:00.000Z`,
            issuedBy: by,
            numberPrefix,
            buildModel: (number) => sampleLetter({ number }),
          }),
        );
    // A year of its own, so the counter starts at 1.
    const first = await issueLetterWith('2031-01-05', 'X/1');
    expect(first.number).toBe('X/11');
    await db()
      .updateTable('document_counters')
      .set({ last_seq: 10 })
      .where('kind', '=', 'referral_letter')
      .where('year', '=', 2031)
      .execute();
    const next = await issueLetterWith('2031-02-01', 'X/');
    expect(next.number).toBe('X/12');
  });
});
