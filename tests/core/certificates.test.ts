import { generateKeyPairSync, sign } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  assembleCode,
  decodeCode,
  signedTextOf,
} from '../../src/main/core/certificates/certificate-code';
import { keyIdOf } from '../../src/main/core/certificates/certificate-keys';
import type { CertificateModel } from '../../src/shared/domain/documents';
import { usKeysToKedmanee } from '../../src/shared/thai/kedmanee';
import { arabicDigitsToThai } from '../../src/shared/thai/thai-digits';
import { auditEvents, insertTestCase, officeDb } from '../support/cases';
import { insertLetterhead, insertMilestone, wording } from '../support/certificates';
import { useMentoringOffice } from '../support/mentoring-work';
import { ADMIN, MENTOR, OFFICER } from '../support/office';

describe('certificates: issue, verify, cohorts and batches', () => {
  const office = useMentoringOffice();
  let shopCaseId: number;
  let plainCaseId: number;

  beforeAll(async () => {
    const db = officeDb(office());
    await insertLetterhead(db, office().officerId);
    ({ caseId: shopCaseId } = await insertTestCase(db, {
      status: 'mentoring',
      firstName: 'สมศรี',
      lastName: 'ใจดี',
    }));
    await insertMilestone(db, shopCaseId, 'shop_opened', '2026-11-20', 1, 'ผ้าไหมแม่หญิง');
    ({ caseId: plainCaseId } = await insertTestCase(db, { status: 'active', firstName: 'บุญมี' }));
  });

  const codeOf = (model: unknown) => (model as CertificateModel).verificationCode;
  const verify = (code: string) => office().ok('certificates.verify', { code });

  it('previews a draft without a serial or a code, then issues a signed certificate that verifies', async () => {
    const preview = await office().ok('certificates.preview', {
      caseId: shopCaseId,
      wording: wording(),
    });
    expect(preview.items).toHaveLength(1);
    expect(preview.items[0]).toMatchObject({
      documentId: null,
      status: 'draft',
      model: { serial: '(ร่าง)', verificationCode: '', holderName: 'นางสมศรี ใจดี' },
    });
    expect(await auditEvents(office(), 'certificate.key_created')).toHaveLength(0);

    const issued = await office().ok('certificates.issue', {
      caseId: shopCaseId,
      wording: wording(),
    });
    expect(issued).toMatchObject({
      kind: 'certificate',
      number: '2569/00001',
      caseId: shopCaseId,
      status: 'issued',
      intact: true,
      issuedByDisplayName: OFFICER.fullName,
      model: {
        kind: 'certificate',
        serial: '2569/00001',
        holderName: 'นางสมศรี ใจดี',
        achievementText: 'ได้เปิดร้านค้าออนไลน์สำเร็จ',
        issuedOn: '2026-11-26',
        letterhead: { agencyName: expect.stringContaining('ขอนแก่น') },
      },
    });
    const model = issued.model as CertificateModel;
    expect(model.detailText).toContain('ผ้าไหมแม่หญิง');
    expect(model.signers.map((s) => s.fullName)).toEqual(['นายใจดี มีสุข', 'นางสาวแก้วตา ฟ้าใส']);
    expect(model.verificationCode).toMatch(/^KN1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{86}$/);

    expect(await verify(model.verificationCode)).toEqual({
      verdict: 'valid',
      serial: '2569/00001',
      holderName: 'นางสมศรี ใจดี',
      issuedOn: '2026-11-26',
      achievement: 'shop_opened',
      voidReason: null,
      voidedAt: null,
      bySerialOnly: false,
      unknownCause: null,
    });
    // A scanner typing with the Thai layout active.
    expect(await verify(usKeysToKedmanee(model.verificationCode))).toMatchObject({
      verdict: 'valid',
    });

    const file = await office().ok('cases.open', { caseId: shopCaseId });
    expect(file.timeline[0]).toMatchObject({
      kind: 'certificate_issued',
      detail: { documentId: String(issued.documentId), serial: '2569/00001' },
    });
    const keyEvents = await auditEvents(office(), 'certificate.key_created');
    expect(keyEvents).toHaveLength(1);
    const [issuedEvent] = await auditEvents(office(), 'certificate.issued');
    expect(JSON.parse(issuedEvent!.details!)).toEqual({
      documentId: issued.documentId,
      serial: '2569/00001',
      achievement: 'shop_opened',
    });
    expect(JSON.stringify(await auditEvents(office(), 'certificate.issued'))).not.toContain('สมศรี');
    const { keyId, publicKeyBase64 } = await office().ok('certificates.publicKey', {});
    expect(keyIdOf(Buffer.from(publicKeyBase64, 'base64'))).toBe(keyId);
    expect(decodeCode(model.verificationCode)!.payload.keyId).toBe(keyId);
  });

  it('calls a code forged when one character of it changed, and unknown when another key signed it', async () => {
    const issued = await office().ok('certificates.issue', {
      caseId: shopCaseId,
      wording: wording({ achievement: 'training', text: 'การขายออนไลน์เบื้องต้น' }),
    });
    const code = codeOf(issued.model);
    const decoded = decodeCode(code)!;
    const altered = signedTextOf({ ...decoded.payload, holderName: 'นางสมศรี ใจดิ' });
    const alteredCode = assembleCode(altered, decoded.signature);
    expect(await verify(alteredCode)).toMatchObject({ verdict: 'forged', holderName: null });
    // One character of the signature or of the base64 changed.
    const lastChar = code.at(-2) === 'A' ? 'B' : 'A';
    expect(await verify(`${code.slice(0, -2)}${lastChar}${code.at(-1)}`)).toMatchObject({
      verdict: 'forged',
    });
    expect(await verify(code.slice(0, -3))).toMatchObject({ verdict: 'forged' });

    const foreign = generateKeyPairSync('ed25519');
    const raw = Buffer.from(foreign.publicKey.export({ format: 'jwk' }).x!, 'base64url');
    const foreignText = signedTextOf({ ...decoded.payload, keyId: keyIdOf(raw) });
    const foreignCode = assembleCode(
      foreignText,
      sign(null, Buffer.from(foreignText), foreign.privateKey),
    );
    expect(await verify(foreignCode)).toMatchObject({
      verdict: 'unknown',
      unknownCause: 'other_office',
    });

    // Signed by this office, but the register has no such serial (a database from an older backup).
    const { keyId } = await office().ok('certificates.publicKey', {});
    const db = officeDb(office());
    const row = await db
      .selectFrom('certificate_keys')
      .select('private_key')
      .executeTakeFirstOrThrow();
    const { createPrivateKey } = await import('node:crypto');
    const ours = createPrivateKey({
      key: Buffer.from(row.private_key),
      format: 'der',
      type: 'pkcs8',
    });
    const laterText = signedTextOf({ ...decoded.payload, serial: '2569/09999', keyId });
    const laterCode = assembleCode(laterText, sign(null, Buffer.from(laterText), ours));
    expect(await verify(laterCode)).toMatchObject({
      verdict: 'unknown',
      unknownCause: 'not_in_register',
    });
    // Signed by this office for a serial that the register gives to someone else.
    const otherText = signedTextOf({
      ...decoded.payload,
      serial: '2569/00001',
      holderName: 'นายสมชาย คนอื่น',
    });
    const otherCode = assembleCode(otherText, sign(null, Buffer.from(otherText), ours));
    expect(await verify(otherCode)).toMatchObject({ verdict: 'forged' });
  });

  it('answers void for a voided certificate, and looks up a typed serial (Thai digits too)', async () => {
    const issued = await office().ok('certificates.issue', {
      caseId: plainCaseId,
      wording: wording({ achievement: 'custom', text: 'ได้ร่วมงานแสดงสินค้าชุมชน' }),
    });
    const serial = issued.number;
    expect(await verify(serial)).toMatchObject({
      verdict: 'valid',
      serial,
      holderName: 'นางบุญมี ทดสอบ',
      bySerialOnly: true,
    });
    expect(await verify(` ${arabicDigitsToThai(serial)} `)).toMatchObject({
      verdict: 'valid',
      serial,
    });
    expect(await verify('2569/08888')).toMatchObject({
      verdict: 'unknown',
      unknownCause: 'no_such_serial',
    });
    expect(await verify('not a code')).toMatchObject({ verdict: 'unknown' });

    await officeDb(office())
      .updateTable('documents')
      .set({
        status: 'void',
        void_reason: 'พิมพ์ชื่อผิด',
        voided_at: '2026-11-26T04:00:00.000Z',
        voided_by: office().officerId,
      })
      .where('id', '=', issued.documentId)
      .execute();
    expect(await verify(codeOf(issued.model))).toMatchObject({
      verdict: 'void',
      serial,
      voidReason: 'พิมพ์ชื่อผิด',
      voidedAt: '2026-11-26T04:00:00.000Z',
    });
    expect(await verify(serial)).toMatchObject({ verdict: 'void', bySerialOnly: true });
    const verdicts = (await auditEvents(office(), 'certificate.verified')).map((e) =>
      JSON.parse(e.details!),
    );
    expect(verdicts.at(-1)).toEqual({ verdict: 'void', bySerialOnly: true });
    expect(JSON.stringify(verdicts)).not.toContain('บุญมี');
  });

  it('refuses a milestone certificate for a case that has not reached it, and a missing signer', async () => {
    for (const achievement of ['shop_opened', 'first_order'] as const)
      for (const channel of ['certificates.issue', 'certificates.preview'] as const)
        expect(
          await office().call(channel, { caseId: plainCaseId, wording: wording({ achievement }) }),
        ).toEqual({
          ok: false,
          error: { code: 'CONFLICT', reason: 'certificate_case_not_eligible' },
        });
    expect(
      await office().call('certificates.issue', { caseId: 999_999, wording: wording() }),
    ).toEqual({ ok: false, error: { code: 'NOT_FOUND', reason: 'case_not_found' } });
    // "ให้ไว้ ณ วันที่" is the day it is given: not ahead of today (the office's clock is 26 Nov).
    expect(
      await office().call('certificates.issue', {
        caseId: shopCaseId,
        wording: wording({ issuedOn: '2026-11-27' }),
      }),
    ).toEqual({ ok: false, error: { code: 'VALIDATION', reason: 'certificate_date_future' } });
    expect(
      await office().call('certificates.issue', {
        caseId: plainCaseId,
        wording: wording({ achievement: 'training', text: '' }),
      }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });

    const db = officeDb(office());
    await db.updateTable('letterhead').set({ default_certificate_signer_ids: '[]' }).execute();
    try {
      expect(
        await office().call('certificates.issue', { caseId: shopCaseId, wording: wording() }),
      ).toEqual({ ok: false, error: { code: 'CONFLICT', reason: 'certificate_signers_missing' } });
      const first = await db.selectFrom('signers').select('id').executeTakeFirstOrThrow();
      const signerIds = [first.id];
      const preview = await office().ok('certificates.preview', {
        caseId: shopCaseId,
        wording: wording({ signerIds }),
      });
      expect((preview.items[0]!.model as CertificateModel).signers).toHaveLength(1);
    } finally {
      const ids = await db.selectFrom('signers').select('id').orderBy('id').execute();
      await db
        .updateTable('letterhead')
        .set({ default_certificate_signer_ids: JSON.stringify(ids.map((r) => r.id)) })
        .execute();
    }
  });

  it('lists a fiscal year cohort by milestone date (30 Sep vs 1 Oct), in Thai name order', async () => {
    const db = officeDb(office());
    const { officerId } = office();
    const names = ['เกษม', 'ขวัญ', 'กมล', 'อรุณ'];
    const ids: number[] = [];
    for (const firstName of names) {
      const { caseId } = await insertTestCase(db, {
        status: 'mentoring',
        firstName,
        place: 'bangkok',
      });
      ids.push(caseId);
    }
    await insertMilestone(db, ids[0]!, 'first_order', '2026-10-01', officerId);
    await insertMilestone(db, ids[1]!, 'first_order', '2027-09-30', officerId);
    await insertMilestone(db, ids[2]!, 'first_order', '2026-10-15', officerId);
    await insertMilestone(db, ids[3]!, 'first_order', '2026-09-30', officerId);
    const fy2570 = await office().ok('certificates.cohort', {
      milestone: 'first_order',
      fiscalYear: 2570,
      provinceId: null,
      excludeAlreadyCertified: false,
    });
    // เกษม sorts under ก (after กมล, before ขวัญ).
    expect(fy2570.map((m) => m.personName)).toEqual([
      'นางกมล ทดสอบ',
      'นางเกษม ทดสอบ',
      'นางขวัญ ทดสอบ',
    ]);
    expect(fy2570[0]).toMatchObject({ reachedOn: '2026-10-15', provinceName: 'กรุงเทพมหานคร' });
    const fy2569 = await office().ok('certificates.cohort', {
      milestone: 'first_order',
      fiscalYear: 2569,
      provinceId: null,
      excludeAlreadyCertified: false,
    });
    expect(fy2569.map((m) => m.caseId)).toEqual([ids[3]]);

    await office().ok('certificates.issue', {
      caseId: ids[2]!,
      wording: wording({ achievement: 'first_order' }),
    });
    const again = await office().ok('certificates.cohort', {
      milestone: 'first_order',
      fiscalYear: 2570,
      provinceId: 9_001,
      excludeAlreadyCertified: false,
    });
    expect(again.find((m) => m.caseId === ids[2])!.existingSerial).toMatch(/^2569\/\d{5}$/);
    const excluded = await office().ok('certificates.cohort', {
      milestone: 'first_order',
      fiscalYear: 2570,
      provinceId: 9_001,
      excludeAlreadyCertified: true,
    });
    expect(excluded.map((m) => m.caseId)).toEqual([ids[0], ids[1]]);
    expect(
      await office().ok('certificates.cohort', {
        milestone: 'first_order',
        fiscalYear: 2570,
        provinceId: 9_002,
        excludeAlreadyCertified: false,
      }),
    ).toEqual([]);
    // Without a milestone: every open case taken in the fiscal year (intake 2026-11-26).
    const training = await office().ok('certificates.cohort', {
      milestone: null,
      fiscalYear: 2570,
      provinceId: null,
      excludeAlreadyCertified: false,
    });
    expect(training.map((m) => m.caseId)).toEqual(expect.arrayContaining([...ids, plainCaseId]));
    const listed = await auditEvents(office(), 'certificate.cohort_listed');
    expect(JSON.parse(listed[0]!.details!)).toEqual({
      milestone: 'first_order',
      fiscalYear: 2570,
      provinceId: null,
      count: 3,
    });
  });

  it('issues a batch all or nothing: one ineligible case writes nothing and spends no serial', async () => {
    const db = officeDb(office());
    const { officerId } = office();
    const ids: number[] = [];
    await db.transaction().execute(async (trx) => {
      for (let n = 0; n < 50; n++) {
        const { caseId } = await insertTestCase(trx, {
          status: 'mentoring',
          firstName: `ทดลอง${n}`,
        });
        await insertMilestone(trx, caseId, 'shop_opened', '2026-11-01', officerId);
        ids.push(caseId);
      }
    });
    const counter = () =>
      db
        .selectFrom('document_counters')
        .select('last_seq')
        .where('kind', '=', 'certificate')
        .executeTakeFirstOrThrow();
    const count = async (table: 'documents' | 'certificate_batches' | 'case_events') =>
      Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = {
      counter: await counter(),
      documents: await count('documents'),
      batches: await count('certificate_batches'),
      events: await count('case_events'),
    };
    expect(
      await office().call('certificates.issueBatch', {
        caseIds: [...ids.slice(0, 49), plainCaseId],
        wording: wording(),
      }),
    ).toEqual({ ok: false, error: { code: 'CONFLICT', reason: 'certificate_case_not_eligible' } });
    expect(
      await office().call('certificates.issueBatch', {
        caseIds: [ids[0]!, ...ids.slice(0, 3)],
        wording: wording(),
      }),
    ).toEqual({ ok: false, error: { code: 'VALIDATION', reason: 'certificate_duplicate_case' } });
    expect({
      counter: await counter(),
      documents: await count('documents'),
      batches: await count('certificate_batches'),
      events: await count('case_events'),
    }).toEqual(before);

    const started = performance.now();
    const result = await office().ok('certificates.issueBatch', {
      caseIds: ids,
      wording: wording(),
    });
    console.log(`50 certificates issued in ${Math.round(performance.now() - started)} ms`);
    expect(result.documentIds).toHaveLength(50);
    const seq = before.counter.last_seq;
    expect(result.firstSerial).toBe(`2569/${String(seq + 1).padStart(5, '0')}`);
    expect(result.lastSerial).toBe(`2569/${String(seq + 50).padStart(5, '0')}`);
    const rows = await db
      .selectFrom('documents')
      .select(['case_id', 'seq', 'batch_id'])
      .where('batch_id', '=', result.batchId)
      .orderBy('seq')
      .execute();
    expect(rows.map((r) => r.case_id)).toEqual(ids);
    expect(rows.map((r) => r.seq)).toEqual(ids.map((_, i) => seq + 1 + i));
    expect(await count('case_events')).toBe(before.events + 50);
    const batchEvents = await auditEvents(office(), 'certificate.batch_issued');
    expect(batchEvents).toHaveLength(1);
    expect(JSON.parse(batchEvents[0]!.details!)).toEqual({
      batchId: result.batchId,
      count: 50,
      first: result.firstSerial,
      last: result.lastSerial,
      achievement: 'shop_opened',
    });
    // Each certificate of the batch verifies on its own.
    const snapshot = await db
      .selectFrom('documents')
      .select('snapshot')
      .where('id', '=', result.documentIds[49]!)
      .executeTakeFirstOrThrow();
    expect(await verify(codeOf(JSON.parse(snapshot.snapshot)))).toMatchObject({
      verdict: 'valid',
      serial: result.lastSerial,
    });
    expect(await auditEvents(office(), 'certificate.key_created')).toHaveLength(1);
  });

  it('issues 500 in one transaction (time logged, not asserted)', async () => {
    const db = officeDb(office());
    const { officerId } = office();
    const ids: number[] = [];
    // One transaction for the fixture: 500 cases in autocommit would wait on 2,500 syncs.
    await db.transaction().execute(async (trx) => {
      for (let n = 0; n < 500; n++) {
        const { caseId } = await insertTestCase(trx, {
          status: 'mentoring',
          firstName: `ห้าร้อย${n}`,
        });
        ids.push(caseId);
      }
    });
    await db
      .insertInto('outcome_milestones')
      .values(
        ids.map((caseId) => ({
          id: `${caseId}:first_order`,
          case_id: caseId,
          kind: 'first_order' as const,
          occurred_on: '2026-11-02',
          shop_name: '',
          shop_ref: '',
          products_count: null,
          note: '',
          revision: 1,
          recorded_at: '2026-11-26T03:00:00.000Z',
          recorded_by: officerId,
        })),
      )
      .execute();
    const started = performance.now();
    const result = await office().ok('certificates.issueBatch', {
      caseIds: ids,
      wording: wording({ achievement: 'first_order' }),
    });
    console.log(`500 certificates issued in ${Math.round(performance.now() - started)} ms`);
    expect(result.documentIds).toHaveLength(500);
  });

  it('signs with a new key once the old one is retired, and the old key still verifies', async () => {
    const db = officeDb(office());
    const before = await office().ok('certificates.issue', {
      caseId: plainCaseId,
      wording: wording({ achievement: 'training', text: 'การถ่ายภาพสินค้า' }),
    });
    const { keyId: oldKeyId } = await office().ok('certificates.publicKey', {});
    await db
      .updateTable('certificate_keys')
      .set({ retired_at: '2026-11-26T05:00:00.000Z' })
      .where('key_id', '=', oldKeyId)
      .execute();
    const after = await office().ok('certificates.issue', {
      caseId: plainCaseId,
      wording: wording({ achievement: 'training', text: 'การถ่ายภาพสินค้า' }),
    });
    const newKeyId = decodeCode(codeOf(after.model))!.payload.keyId;
    expect(newKeyId).not.toBe(oldKeyId);
    expect((await office().ok('certificates.publicKey', {})).keyId).toBe(newKeyId);
    expect(await auditEvents(office(), 'certificate.key_created')).toHaveLength(2);
    expect(await verify(codeOf(before.model))).toMatchObject({ verdict: 'valid' });
    expect(await verify(codeOf(after.model))).toMatchObject({ verdict: 'valid' });
  });

  it('lets only the roles with documents.issue issue, and documents.read verify', async () => {
    await office().ok('session.signOut');
    await office().ok('session.signIn', { userName: MENTOR.userName, password: MENTOR.password });
    for (const [channel, input] of [
      ['certificates.verify', { code: '2569/00001' }],
      ['certificates.issue', { caseId: shopCaseId, wording: wording() }],
      ['certificates.preview', { caseId: shopCaseId, wording: wording() }],
      ['certificates.issueBatch', { caseIds: [shopCaseId], wording: wording() }],
      [
        'certificates.cohort',
        { milestone: null, fiscalYear: 2570, provinceId: null, excludeAlreadyCertified: false },
      ],
      ['certificates.publicKey', {}],
    ] as const)
      expect(await office().call(channel, input as never), channel).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    await office().ok('session.signOut');
    await office().ok('session.signIn', { userName: ADMIN.userName, password: ADMIN.password });
    expect(await verify('2569/00001')).toMatchObject({ verdict: 'valid' });
    expect(
      await office().call('certificates.issue', { caseId: shopCaseId, wording: wording() }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(
      await office().call('certificates.issueBatch', { caseIds: [shopCaseId], wording: wording() }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
