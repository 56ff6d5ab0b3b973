import { describe, expect, it } from 'vitest';
import { CASE_STATUSES, CASE_TRANSITIONS } from '../../src/shared/domain/cases';
import { OFFICER, useOffices } from '../support/office';
import { auditEvents, insertTestCase, officeDb, officeWithOfficer } from '../support/cases';
import { useTempDirs } from '../support/temp-dir';

describe('a case moves only along its lifecycle', () => {
  const tempDir = useTempDirs();
  const keep = useOffices();

  it('intake → active → mentoring → graduated, each on the timeline and in the audit log', async () => {
    const office = keep(await officeWithOfficer(tempDir()));
    const db = officeDb(office);
    const { caseId } = await insertTestCase(db);
    // Less than the idle lock (5 minutes), so the officer stays signed in.
    await office.clock.advance(60_000);
    await office.ok('cases.changeStatus', { caseId, to: 'active', reason: '' });
    await office.ok('cases.changeStatus', { caseId, to: 'mentoring', reason: '' });
    await office.ok('cases.changeStatus', { caseId, to: 'graduated', reason: 'เปิดร้านออนไลน์ได้' });

    const row = await db
      .selectFrom('cases')
      .selectAll()
      .where('id', '=', caseId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      status: 'graduated',
      status_reason: 'เปิดร้านออนไลน์ได้',
      status_changed_at: office.clock.now().toISOString(),
      updated_at: office.clock.now().toISOString(),
    });
    const file = await office.ok('cases.open', { caseId });
    expect(file.case.status).toBe('graduated');
    expect(file.timeline.map((e) => [e.kind, e.detail, e.byName])).toEqual([
      [
        'status_changed',
        { from: 'mentoring', to: 'graduated', reason: 'เปิดร้านออนไลน์ได้' },
        OFFICER.fullName,
      ],
      ['status_changed', { from: 'active', to: 'mentoring', reason: '' }, OFFICER.fullName],
      ['status_changed', { from: 'intake', to: 'active', reason: '' }, OFFICER.fullName],
      ['intake', {}, expect.any(String)],
    ]);
    const audited = await auditEvents(office, 'case.status_changed');
    expect(audited.map((e) => JSON.parse(e.details ?? '{}'))).toEqual([
      { from: 'intake', to: 'active' },
      { from: 'active', to: 'mentoring' },
      { from: 'mentoring', to: 'graduated' },
    ]);
    // A typed reason may hold personal details: it stays out of the audit log.
    expect(JSON.stringify(audited)).not.toContain('ร้านออนไลน์');
  });

  it('refuses every move not in CASE_TRANSITIONS, from every status, and changes nothing', async () => {
    const office = keep(await officeWithOfficer(tempDir()));
    const db = officeDb(office);
    for (const from of CASE_STATUSES) {
      const { caseId } = await insertTestCase(db, { status: from, firstName: `ก${from}` });
      for (const to of CASE_STATUSES) {
        if (CASE_TRANSITIONS[from].includes(to)) continue;
        expect(
          await office.call('cases.changeStatus', { caseId, to, reason: 'เหตุผล' }),
          `${from} → ${to}`,
        ).toEqual({
          ok: false,
          error: { code: 'CONFLICT', reason: 'illegal_transition' },
        });
      }
      const row = await db
        .selectFrom('cases')
        .select('status')
        .where('id', '=', caseId)
        .executeTakeFirstOrThrow();
      expect(row.status).toBe(from);
    }
    expect(await auditEvents(office, 'case.status_changed')).toEqual([]);
  });

  it('closing needs a reason; a blank one is refused', async () => {
    const office = keep(await officeWithOfficer(tempDir()));
    const { caseId } = await insertTestCase(officeDb(office));
    for (const reason of ['', '   ']) {
      expect(await office.call('cases.changeStatus', { caseId, to: 'closed', reason })).toEqual({
        ok: false,
        error: { code: 'VALIDATION', reason: 'status_reason_required' },
      });
    }
    await office.ok('cases.changeStatus', { caseId, to: 'closed', reason: 'ย้ายไปต่างจังหวัด' });
    expect((await office.ok('cases.open', { caseId })).case).toMatchObject({
      status: 'closed',
      statusReason: 'ย้ายไปต่างจังหวัด',
    });
    expect(
      await office.call('cases.changeStatus', { caseId: 9999, to: 'active', reason: '' }),
    ).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'case_not_found' },
    });
  });
});
