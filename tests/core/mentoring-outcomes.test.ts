import { beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../src/shared/contract';
import { MONTHLY_SATANG_MAX } from '../../src/shared/domain/mentoring';
import { OFFICER } from '../support/office';
import { auditEvents, insertTestCase, officeDb } from '../support/cases';
import { smallPng } from '../support/files';
import { insertAssignment, insertMentorProfile } from '../support/mentors';
import { sessionInput, useMentoringOffice } from '../support/mentoring-work';

const shopOpened = (caseId: number): MethodInput<'mentoring.recordMilestone'> => ({
  caseId,
  kind: 'shop_opened',
  occurredOn: '2026-11-26',
  shopName: 'ผ้าไหมแม่หญิง',
  shopRef: 'https://www.lazada.co.th/shop/pha-mai',
  productsCount: null,
  note: '',
  expectedRevision: null,
});

const month = (
  caseId: number,
  overrides: Partial<MethodInput<'mentoring.recordMonth'>> = {},
): MethodInput<'mentoring.recordMonth'> => ({
  caseId,
  month: '2026-11',
  orders: 12,
  salesSatang: 1_250_000,
  incomeSatang: 400_000,
  source: 'self_reported',
  evidenceAttachmentId: null,
  note: '',
  expectedRevision: null,
  ...overrides,
});

describe('outcomes: milestones and monthly figures', () => {
  const office = useMentoringOffice();
  let caseId: number;
  let otherCaseId: number;

  beforeAll(async () => {
    const db = officeDb(office());
    const { officerId } = office();
    ({ caseId } = await insertTestCase(db, { status: 'mentoring', firstName: 'บุญมา' }));
    ({ caseId: otherCaseId } = await insertTestCase(db, { status: 'active', firstName: 'บุญมี' }));
    await insertMentorProfile(db, officerId, { organisation_kind: 'department', is_external: 0 });
    await insertAssignment(db, { caseId, mentorId: officerId, startedBy: officerId });
  });

  it('records one milestone of each kind per case; a second write must name the revision it read', async () => {
    const recorded = await office().ok('mentoring.recordMilestone', shopOpened(caseId));
    expect(recorded).toMatchObject({
      milestoneId: `${caseId}:shop_opened`,
      kind: 'shop_opened',
      shopRef: 'https://www.lazada.co.th/shop/pha-mai',
      recordedByName: OFFICER.fullName,
      revision: 1,
    });
    expect(await office().call('mentoring.recordMilestone', shopOpened(caseId))).toEqual({
      ok: false,
      error: { code: 'CONFLICT', reason: 'record_changed' },
    });
    const again = await office().ok('mentoring.recordMilestone', {
      ...shopOpened(caseId),
      shopRef: 'phamai-shop.01',
      expectedRevision: 1,
    });
    expect(again).toMatchObject({ shopRef: 'phamai-shop.01', revision: 2 });
    const file = await office().ok('cases.open', { caseId });
    expect(file.timeline.filter((e) => e.kind === 'milestone_recorded')).toHaveLength(2);
    expect(file.timeline[0]).toMatchObject({
      kind: 'milestone_recorded',
      detail: { kind: 'shop_opened', occurredOn: '2026-11-26' },
    });
    const events = await auditEvents(office(), 'mentoring.milestone_recorded');
    expect(events.map((e) => JSON.parse(e.details!))).toEqual([
      { kind: 'shop_opened', revision: 1 },
      { kind: 'shop_opened', revision: 2 },
    ]);
    expect(JSON.stringify(events)).not.toContain('ผ้าไหม');
  });

  it('refuses a milestone in the future, shop links that are not http(s), a missing shop name', async () => {
    expect(
      await office().call('mentoring.recordMilestone', {
        ...shopOpened(caseId),
        kind: 'first_order',
        occurredOn: '2026-11-27',
      }),
    ).toEqual({ ok: false, error: { code: 'VALIDATION', reason: 'milestone_in_future' } });
    for (const shopRef of [
      'javascript:alert(1)',
      'ftp://shop.example.com/x',
      'data:text/html,hi',
      'http://',
      'file:///etc/passwd',
    ])
      expect(
        await office().call('mentoring.recordMilestone', {
          ...shopOpened(caseId),
          shopRef,
          expectedRevision: 2,
        }),
      ).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', issues: [{ path: ['shopRef'] }] },
      });
    expect(
      await office().call('mentoring.recordMilestone', {
        ...shopOpened(caseId),
        shopName: '',
        expectedRevision: 2,
      }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['shopName'] }] } });
    expect(
      await office().call('mentoring.recordMilestone', {
        ...shopOpened(caseId),
        kind: 'products_listed',
        productsCount: 0,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: ['productsCount'] }] },
    });
  });

  it('records monthly figures from the intake month to the current month, refusing bad figures', async () => {
    const figure = await office().ok('mentoring.recordMonth', month(caseId));
    expect(figure).toMatchObject({
      figureId: `${caseId}:2026-11`,
      orders: 12,
      salesSatang: 1_250_000,
      incomeSatang: 400_000,
      revision: 1,
    });
    expect(
      await office().call('mentoring.recordMonth', month(caseId, { month: '2026-10' })),
    ).toEqual({
      ok: false,
      error: { code: 'VALIDATION', reason: 'month_before_case' },
    });
    expect(
      await office().call('mentoring.recordMonth', month(caseId, { month: '2026-12' })),
    ).toEqual({
      ok: false,
      error: { code: 'VALIDATION', reason: 'month_in_future' },
    });
    const badFigures: [Partial<MethodInput<'mentoring.recordMonth'>>, string][] = [
      [{ salesSatang: -100 }, 'salesSatang'],
      [{ incomeSatang: -1 }, 'incomeSatang'],
      [{ salesSatang: MONTHLY_SATANG_MAX + 1 }, 'salesSatang'],
      [{ salesSatang: 12.5 }, 'salesSatang'],
      [{ orders: 1_000_000 }, 'orders'],
      [{ orders: -3 }, 'orders'],
      [{ month: '2026-13' }, 'month'],
      [{ source: 'evidence', note: '' }, 'note'],
    ];
    for (const [overrides, field] of badFigures)
      expect(
        await office().call(
          'mentoring.recordMonth',
          month(caseId, { ...overrides, expectedRevision: 1 }),
        ),
      ).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: [field] }] } });
    // Nothing half-written: the month is as first recorded.
    const file = await office().ok('mentoring.case', { caseId });
    expect(file.months).toMatchObject([{ month: '2026-11', salesSatang: 1_250_000, revision: 1 }]);
    expect(file.milestones).toMatchObject([{ kind: 'shop_opened', revision: 2 }]);
  });

  it('takes evidence only from the case’s own attachments', async () => {
    const attachment = await office().ok('cases.addAttachment', {
      caseId,
      fileName: 'slip.png',
      caption: '',
      dataBase64: smallPng().toString('base64'),
    });
    const elsewhere = await office().ok('cases.addAttachment', {
      caseId: otherCaseId,
      fileName: 'other.png',
      caption: '',
      dataBase64: smallPng().toString('base64'),
    });
    expect(
      await office().call(
        'mentoring.recordMonth',
        month(caseId, {
          source: 'evidence',
          evidenceAttachmentId: elsewhere.attachmentId,
          expectedRevision: 1,
        }),
      ),
    ).toEqual({ ok: false, error: { code: 'VALIDATION', reason: 'evidence_not_found' } });
    const withEvidence = await office().ok(
      'mentoring.recordMonth',
      month(caseId, {
        source: 'evidence',
        evidenceAttachmentId: attachment.attachmentId,
        salesSatang: 1_300_000,
        expectedRevision: 1,
      }),
    );
    expect(withEvidence).toMatchObject({
      source: 'evidence',
      evidenceAttachmentId: attachment.attachmentId,
      revision: 2,
    });
    const events = await auditEvents(office(), 'mentoring.month_recorded');
    expect(events.map((e) => JSON.parse(e.details!))).toEqual([
      { month: '2026-11', source: 'self_reported', revision: 1 },
      { month: '2026-11', source: 'evidence', revision: 2 },
    ]);
  });

  it('lets office staff record on any case and shows progress: baseline, milestones, months, sessions', async () => {
    const milestone = await office().ok('progress.recordMilestone', {
      ...shopOpened(otherCaseId),
      kind: 'products_listed',
      productsCount: 25,
      shopName: '',
      shopRef: '',
    });
    expect(milestone).toMatchObject({ milestoneId: `${otherCaseId}:products_listed`, revision: 1 });
    await office().ok('progress.recordMonth', month(otherCaseId, { salesSatang: 90_000 }));
    expect(
      (await auditEvents(office(), 'progress.milestone_recorded')).map((e) => e.target_id),
    ).toEqual([String(otherCaseId)]);
    // The mentor's own methods stay on their mentees.
    expect(
      await office().call('mentoring.recordMonth', month(otherCaseId, { expectedRevision: 1 })),
    ).toEqual({ ok: false, error: { code: 'NOT_FOUND', reason: 'not_your_mentee' } });

    const s1 = await office().ok('mentoring.logSession', {
      ...sessionInput(caseId, { heldTime: '09:00' }),
      actions: [{ description: 'ลงสินค้า', owner: 'beneficiary', dueOn: '2026-12-01' }],
    });
    const s2 = await office().ok(
      'mentoring.logSession',
      sessionInput(caseId, { heldTime: '15:00' }),
    );
    const progress = await office().ok('progress.get', { caseId });
    expect(progress).toMatchObject({
      caseId,
      baseline: { intakeDate: '2026-11-26', monthlyIncomeSatang: 500_000 },
      milestones: [{ kind: 'shop_opened' }],
      months: [{ month: '2026-11', source: 'evidence' }],
      openActions: [{ sessionId: s1.sessionId, description: 'ลงสินค้า', overdue: false }],
    });
    expect(progress.sessions.map((s) => s.sessionId)).toEqual([s2.sessionId, s1.sessionId]);
    expect(progress.sessions[1]!.actions).toHaveLength(1);
    const [viewed] = await auditEvents(office(), 'progress.viewed');
    expect(viewed).toMatchObject({ target_type: 'case', target_id: String(caseId) });
    expect(await office().call('progress.get', { caseId: 999_999 })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'case_not_found' },
    });
  });
});
