import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { catalogues } from '../../src/renderer/src/i18n/catalogues';
import type { CaseAssignments, MentorSuggestion } from '../../src/shared/domain/mentoring';
import {
  caseRow,
  fakeCaseFileHandlers,
  fakeCaseSearch,
  OTHER_LIST_HANDLERS,
} from './support/fake-cases';
import { installFakeKaona, type FakeHandlers } from './support/fake-kaona';
import {
  assignmentEntry,
  FAKE_SUPERVISOR,
  MENTOR_REFERENCE_HANDLERS,
  mentorItem,
  NO_ASSIGNMENT,
  suggestion,
} from './support/fake-mentors';
import { FAKE_ADMIN, FAKE_OFFICER, signedInAs, type FakePerson } from './support/fake-session';
import { renderCasesPage, sessionUser } from './support/render-cases-page';
import { fill, label } from './support/text';

const { th } = catalogues;
const m = th.mentors;

const BLOCKED = suggestion({
  mentorId: 22,
  fullName: 'ใจดี อาสา',
  organisationKind: 'lazada',
  score: 80,
  rank: 2,
  blockers: ['no_sharing_consent'],
});

function setup(
  options: {
    person?: FakePerson;
    assignments?: CaseAssignments;
    suggestions?: MentorSuggestion[];
    handlers?: FakeHandlers;
    path?: string;
  } = {},
) {
  const person = options.person ?? FAKE_OFFICER;
  const state = { assignments: options.assignments ?? NO_ASSIGNMENT };
  const fake = installFakeKaona({
    session: { info: signedInAs(person) },
    handlers: {
      ...fakeCaseFileHandlers(),
      ...MENTOR_REFERENCE_HANDLERS,
      'assignments.forCase': () => ({ ok: true, value: state.assignments }),
      'assignments.suggest': () => ({
        ok: true,
        value: {
          caseId: 5,
          suggestions: options.suggestions ?? [suggestion(), BLOCKED],
          tieBreak: 'score_then_load_then_name_then_id',
        },
      }),
      'assignments.assign': ({ mentorId, reason }) => {
        const entry = assignmentEntry({ assignmentId: 71, mentorId, reason });
        state.assignments = { caseId: 5, current: entry, history: [entry] };
        return { ok: true, value: state.assignments };
      },
      'assignments.end': ({ reason }) => {
        const ended = {
          ...state.assignments.current!,
          endedAt: '2026-04-01T03:00:00.000Z',
          endedByName: 'เกษม สุขใจ',
          endKind: 'ended' as const,
          endReason: reason,
        };
        state.assignments = { caseId: 5, current: null, history: [ended] };
        return { ok: true, value: state.assignments };
      },
      ...options.handlers,
    },
  });
  const rendered = renderCasesPage(options.path ?? '/cases/5', sessionUser(person));
  const callsTo = (channel: string) =>
    fake.calls.filter((call) => call.channel === channel).map((call) => call.input);
  return { fake, state, callsTo, ...rendered };
}

async function openMentoringTab(user: ReturnType<typeof setup>['user']) {
  await user.click(await screen.findByRole('tab', { name: th.cases.tabs.mentoring }));
}

describe('the case page mentoring tab', () => {
  it('shows what matching reads in the business section, in words', async () => {
    setup();
    const business = await screen.findByRole('region', { name: th.cases.sections.business });
    // In the skills list's order (the admin's), whatever order the needs were ticked in.
    expect(await within(business).findByText('การถ่ายภาพสินค้า, การเปิดร้านค้าออนไลน์')).toBeVisible();
    expect(within(business).getByText(th.cases.codes.productCategories.fashion)).toBeVisible();
    expect(within(business).getByText(th.cases.codes.languages.th)).toBeVisible();
  });

  it('explains each suggestion in Thai words, with blockers and the tie-break', async () => {
    const { user } = setup();
    await openMentoringTab(user);
    expect(await screen.findByText(m.tab.none)).toBeVisible();
    const first = await screen.findByRole('article', { name: 'บุญมี ลาซาด้า' });
    expect(
      within(first).getByText('ทักษะตรง 2 จาก 3: การถ่ายภาพสินค้า, การลงสินค้าและตั้งราคา'),
    ).toBeVisible();
    expect(within(first).getByText('อยู่จังหวัดเดียวกัน')).toBeVisible();
    expect(within(first).getByText('ดูแลอยู่ 3 จาก 10 ราย')).toBeVisible();
    expect(within(first).getByText(fill(m.tab.score, { score: 72 }))).toBeVisible();
    const blocked = screen.getByRole('article', { name: 'ใจดี อาสา' });
    expect(within(blocked).getByText('ยังไม่ได้รับความยินยอมให้ส่งข้อมูลให้ Lazada')).toBeVisible();
    expect(within(blocked).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByText(m.tab.howRankedText)).toBeVisible();
  });

  it('shows a verdict it does not know with its points rather than a raw key', async () => {
    const odd = suggestion({
      reasons: [
        { criterion: 'language', verdict: 'dialect', points: 5, maxPoints: 10, params: {} },
      ],
    });
    const { user } = setup({ suggestions: [odd] });
    await openMentoringTab(user);
    expect(
      await screen.findByText(
        fill(m.match.other, { criterion: m.match.criteria.language, points: 5, maxPoints: 10 }),
      ),
    ).toBeVisible();
  });

  it('assigns the chosen mentor, then shows them as the current mentor', async () => {
    const { user, callsTo } = setup();
    await openMentoringTab(user);
    await user.click(await screen.findByRole('button', { name: `${m.tab.assign} บุญมี ลาซาด้า` }));
    const dialog = await screen.findByRole('dialog', { name: m.assignDialog.title });
    await user.click(within(dialog).getByRole('button', { name: m.assignDialog.submit }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(callsTo('assignments.assign')).toEqual([
      { caseId: 5, mentorId: 21, expectedAssignmentId: null, reason: '', overCapacityReason: '' },
    ]);
    const current = await screen.findByRole('region', { name: m.tab.current });
    expect(await within(current).findByRole('link', { name: 'บุญมี ลาซาด้า' })).toHaveAttribute(
      'href',
      '/mentors/21',
    );
  });

  it('needs a reason to reassign, and sends the assignment it saw', async () => {
    const current = assignmentEntry({ mentorId: 23, mentorName: 'สมชาย เดิม' });
    const { user, callsTo } = setup({
      assignments: { caseId: 5, current, history: [current] },
    });
    await openMentoringTab(user);
    await user.click(await screen.findByRole('button', { name: `${m.tab.reassign} บุญมี ลาซาด้า` }));
    const dialog = await screen.findByRole('dialog', { name: m.assignDialog.reassignTitle });
    await user.click(within(dialog).getByRole('button', { name: m.assignDialog.reassignSubmit }));
    expect(await within(dialog).findByText(m.reasons.reassign_needs_reason)).toBeVisible();
    expect(callsTo('assignments.assign')).toHaveLength(0);
    await user.type(
      within(dialog).getByRole('textbox', { name: label(m.assignDialog.reason) }),
      'ย้ายจังหวัด',
    );
    await user.click(within(dialog).getByRole('button', { name: m.assignDialog.reassignSubmit }));
    await waitFor(() => expect(callsTo('assignments.assign')).toHaveLength(1));
    expect(callsTo('assignments.assign')[0]).toMatchObject({
      expectedAssignmentId: 70,
      reason: 'ย้ายจังหวัด',
    });
  });

  it('asks an override reason for a mentor over capacity', async () => {
    const full = suggestion({ overCapacity: true, activeMentees: 10, capacity: 10 });
    const { user, callsTo } = setup({ suggestions: [full] });
    await openMentoringTab(user);
    await user.click(await screen.findByRole('button', { name: `${m.tab.assign} บุญมี ลาซาด้า` }));
    const dialog = await screen.findByRole('dialog', { name: m.assignDialog.title });
    await user.click(within(dialog).getByRole('button', { name: m.assignDialog.submit }));
    expect(await within(dialog).findByText(m.reasons.over_capacity_needs_reason)).toBeVisible();
    await user.type(
      within(dialog).getByRole('textbox', { name: label(m.assignDialog.overCapacityReason) }),
      'ภาษาเดียวกัน',
    );
    await user.click(within(dialog).getByRole('button', { name: m.assignDialog.submit }));
    await waitFor(() => expect(callsTo('assignments.assign')).toHaveLength(1));
    expect(callsTo('assignments.assign')[0]).toMatchObject({ overCapacityReason: 'ภาษาเดียวกัน' });
  });

  it('asks the override reason when main finds the mentor full meanwhile', async () => {
    const { user, callsTo } = setup({
      handlers: {
        'assignments.assign': ({ overCapacityReason }) =>
          overCapacityReason === ''
            ? { ok: false, error: { code: 'VALIDATION', reason: 'over_capacity_needs_reason' } }
            : { ok: true, value: NO_ASSIGNMENT },
      },
    });
    await openMentoringTab(user);
    await user.click(await screen.findByRole('button', { name: `${m.tab.assign} บุญมี ลาซาด้า` }));
    const dialog = await screen.findByRole('dialog', { name: m.assignDialog.title });
    await user.click(within(dialog).getByRole('button', { name: m.assignDialog.submit }));
    const override = await within(dialog).findByRole('textbox', {
      name: label(m.assignDialog.overCapacityReason),
    });
    expect(within(dialog).getByText(m.reasons.over_capacity_needs_reason)).toBeVisible();
    await user.type(override, 'ผู้รับบริการขอ');
    await user.click(within(dialog).getByRole('button', { name: m.assignDialog.submit }));
    await waitFor(() => expect(callsTo('assignments.assign')).toHaveLength(2));
    expect(callsTo('assignments.assign')[1]).toMatchObject({ overCapacityReason: 'ผู้รับบริการขอ' });
  });

  it('ends the current assignment with a reason, and lists it in the history', async () => {
    const current = assignmentEntry();
    const { user, callsTo } = setup({ assignments: { caseId: 5, current, history: [current] } });
    await openMentoringTab(user);
    await user.click(await screen.findByRole('button', { name: m.tab.end }));
    const dialog = await screen.findByRole('dialog', { name: m.endDialog.title });
    await user.click(within(dialog).getByRole('button', { name: m.endDialog.submit }));
    expect(callsTo('assignments.end')).toHaveLength(0);
    await user.type(within(dialog).getByRole('textbox'), 'เปิดร้านได้แล้ว');
    await user.click(within(dialog).getByRole('button', { name: m.endDialog.submit }));
    await waitFor(() =>
      expect(callsTo('assignments.end')).toEqual([
        { caseId: 5, expectedAssignmentId: 70, reason: 'เปิดร้านได้แล้ว' },
      ]),
    );
    expect(await screen.findByText(m.tab.none)).toBeVisible();
    const history = screen.getByRole('table', { name: m.tab.history });
    expect(within(history).getByText('เปิดร้านได้แล้ว')).toBeVisible();
  });

  it('on a conflict says another officer changed it and shows the current state', async () => {
    const theirs = assignmentEntry({ assignmentId: 80, mentorName: 'ผู้อื่น มอบหมาย' });
    const { user, state } = setup({
      handlers: {
        'assignments.assign': () => {
          state.assignments = { caseId: 5, current: theirs, history: [theirs] };
          return { ok: false, error: { code: 'CONFLICT', reason: 'assignment_changed' } };
        },
      },
    });
    await openMentoringTab(user);
    await user.click(await screen.findByRole('button', { name: `${m.tab.assign} บุญมี ลาซาด้า` }));
    const dialog = await screen.findByRole('dialog', { name: m.assignDialog.title });
    await user.click(within(dialog).getByRole('button', { name: m.assignDialog.submit }));
    expect(await screen.findByText(m.reasons.assignment_changed)).toBeVisible();
    const current = screen.getByRole('region', { name: m.tab.current });
    expect(await within(current).findByText('ผู้อื่น มอบหมาย')).toBeVisible();
  });

  it('shows a role that does not assign the current mentor only, without ranking', async () => {
    const { user, callsTo } = setup({ person: FAKE_ADMIN });
    await openMentoringTab(user);
    expect(await screen.findByText(m.tab.none)).toBeVisible();
    expect(screen.queryByText(m.tab.suggestions)).not.toBeInTheDocument();
    expect(callsTo('assignments.suggest')).toHaveLength(0);
  });
});

describe('bulk assignment from the case list', () => {
  beforeEach(() => {
    // jsdom lays nothing out: give the list's scrolling region a window's height (as cases-list).
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
      configurable: true,
      get(this: HTMLElement) {
        return this.dataset.virtualScroller === undefined ? 0 : 600;
      },
    });
  });
  afterEach(() => {
    Reflect.deleteProperty(HTMLElement.prototype, 'clientHeight');
  });

  it('previews each row and the loads, and assigns only the rows without a problem', async () => {
    const { user, callsTo } = setup({
      person: FAKE_SUPERVISOR,
      path: '/cases',
      handlers: {
        ...OTHER_LIST_HANDLERS,
        ...MENTOR_REFERENCE_HANDLERS,
        'cases.search': fakeCaseSearch(3, caseRow),
        'mentors.list': () => ({ ok: true, value: [] }),
        'assignments.bulkPreview': ({ caseIds }) => ({
          ok: true,
          value: {
            rows: caseIds.map((caseId, index) => ({
              caseId,
              caseNumber: `KK-2569-0000${caseId}`,
              beneficiaryName: `ผู้รับบริการ ${caseId}`,
              mentorId: 21,
              mentorName: 'บุญมี ลาซาด้า',
              score: 70,
              currentAssignmentId: null,
              problems: index === 1 ? ['no_sharing_consent' as const] : [],
            })),
            load: [{ mentorId: 21, mentorName: 'บุญมี ลาซาด้า', before: 3, after: 4, capacity: 10 }],
          },
        }),
        'assignments.bulkAssign': ({ items }) => ({ ok: true, value: { assigned: items.length } }),
      },
    });
    await user.click(
      await screen.findByRole('checkbox', {
        name: fill(m.bulk.selectRow, { name: caseRow(0).displayName }),
      }),
    );
    await user.click(
      screen.getByRole('checkbox', {
        name: fill(m.bulk.selectRow, { name: caseRow(1).displayName }),
      }),
    );
    expect(screen.getByText(fill(m.bulk.selected, { count: 2 }))).toBeVisible();
    await user.click(screen.getByRole('button', { name: m.bulk.open }));
    const dialog = await screen.findByRole('dialog', { name: fill(m.bulk.title, { count: 2 }) });
    expect(await within(dialog).findByText('ผู้รับบริการ 1')).toBeVisible();
    expect(within(dialog).getByText(m.bulk.problemCodes.no_sharing_consent)).toBeVisible();
    expect(
      within(dialog).getByText(
        fill(m.bulk.loadRow, { name: 'บุญมี ลาซาด้า', before: 3, after: 4, capacity: 10 }),
      ),
    ).toBeVisible();
    expect(callsTo('assignments.bulkPreview')).toEqual([{ caseIds: [1, 2], mentorId: null }]);
    await user.click(
      within(dialog).getByRole('button', { name: fill(m.bulk.submit, { count: 1 }) }),
    );
    await waitFor(() =>
      expect(callsTo('assignments.bulkAssign')).toEqual([
        {
          items: [{ caseId: 1, mentorId: 21, expectedAssignmentId: null }],
          reason: '',
          overCapacityReason: '',
        },
      ]),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.queryByText(fill(m.bulk.selected, { count: 2 }))).not.toBeInTheDocument();
  });

  it('with one mentor for all, needs a reason to go over capacity', async () => {
    const { user, callsTo } = setup({
      person: FAKE_SUPERVISOR,
      path: '/cases',
      handlers: {
        ...OTHER_LIST_HANDLERS,
        ...MENTOR_REFERENCE_HANDLERS,
        'cases.search': fakeCaseSearch(2, caseRow),
        'mentors.list': () => ({
          ok: true,
          value: [mentorItem({ activeMentees: 9, capacity: 10 })],
        }),
        'assignments.bulkPreview': ({ caseIds, mentorId }) => ({
          ok: true,
          value: {
            rows: caseIds.map((caseId, index) => ({
              caseId,
              caseNumber: `KK-2569-0000${caseId}`,
              beneficiaryName: `ผู้รับบริการ ${caseId}`,
              mentorId,
              mentorName: 'บุญมี ลาซาด้า',
              score: 60,
              currentAssignmentId: null,
              problems: index === 1 ? ['over_capacity' as const] : [],
            })),
            load: [{ mentorId: 21, mentorName: 'บุญมี ลาซาด้า', before: 9, after: 11, capacity: 10 }],
          },
        }),
        'assignments.bulkAssign': ({ items }) => ({ ok: true, value: { assigned: items.length } }),
      },
    });
    await user.click(await screen.findByRole('checkbox', { name: m.bulk.selectAll }));
    await user.click(screen.getByRole('button', { name: m.bulk.open }));
    const dialog = await screen.findByRole('dialog', { name: fill(m.bulk.title, { count: 2 }) });
    await user.click(within(dialog).getByRole('radio', { name: m.bulk.modeOne }));
    await user.click(within(dialog).getByRole('combobox', { name: m.bulk.mentor }));
    await user.click(
      await within(dialog).findByRole('option', { name: /บุญมี ลาซาด้า/, hidden: true }),
    );
    expect(await within(dialog).findByText(m.bulk.problemCodes.over_capacity)).toBeVisible();
    expect(callsTo('assignments.bulkPreview').at(-1)).toEqual({ caseIds: [1, 2], mentorId: 21 });
    const submit = within(dialog).getByRole('button', { name: fill(m.bulk.submit, { count: 2 }) });
    await user.click(submit);
    expect(await within(dialog).findByText(m.reasons.over_capacity_needs_reason)).toBeVisible();
    expect(callsTo('assignments.bulkAssign')).toHaveLength(0);
    await user.type(
      within(dialog).getByRole('textbox', { name: label(m.bulk.overCapacityReason) }),
      'ช่วงเร่งด่วน',
    );
    await user.click(submit);
    await waitFor(() => expect(callsTo('assignments.bulkAssign')).toHaveLength(1));
    expect(callsTo('assignments.bulkAssign')[0]).toMatchObject({
      overCapacityReason: 'ช่วงเร่งด่วน',
      items: [
        { caseId: 1, mentorId: 21, expectedAssignmentId: null },
        { caseId: 2, mentorId: 21, expectedAssignmentId: null },
      ],
    });
  });

  it('offers no tick boxes to a role that does not assign', async () => {
    setup({
      person: FAKE_ADMIN,
      path: '/cases',
      handlers: { ...OTHER_LIST_HANDLERS, 'cases.search': fakeCaseSearch(2, caseRow) },
    });
    await screen.findByRole('link', { name: caseRow(0).displayName });
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
  });
});
