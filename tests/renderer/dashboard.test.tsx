import { MantineProvider } from '@mantine/core';
import { Notifications, notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../src/renderer/src/api';
import { LanguageProvider } from '../../src/renderer/src/app/providers/LanguageProvider';
import {
  SessionContext,
  type SessionContextValue,
} from '../../src/renderer/src/app/session/session-context';
import { theme } from '../../src/renderer/src/app/theme';
import { CaseListPage } from '../../src/renderer/src/features/cases/CaseListPage';
import { DashboardPage } from '../../src/renderer/src/features/dashboard/DashboardPage';
import { fitAxisLabel } from '../../src/renderer/src/features/dashboard/dashboard-format';
import { breakdownRows } from '../../src/renderer/src/features/dashboard/dashboard-rows';
import { catalogues } from '../../src/renderer/src/i18n/catalogues';
import type { Dashboard } from '../../src/shared/domain/dashboard';
import { blockingAxeViolations } from './support/axe';
import { fakeCaseSearch, OTHER_LIST_HANDLERS } from './support/fake-cases';
import { installFakeKaona } from './support/fake-kaona';
import { FAKE_ADMIN, signedInAs } from './support/fake-session';
import { sessionUser } from './support/render-cases-page';
import { fill } from './support/text';

const { th } = catalogues;
const text = th.dashboard;

function sampleDashboard(fiscalYear: number): Dashboard {
  const endYear = fiscalYear - 543;
  const months = Array.from({ length: 12 }, (_, index) => {
    const month = ((9 + index) % 12) + 1;
    const year = month >= 10 ? endYear - 1 : endYear;
    return {
      month: `${year}-${String(month).padStart(2, '0')}`,
      intake: index === 0 ? 12 : 3,
      sessions: 40 + index,
    };
  });
  const count = (intake: number, open: number) => ({ intake, open });
  return {
    fiscalYear,
    first: `${endYear - 1}-10-01`,
    last: `${endYear}-09-30`,
    asOf: '2026-11-26',
    totals: { intake: 45, open: 60, sessions: 546 },
    byTargetGroup: [
      { targetGroup: 'children_youth', ...count(2, 3) },
      { targetGroup: 'women', ...count(30, 41) },
      { targetGroup: 'older_persons', ...count(8, 10) },
      { targetGroup: 'persons_with_disabilities', ...count(5, 6) },
      { targetGroup: 'underprivileged', ...count(4, 4) },
    ],
    byDepartment: [
      { department: 'dcy', ...count(5, 6) },
      { department: 'dop', ...count(10, 12) },
      { department: 'dwf', ...count(20, 30) },
      { department: 'dsdw', ...count(5, 7) },
      { department: 'dep', ...count(5, 5) },
    ],
    byFlagshipProject: [{ flagshipProject: 'jobs_and_income', ...count(45, 60) }],
    byStatus: [
      { status: 'intake', intake: 5, all: 9 },
      { status: 'active', intake: 20, all: 30 },
      { status: 'mentoring', intake: 15, all: 21 },
      { status: 'graduated', intake: 3, all: 10 },
      { status: 'referred_out', intake: 1, all: 2 },
      { status: 'closed', intake: 1, all: 4 },
    ],
    byProvince: {
      top: [{ provinceId: 40, nameTh: 'ขอนแก่น', nameEn: 'Khon Kaen', ...count(40, 50) }],
      other: { count: 3, ...count(4, 8) },
      none: count(1, 2),
    },
    byMentor: {
      top: [{ mentorId: 7, fullName: 'บุญมี ลาซาด้า', ...count(10, 12) }],
      other: { count: 0, ...count(0, 0) },
      none: count(35, 48),
    },
    months,
    milestonesInYear: { shop_opened: 14, products_listed: 11, first_order: 6 },
    cohorts: (['year', 'q1', 'q2', 'q3', 'q4'] as const).map((cohort, index) => ({
      cohort,
      first: index === 2 ? `${endYear}-01-01` : `${endYear - 1}-10-01`,
      last: index === 2 ? `${endYear}-03-31` : `${endYear}-09-30`,
      cases: index === 0 ? 45 : 11,
      shopOpened: index === 0 ? 12 : 3,
      firstOrder: index === 0 ? 5 : 1,
      withIncome: index === 0 ? 20 : 5,
      medianIncomeBeforeSatang: 350_000,
      medianIncomeAfterSatang: index === 0 ? 725_050 : 600_000,
    })),
  };
}

function renderDashboard(path = '/dashboard') {
  notifications.clean();
  const session: SessionContextValue = {
    info: {
      status: 'signed-in',
      user: sessionUser(FAKE_ADMIN),
      agencyName: 'สำนักงาน พม. จังหวัดขอนแก่น',
      idleLockMinutes: 5,
    },
    refresh: vi.fn(async () => {}),
    apply: vi.fn(),
  };
  const router = createMemoryRouter(
    [
      { path: '/dashboard', element: <DashboardPage /> },
      { path: '/cases', element: <CaseListPage /> },
    ],
    { initialEntries: [path] },
  );
  render(
    <QueryClientProvider client={createQueryClient()}>
      <MantineProvider theme={theme}>
        <Notifications />
        <LanguageProvider>
          <SessionContext.Provider value={session}>
            <RouterProvider router={router} />
          </SessionContext.Provider>
        </LanguageProvider>
      </MantineProvider>
    </QueryClientProvider>,
  );
  return { router, user: userEvent.setup() };
}

function installDashboard() {
  return installFakeKaona({
    session: { info: signedInAs(FAKE_ADMIN) },
    handlers: {
      ...OTHER_LIST_HANDLERS,
      'cases.search': fakeCaseSearch(3),
      'dashboard.fiscalYears': () => ({
        ok: true,
        value: { years: [2570, 2569, 2568], current: 2570 },
      }),
      'dashboard.get': ({ fiscalYear }) => ({ ok: true, value: sampleDashboard(fiscalYear) }),
    },
  });
}

const gets = (fake: ReturnType<typeof installDashboard>) =>
  fake.calls.filter((call) => call.channel === 'dashboard.get').map((call) => call.input);

describe('the dashboard', () => {
  it('opens on the current fiscal year, and the selector asks for another year', async () => {
    const fake = installDashboard();
    const { router, user } = renderDashboard();
    const cards = await screen.findByTestId('dashboard-cards');
    expect(gets(fake)).toEqual([{ fiscalYear: 2570 }]);
    expect(
      within(cards).getByRole('link', { name: `${text.cards.intake}: 45` }),
    ).toBeInTheDocument();
    const selector = screen.getByTestId('dashboard-year');
    expect(selector).toHaveValue(fill(text.fiscalYearOption, { year: 2570 }));
    await user.click(selector);
    await user.click(
      // Mantine's dropdown is still in its opening transition: hidden to Testing Library.
      await screen.findByRole('option', {
        name: fill(text.fiscalYearOption, { year: 2569 }),
        hidden: true,
      }),
    );
    await waitFor(() => expect(gets(fake)).toContainEqual({ fiscalYear: 2569 }));
    expect(router.state.location.search).toBe('?year=2569');
    // The year's days in พ.ศ.
    expect(await screen.findByTestId('dashboard-span')).toHaveTextContent('1 ตุลาคม 2568');
  });

  it('has no serious accessibility problem', async () => {
    installDashboard();
    renderDashboard('/dashboard?year=2569');
    await screen.findByTestId('dashboard-section-outcomes');
    expect(await blockingAxeViolations()).toEqual([]);
  });

  it('draws each breakdown as a chart with its numbers in a table', async () => {
    installDashboard();
    renderDashboard('/dashboard?year=2569');
    const groups = await screen.findByTestId('dashboard-section-target-groups');
    expect(within(groups).getByRole('img', { name: /กลุ่มเป้าหมาย/ })).toBeInTheDocument();
    const women = within(groups).getByRole('row', { name: /สตรี/ });
    expect(
      within(women)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['30', '41']);
    // "Other provinces" is a sum, not a list of cases: no link.
    const provinces = screen.getByTestId('dashboard-section-provinces');
    const other = within(provinces).getByRole('row', {
      name: new RegExp(fill(text.rows.other, { count: 3 }).replace(/[()]/g, '\\$&')),
    });
    expect(within(other).queryByRole('link')).toBeNull();
    const outcomes = screen.getByTestId('dashboard-section-outcomes');
    expect(within(outcomes).getByRole('row', { name: /ทั้งปีงบประมาณ/ })).toHaveTextContent(
      '7,250.50',
    );
  });

  it("the chart's axis names fit: department initials, long names cut at the end", () => {
    // A whole Thai word ran off the chart's left edge and lost its start ("เรมกิจการสตรี…" in
    // the e2e screenshots); recharts draws no axes in jsdom, so the rows and labels are checked.
    const t = ((key: string) => key) as unknown as TFunction<readonly ['dashboard', 'cases']>;
    const dwf = breakdownRows(sampleDashboard(2569), t, 'th').departments.find(
      (row) => row.key === 'dwf',
    );
    expect(dwf).toMatchObject({
      label: 'cases:codes.departments.dwf',
      axisLabel: 'cases:codes.departmentsShort.dwf',
    });
    expect(fitAxisLabel('สตรี')).toBe('สตรี');
    // Cut to 21 letters (each with its marks) and an ellipsis, the beginning kept.
    expect(fitAxisLabel('ยกระดับพัฒนาคุณภาพชีวิตกลุ่มเปราะบาง')).toBe('ยกระดับพัฒนาคุณภาพชีวิตกลุ่ม…');
  });

  it('a figure opens the case list filtered to the cases behind it, showing why', async () => {
    const fake = installDashboard();
    const { router, user } = renderDashboard('/dashboard?year=2569');
    const groups = await screen.findByTestId('dashboard-section-target-groups');
    const women = within(groups).getByRole('row', { name: /สตรี/ });
    await user.click(within(women).getAllByRole('link')[0]!);
    await waitFor(() => expect(router.state.location.pathname).toBe('/cases'));
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
      group: 'women',
      from: '2025-10-01',
      to: '2026-09-30',
    });
    await waitFor(() =>
      expect(fake.calls.find((call) => call.channel === 'cases.search')?.input).toMatchObject({
        targetGroup: 'women',
        intakeFrom: '2025-10-01',
        intakeTo: '2026-09-30',
      }),
    );
    const chips = await screen.findByTestId('case-filter-chips');
    expect(chips).toHaveTextContent('กลุ่มเป้าหมาย: สตรี');
    expect(chips).toHaveTextContent('2568');
  });

  it('the shops opened in the year lead to the list with the milestone filter', async () => {
    installDashboard();
    const { router, user } = renderDashboard('/dashboard?year=2569');
    const cards = await screen.findByTestId('dashboard-cards');
    await user.click(within(cards).getByRole('link', { name: `${text.cards.shopOpened}: 14` }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/cases'));
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
      milestone: 'shop_opened',
      milestoneFrom: '2025-10-01',
      milestoneTo: '2026-09-30',
    });
  });
});

describe('the case list opened from the dashboard', () => {
  it('applies the outcome filters in the address and shows them as removable chips', async () => {
    const fake = installDashboard();
    const { router, user } = renderDashboard(
      '/cases?milestone=first_order&from=2025-10-01&to=2025-12-31&income=1&sessionFrom=2026-03-01&sessionTo=2026-03-31&status=active&status=mentoring',
    );
    await waitFor(() =>
      expect(fake.calls.find((call) => call.channel === 'cases.search')?.input).toMatchObject({
        milestone: 'first_order',
        intakeFrom: '2025-10-01',
        intakeTo: '2025-12-31',
        withIncome: true,
        sessionFrom: '2026-03-01',
        sessionTo: '2026-03-31',
        statuses: ['active', 'mentoring'],
      }),
    );
    const chips = await screen.findByRole('group', { name: th.cases.chips.label });
    expect(chips).toHaveTextContent(th.cases.chips.milestones.first_order);
    expect(chips).toHaveTextContent(th.cases.chips.withIncome);
    expect(chips).toHaveTextContent(th.cases.chips.session);
    await user.click(
      within(chips).getByRole('button', {
        name: fill(th.cases.chips.remove, { filter: th.cases.chips.milestones.first_order }),
      }),
    );
    await waitFor(() => expect(router.state.location.search).not.toContain('milestone'));
    expect(router.state.location.search).toContain('income=1');
  });

  it('sends nothing new when the address has no outcome filter', async () => {
    const fake = installDashboard();
    renderDashboard('/cases?group=women');
    await waitFor(() =>
      expect(fake.calls.some((call) => call.channel === 'cases.search')).toBe(true),
    );
    const input = fake.calls.find((call) => call.channel === 'cases.search')!.input as object;
    expect(Object.keys(input)).not.toContain('milestone');
    expect(Object.keys(input)).not.toContain('withIncome');
  });
});
