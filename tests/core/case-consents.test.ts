import { describe, expect, it } from 'vitest';
import { hasConsent } from '../../src/main/core/cases/consents-service';
import { CONSENT_NOTICE_VERSION } from '../../src/shared/domain/cases';
import { OFFICER, useOffices } from '../support/office';
import { auditEvents, insertTestCase, officeDb, officeWithOfficer } from '../support/cases';
import { useTempDirs } from '../support/temp-dir';

const CONSENT = {
  noticeVersion: CONSENT_NOTICE_VERSION,
  givenBy: 'self',
  guardianName: '',
  note: '',
} as const;

describe('consents per purpose', () => {
  const tempDir = useTempDirs();
  const keep = useOffices();

  it('grant and withdraw append rows; the newest row is the state from that moment', async () => {
    const office = keep(await officeWithOfficer(tempDir()));
    const db = officeDb(office);
    const { caseId, beneficiaryId } = await insertTestCase(db);
    expect(await hasConsent(db, beneficiaryId, 'photos')).toBe(false);

    await office.clock.advance(60_000);
    await office.ok('cases.changeConsent', {
      caseId,
      purpose: 'photos',
      granted: true,
      ...CONSENT,
    });
    expect(await hasConsent(db, beneficiaryId, 'photos')).toBe(true);
    await office.clock.advance(60_000);
    await office.ok('cases.changeConsent', {
      caseId,
      purpose: 'photos',
      granted: false,
      ...CONSENT,
      note: 'ไม่ต้องการให้ถ่ายรูป',
    });
    expect(await hasConsent(db, beneficiaryId, 'photos')).toBe(false);
    expect(await hasConsent(db, beneficiaryId, 'programme')).toBe(true);

    const file = await office.ok('cases.open', { caseId });
    expect(file.consents.find((c) => c.purpose === 'photos')).toMatchObject({
      granted: false,
      since: office.clock.now().toISOString(),
      recordedByName: OFFICER.fullName,
    });
    expect(file.timeline.slice(0, 2).map((e) => [e.kind, e.detail])).toEqual([
      ['consent_withdrawn', { purpose: 'photos' }],
      ['consent_granted', { purpose: 'photos' }],
    ]);

    const history = await office.ok('cases.consentHistory', { beneficiaryId });
    expect(history.filter((h) => h.purpose === 'photos').map((h) => [h.granted, h.note])).toEqual([
      [false, 'ไม่ต้องการให้ถ่ายรูป'],
      [true, ''],
      [false, ''],
    ]);
    expect(history).toHaveLength(6);

    expect(
      (await auditEvents(office, 'case.consent_granted')).map((e) => JSON.parse(e.details ?? '{}')),
    ).toEqual([{ purpose: 'photos', noticeVersion: CONSENT_NOTICE_VERSION }]);
    const withdrawn = await auditEvents(office, 'case.consent_withdrawn');
    expect(withdrawn.map((e) => e.target_id)).toEqual([String(caseId)]);
    expect(JSON.stringify(withdrawn)).not.toContain('ถ่ายรูป');
    expect(
      (await auditEvents(office, 'case.consent_history_viewed')).map((e) => [
        e.target_type,
        e.target_id,
      ]),
    ).toEqual([['beneficiary', String(beneficiaryId)]]);

    // The rows are append-only: the database itself refuses an update.
    await expect(
      db
        .updateTable('consents')
        .set({ granted: 1 })
        .where('beneficiary_id', '=', beneficiaryId)
        .execute(),
    ).rejects.toThrow();
  });

  it('the same state again is consent_unchanged and writes nothing', async () => {
    const office = keep(await officeWithOfficer(tempDir()));
    const db = officeDb(office);
    const { caseId, beneficiaryId } = await insertTestCase(db);
    for (const [purpose, granted] of [
      ['programme', true],
      ['referral', false],
    ] as const) {
      expect(
        await office.call('cases.changeConsent', { caseId, purpose, granted, ...CONSENT }),
      ).toEqual({
        ok: false,
        error: { code: 'CONFLICT', reason: 'consent_unchanged' },
      });
    }
    const rows = await db
      .selectFrom('consents')
      .select('id')
      .where('beneficiary_id', '=', beneficiaryId)
      .execute();
    expect(rows).toHaveLength(4);
  });

  it('withdrawing consent to the programme is allowed and recorded; a guardian is named', async () => {
    const office = keep(await officeWithOfficer(tempDir()));
    const db = officeDb(office);
    const { caseId, beneficiaryId } = await insertTestCase(db);
    await office.ok('cases.changeConsent', {
      caseId,
      purpose: 'programme',
      granted: false,
      noticeVersion: CONSENT_NOTICE_VERSION,
      givenBy: 'guardian',
      guardianName: 'นางมาลี ใจดี',
      note: '',
    });
    expect(await hasConsent(db, beneficiaryId, 'programme')).toBe(false);
    const [newest] = await office.ok('cases.consentHistory', { beneficiaryId });
    expect(newest).toMatchObject({
      purpose: 'programme',
      granted: false,
      givenBy: 'guardian',
      guardianName: 'นางมาลี ใจดี',
    });
    expect(await auditEvents(office, 'case.consent_withdrawn')).toHaveLength(1);
    expect(await office.call('cases.consentHistory', { beneficiaryId: 9999 })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'beneficiary_not_found' },
    });
  });
});
