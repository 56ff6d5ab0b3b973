import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseSearch } from '../../src/shared/domain/cases';
import { insertTestCase, officeDb } from '../support/cases';
import { setUpOffice, type TestOffice } from '../support/office';

/**
 * The case list's filters that the dashboard clicks through to (issue 11): a milestone (kind,
 * days), a session held in a range, monthly figures recorded. All optional: a search without
 * them (every caller before the dashboard) still works.
 */
const AT = '2026-11-26T03:00:00.000Z';
const BASE: CaseSearch = {
  text: '',
  statuses: [],
  targetGroup: null,
  department: null,
  flagshipProject: null,
  provinceId: null,
  mentorId: null,
  intakeFrom: null,
  intakeTo: null,
  sort: 'case_number',
  offset: 0,
  limit: 50,
};

describe('case search: the dashboard filters', () => {
  let dir = '';
  let office: TestOffice;
  const ids = { shop: 0, shopLate: 0, order: 0, none: 0 };

  const found = async (filters: Partial<CaseSearch>) => {
    const page = await office.ok('cases.search', { ...BASE, ...filters });
    return page.rows.map((row) => row.caseId).sort((a, b) => a - b);
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kaona-test-'));
    office = await setUpOffice(dir);
    const db = officeDb(office);
    const userId = (await db.selectFrom('users').select('id').executeTakeFirstOrThrow()).id;
    ids.shop = (await insertTestCase(db, { firstName: 'ร้านเปิด' })).caseId;
    ids.shopLate = (await insertTestCase(db, { firstName: 'เปิดทีหลัง' })).caseId;
    ids.order = (await insertTestCase(db, { firstName: 'มีออเดอร์' })).caseId;
    ids.none = (await insertTestCase(db, { firstName: 'ยังไม่มี' })).caseId;
    const milestone = (caseId: number, kind: 'shop_opened' | 'first_order', on: string) => ({
      id: `${caseId}:${kind}`,
      case_id: caseId,
      kind,
      occurred_on: on,
      shop_name: '',
      shop_ref: '',
      products_count: null,
      note: '',
      revision: 1,
      recorded_at: AT,
      recorded_by: userId,
    });
    await db
      .insertInto('outcome_milestones')
      .values([
        milestone(ids.shop, 'shop_opened', '2026-09-30'),
        milestone(ids.shopLate, 'shop_opened', '2026-10-01'),
        milestone(ids.order, 'shop_opened', '2026-01-10'),
        milestone(ids.order, 'first_order', '2026-02-10'),
      ])
      .execute();
    await db
      .insertInto('outcome_months')
      .values({
        id: `${ids.order}:2026-02`,
        case_id: ids.order,
        month: '2026-02',
        orders: 2,
        sales_satang: 100_000,
        income_satang: 50_000,
        source: 'self_reported',
        evidence_attachment_id: null,
        note: '',
        revision: 1,
        recorded_at: AT,
        recorded_by: userId,
      })
      .execute();
    await db
      .insertInto('advisory_sessions')
      .values({
        id: 'session-1',
        case_id: ids.shop,
        mentor_id: userId,
        held_on: '2026-03-15',
        held_time: '10:00',
        duration_minutes: 60,
        mode: 'phone',
        topics: '[]',
        summary: 'ทดสอบ',
        next_session_on: null,
        completed_action_ids: '[]',
        corrects_session_id: null,
        correction_note: '',
        revision: 1,
        created_at: AT,
        updated_at: AT,
        updated_by: userId,
      })
      .execute();
  });

  afterAll(async () => {
    await office?.core.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds every case without the new filters (they are optional)', async () => {
    expect(await found({})).toEqual(Object.values(ids).sort((a, b) => a - b));
  });

  it('finds the cases that reached a milestone, within the fiscal year when days are given', async () => {
    expect(await found({ milestone: 'shop_opened' })).toEqual(
      [ids.shop, ids.shopLate, ids.order].sort((a, b) => a - b),
    );
    // Fiscal year 2569 ends on 30 September 2026: the shop opened on 1 October is not in it.
    expect(
      await found({
        milestone: 'shop_opened',
        milestoneFrom: '2025-10-01',
        milestoneTo: '2026-09-30',
      }),
    ).toEqual([ids.shop, ids.order].sort((a, b) => a - b));
    expect(await found({ milestone: 'first_order' })).toEqual([ids.order]);
  });

  it('finds the cases with a session held in a range, and those with monthly figures', async () => {
    expect(await found({ sessionFrom: '2026-03-01', sessionTo: '2026-03-31' })).toEqual([ids.shop]);
    expect(await found({ sessionFrom: '2026-04-01', sessionTo: '2026-04-30' })).toEqual([]);
    expect(await found({ withIncome: true })).toEqual([ids.order]);
    const page = await office.ok('cases.search', { ...BASE, withIncome: true });
    expect(page.total).toBe(1);
  });

  it('records the new filters in the search audit event', async () => {
    await office.ok('cases.search', {
      ...BASE,
      milestone: 'first_order',
      milestoneFrom: '2025-10-01',
      milestoneTo: '2026-09-30',
    });
    const event = await officeDb(office)
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'case.searched')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(event.details).toContain('milestone=first_order');
    expect(event.details).toContain('milestoneTo=2026-09-30');
  });

  it('refuses a milestone that is not one', async () => {
    const result = await office.call('cases.search', { ...BASE, milestone: 'sold' } as never);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
