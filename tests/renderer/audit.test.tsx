import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buddhistDateToIso } from '../../src/renderer/src/features/audit/buddhist-date';
import { auditActionLabel } from '../../src/renderer/src/features/audit/audit-action-label';
import { AuditPage } from '../../src/renderer/src/features/audit/AuditPage';
import { AUDIT_PAGE_SIZE } from '../../src/renderer/src/features/audit/audit-queries';
import { catalogues } from '../../src/renderer/src/i18n/catalogues';
import { createI18n } from '../../src/renderer/src/i18n/create-i18n';
import {
  AUDIT_ACTIONS,
  type AuditEvent,
  type AuditVerification,
} from '../../src/shared/domain/audit';
import { fakeAccountHandlers } from './support/fake-accounts';
import { installFakeKaona, type FakeHandlers } from './support/fake-kaona';
import { renderAdminPage } from './support/render-admin-page';
import { fill } from './support/text';

const { th } = catalogues;

function event(seq: number, overrides: Partial<AuditEvent> = {}): AuditEvent {
  return {
    seq,
    at: '2026-03-14T02:05:00.000Z',
    actorUserName: 'admin.kk',
    actorRole: 'admin',
    action: 'session.sign_in',
    targetType: null,
    targetId: null,
    outcome: 'success',
    machine: 'KK-OFFICE-PC1',
    appVersion: '0.1.0',
    details: null,
    ...overrides,
  };
}

/** 120 events, newest (seq 120) first, paged the way main pages them. */
const LOG = Array.from({ length: 120 }, (_, index) => event(120 - index));

function setup(handlers: FakeHandlers = {}) {
  const fake = installFakeKaona({
    handlers: {
      ...fakeAccountHandlers(),
      'audit.list': (query) => {
        const older = LOG.filter((row) => !query.beforeSeq || row.seq < query.beforeSeq);
        return {
          ok: true,
          value: { events: older.slice(0, query.limit), hasMore: older.length > query.limit },
        };
      },
      ...handlers,
    },
  });
  const rendered = renderAdminPage(<AuditPage />);
  const listCalls = () =>
    fake.calls.filter((call) => call.channel === 'audit.list').map((call) => call.input);
  return { fake, listCalls, ...rendered };
}

function dateGroup(legend: string) {
  return screen.getByRole('group', { name: legend });
}

async function typeDate(
  user: ReturnType<typeof renderAdminPage>['user'],
  legend: string,
  [day, month, year]: [string, string, string],
) {
  const group = dateGroup(legend);
  await user.type(within(group).getByLabelText(th.audit.date.day), day);
  await user.selectOptions(within(group).getByLabelText(th.audit.date.month), month);
  await user.type(within(group).getByLabelText(th.audit.date.year), year);
}

describe('audit action names', () => {
  it.each(['th', 'en'] as const)('exist in %s for every action the log knows', (language) => {
    const { t } = createI18n(language);
    for (const action of AUDIT_ACTIONS) {
      const message = auditActionLabel(action, t);
      expect(message, action).not.toContain('auditActions');
      expect(message.trim(), action).not.toBe('');
    }
  });
});

describe('Buddhist-era dates', () => {
  it('become Gregorian ISO dates, and a Gregorian year is refused rather than guessed', () => {
    expect(buddhistDateToIso({ day: '1', month: '3', year: '2569' })).toEqual({
      ok: true,
      isoDate: '2026-03-01',
    });
    expect(buddhistDateToIso({ day: '29', month: '2', year: '2567' })).toEqual({
      ok: true,
      isoDate: '2024-02-29',
    });
    expect(buddhistDateToIso({ day: '', month: '', year: '' })).toEqual({
      ok: true,
      isoDate: undefined,
    });
    expect(buddhistDateToIso({ day: '1', month: '3', year: '2026' })).toEqual({
      ok: false,
      problem: 'date_year_not_be',
    });
    expect(buddhistDateToIso({ day: '1', month: '3', year: '69' })).toEqual({
      ok: false,
      problem: 'date_year_not_be',
    });
    expect(buddhistDateToIso({ day: '29', month: '2', year: '2569' })).toEqual({
      ok: false,
      problem: 'date_no_such_date',
    });
    expect(buddhistDateToIso({ day: '31', month: '4', year: '2569' })).toEqual({
      ok: false,
      problem: 'date_no_such_date',
    });
    expect(buddhistDateToIso({ day: '1', month: '', year: '2569' })).toEqual({
      ok: false,
      problem: 'date_incomplete',
    });
  });
});

describe('the audit log page', () => {
  it('shows the newest events first, in Thai time and the Buddhist era, with translated names', async () => {
    const { listCalls } = setup({
      'audit.list': () => ({
        ok: true,
        value: {
          events: [
            event(3, {
              action: 'account.disabled',
              targetType: 'user',
              targetId: '2',
              at: '2026-03-14T17:30:00.000Z',
            }),
            event(2, {
              action: 'session.sign_in',
              outcome: 'failure',
              actorUserName: 'nobody',
              actorRole: null,
            }),
            event(1, {
              action: 'account.removed',
              targetType: 'user',
              targetId: '99',
              outcome: 'denied',
            }),
          ],
          hasMore: false,
        },
      }),
    });
    const table = await screen.findByRole('table', { name: th.audit.tableLabel });
    expect(listCalls()).toEqual([{ limit: AUDIT_PAGE_SIZE }]);

    const [newest, failed, oldest] = within(table).getAllByRole('row').slice(1) as [
      HTMLElement,
      HTMLElement,
      HTMLElement,
    ];
    // 17:30 UTC on 14 March is 00:30 on 15 March in Bangkok.
    expect(within(newest).getByText('15 มี.ค. 2569 00:30')).toBeInTheDocument();
    expect(within(newest).getByText('admin.kk')).toBeInTheDocument();
    expect(within(newest).getByText(th.auth.roles.admin)).toBeInTheDocument();
    expect(within(newest).getByText(th.accounts.auditActions.account.disabled)).toBeInTheDocument();
    await waitFor(() =>
      expect(
        within(newest).getByText(fill(th.audit.targets.user, { userName: 'kasem.s' })),
      ).toBeInTheDocument(),
    );
    expect(within(newest).getByText(th.audit.outcomes.success)).toBeInTheDocument();
    expect(within(newest).getByText('KK-OFFICE-PC1')).toBeInTheDocument();

    expect(within(failed).getByText(th.auth.auditActions.session.sign_in)).toBeInTheDocument();
    expect(within(failed).getByText(th.audit.outcomes.failure)).toBeInTheDocument();
    // A removed account is not listed any more: its number still says which one it was.
    expect(
      within(oldest).getByText(fill(th.audit.targets.userId, { id: '99' })),
    ).toBeInTheDocument();
    expect(within(oldest).getByText(th.audit.outcomes.denied)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: th.audit.loadMore })).not.toBeInTheDocument();
  });

  it('offers every action, translated, in the action filter', async () => {
    setup();
    const select = await screen.findByLabelText(th.audit.filters.action);
    const options = within(select).getAllByRole('option');
    expect(options).toHaveLength(AUDIT_ACTIONS.length + 1);
    expect(options.map((option) => option.getAttribute('value'))).toEqual(['', ...AUDIT_ACTIONS]);
    expect(options.map((option) => option.textContent)).not.toContain('');
  });

  it('builds the query from the filters, with Buddhist-era dates sent as ISO dates', async () => {
    const { user, listCalls } = setup();
    await screen.findByRole('table', { name: th.audit.tableLabel });

    await user.type(screen.getByLabelText(th.audit.filters.userName), ' kasem.s ');
    await user.selectOptions(
      screen.getByLabelText(th.audit.filters.action),
      th.accounts.auditActions.account.password_reset,
    );
    await user.selectOptions(
      screen.getByLabelText(th.audit.filters.outcome),
      th.audit.outcomes.failure,
    );
    await typeDate(user, th.audit.filters.from, ['1', 'มีนาคม', '2569']);
    await typeDate(user, th.audit.filters.to, ['31', 'มีนาคม', '2569']);
    await user.click(screen.getByRole('button', { name: th.audit.filters.search }));

    await waitFor(() => expect(listCalls()).toHaveLength(2));
    expect(listCalls()[1]).toEqual({
      actorUserName: 'kasem.s',
      action: 'account.password_reset',
      outcome: 'failure',
      from: '2026-03-01',
      to: '2026-03-31',
      limit: AUDIT_PAGE_SIZE,
    });

    await user.click(screen.getByRole('button', { name: th.audit.filters.clear }));
    await waitFor(() => expect(listCalls()).toHaveLength(3));
    expect(listCalls()[2]).toEqual({ limit: AUDIT_PAGE_SIZE });
    expect(within(dateGroup(th.audit.filters.from)).getByLabelText(th.audit.date.year)).toHaveValue(
      '',
    );
  });

  it('refuses a Gregorian year, an impossible date and an end before the start, without asking main', async () => {
    const { user, listCalls } = setup();
    await screen.findByRole('table', { name: th.audit.tableLabel });

    await typeDate(user, th.audit.filters.from, ['1', 'มีนาคม', '2026']);
    await typeDate(user, th.audit.filters.to, ['30', 'กุมภาพันธ์', '2569']);
    await user.click(screen.getByRole('button', { name: th.audit.filters.search }));

    const yearMessage = fill(th.audit.date.yearNotBe, { example: new Date().getFullYear() + 543 });
    expect(
      await within(dateGroup(th.audit.filters.from)).findByText(yearMessage),
    ).toBeInTheDocument();
    expect(
      within(dateGroup(th.audit.filters.to)).getByText(th.audit.date.noSuchDate),
    ).toBeInTheDocument();
    expect(
      within(dateGroup(th.audit.filters.from)).getByLabelText(th.audit.date.year),
    ).toHaveAttribute('aria-invalid', 'true');

    const fromYear = within(dateGroup(th.audit.filters.from)).getByLabelText(th.audit.date.year);
    await user.clear(fromYear);
    await user.type(fromYear, '2569');
    const toDay = within(dateGroup(th.audit.filters.to)).getByLabelText(th.audit.date.day);
    await user.clear(toDay);
    await user.type(toDay, '28');
    await user.click(screen.getByRole('button', { name: th.audit.filters.search }));
    expect(await screen.findByText(th.audit.filters.dateOrder)).toBeInTheDocument();

    expect(listCalls()).toHaveLength(1);
  });

  it('loads older events below the oldest one shown', async () => {
    const { user, listCalls } = setup();
    const table = await screen.findByRole('table', { name: th.audit.tableLabel });
    expect(within(table).getAllByRole('row')).toHaveLength(AUDIT_PAGE_SIZE + 1);

    await user.click(screen.getByRole('button', { name: th.audit.loadMore }));
    await waitFor(() =>
      expect(within(table).getAllByRole('row')).toHaveLength(2 * AUDIT_PAGE_SIZE + 1),
    );
    expect(listCalls()[1]).toEqual({
      beforeSeq: 120 - AUDIT_PAGE_SIZE + 1,
      limit: AUDIT_PAGE_SIZE,
    });

    await user.click(screen.getByRole('button', { name: th.audit.loadMore }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(120 + 1));
    expect(screen.queryByRole('button', { name: th.audit.loadMore })).not.toBeInTheDocument();
    expect(screen.getByText(fill(th.audit.shown, { shown: 120 }))).toBeInTheDocument();
  });

  it('says the log is intact after a successful check', async () => {
    const verdict: AuditVerification = {
      ok: true,
      checked: 1234,
      firstBroken: null,
      verifiedAt: '2026-03-14T03:00:00.000Z',
    };
    const { user, fake } = setup({ 'audit.verify': () => ({ ok: true, value: verdict }) });
    await user.click(await screen.findByRole('button', { name: th.audit.verify.button }));

    expect(await screen.findByText(th.audit.verify.okTitle)).toBeInTheDocument();
    expect(
      screen.getByText(
        fill(th.audit.verify.okBody, { checked: '1,234', at: '14 มี.ค. 2569 10:00' }),
      ),
    ).toBeInTheDocument();
    expect(fake.calls.filter((call) => call.channel === 'audit.verify')).toHaveLength(1);
  });

  it.each([
    ['mac_mismatch', 57],
    ['gap', 58],
    ['tail_cut', 301],
    ['anchor_mismatch', 300],
    ['anchor_missing', 300],
  ] as const)(
    'explains a broken chain (%s) and tells the clerk to tell their supervisor',
    async (problem, seq) => {
      const { user } = setup({
        'audit.verify': () => ({
          ok: true,
          value: {
            ok: false,
            checked: 56,
            firstBroken: { seq, problem },
            verifiedAt: '2026-03-14T03:00:00.000Z',
          },
        }),
      });
      await user.click(await screen.findByRole('button', { name: th.audit.verify.button }));

      const alert = await screen.findByRole('alert');
      expect(within(alert).getByText(th.audit.verify.brokenTitle)).toBeInTheDocument();
      expect(
        within(alert).getByText(
          fill(th.audit.verify.brokenBody, { seq, problem: th.audit.verify.problems[problem] }),
        ),
      ).toBeInTheDocument();
      expect(within(alert).getByText(th.audit.verify.advice)).toBeInTheDocument();
    },
  );

  it('shows a check that could not run', async () => {
    const { user } = setup({ 'audit.verify': () => ({ ok: false, error: { code: 'LOCKED' } }) });
    await user.click(await screen.findByRole('button', { name: th.audit.verify.button }));
    expect(await screen.findByText(th.audit.verify.failed)).toBeInTheDocument();
    expect(screen.getByText(th.shell.errors.LOCKED)).toBeInTheDocument();
  });
});
