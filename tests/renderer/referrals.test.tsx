import { MantineProvider } from '@mantine/core';
import { Notifications, notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../src/renderer/src/api';
import { LanguageProvider } from '../../src/renderer/src/app/providers/LanguageProvider';
import {
  SessionContext,
  type SessionContextValue,
} from '../../src/renderer/src/app/session/session-context';
import { theme } from '../../src/renderer/src/app/theme';
import { CasePage } from '../../src/renderer/src/features/cases/CasePage';
import { ReferralsListPage } from '../../src/renderer/src/features/referrals/list/ReferralsListPage';
import { ReferralPage } from '../../src/renderer/src/features/referrals/page/ReferralPage';
import { catalogues } from '../../src/renderer/src/i18n/catalogues';
import { createI18n } from '../../src/renderer/src/i18n/create-i18n';
import { timelineDetail } from '../../src/renderer/src/features/cases/timeline-detail';
import type { CaseFile, TimelineEntry } from '../../src/shared/domain/cases';
import { DEFAULT_OFFICE_SETTINGS } from '../../src/shared/domain/office-settings';
import type { Agency, Referral } from '../../src/shared/domain/documents';
import { fakeCaseFileHandlers, sampleCaseFile } from './support/fake-cases';
import { installFakeKaona, type FakeHandlers } from './support/fake-kaona';
import { FAKE_OFFICER, signedInAs } from './support/fake-session';
import { sessionUser } from './support/render-cases-page';
import { fill, label } from './support/text';

const { th } = catalogues;
const r = th.referrals;

beforeEach(() => {
  if (!('fonts' in document)) {
    Object.defineProperty(document, 'fonts', {
      configurable: true,
      value: { addEventListener: () => {}, removeEventListener: () => {} },
    });
  }
});

const AGENCY: Agency = {
  agencyId: 4,
  name: 'ศูนย์พัฒนาฝีมือแรงงานจังหวัดขอนแก่น',
  addressee: 'ผู้อำนวยการศูนย์พัฒนาฝีมือแรงงานจังหวัดขอนแก่น',
  addressLines: ['ถนนมิตรภาพ', 'อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000'],
  phone: '043-123456',
  email: '',
  contactPerson: '',
  active: true,
  version: 1,
  referralCount: 0,
};

function withReferralConsent(granted: boolean): CaseFile {
  const file = sampleCaseFile();
  return {
    ...file,
    consents: file.consents.map((state) =>
      state.purpose === 'referral' ? { ...state, granted } : state,
    ),
  };
}

function referral(overrides: Partial<Referral> = {}): Referral {
  return {
    referralId: 31,
    caseId: 5,
    caseNumber: 'KK-2569-00005',
    personName: 'นางสาวสมศรี ใจดี',
    agencyId: AGENCY.agencyId,
    agencyName: AGENCY.name,
    status: 'draft',
    createdAt: '2026-11-26T03:00:00.000Z',
    sentOn: null,
    statusOn: null,
    overdue: false,
    daysWaiting: null,
    letterDocumentId: null,
    letterNumber: null,
    version: 1,
    addressee: AGENCY.addressee,
    reason: 'ต้องการฝึกทักษะ',
    requestedService: 'รับเข้าอบรม',
    enclosures: [],
    references: [],
    contactPerson: '',
    details: [],
    history: [
      {
        status: 'draft',
        on: '2026-11-26',
        note: '',
        byDisplayName: 'อนันต์ ทองดี',
        at: '2026-11-26T03:00:00.000Z',
      },
    ],
    consentGiven: true,
    ...overrides,
  };
}

function setup(file: CaseFile, handlers: FakeHandlers = {}, path = `/cases/${file.case.caseId}`) {
  const fake = installFakeKaona({
    session: { info: signedInAs(FAKE_OFFICER) },
    handlers: {
      ...fakeCaseFileHandlers(file),
      'referrals.list': () => ({ ok: true, value: [] }),
      'referrals.agencies': () => ({ ok: true, value: [AGENCY] }),
      'referrals.create': (input) => ({ ok: true, value: referral({ ...input }) }),
      'referrals.get': () => ({ ok: true, value: referral() }),
      ...handlers,
    },
  });
  notifications.clean();
  const session: SessionContextValue = {
    info: {
      status: 'signed-in',
      user: sessionUser(FAKE_OFFICER),
      agencyName: 'สำนักงาน พม. จังหวัดขอนแก่น',
      idleLockMinutes: 5,
    },
    refresh: vi.fn(async () => {}),
    apply: vi.fn(),
  };
  const router = createMemoryRouter(
    [
      { path: '/cases/:caseId', element: <CasePage /> },
      { path: '/referrals', element: <ReferralsListPage /> },
      { path: '/referrals/:referralId', element: <ReferralPage /> },
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
  const callsTo = (channel: string) =>
    fake.calls.filter((call) => call.channel === channel).map((call) => call.input);
  return { user: userEvent.setup(), router, callsTo };
}

async function openReferralsTab(user: ReturnType<typeof setup>['user']) {
  await user.click(await screen.findByRole('tab', { name: r.tab.title }));
}

describe('the case page referrals tab', () => {
  it('without the referral consent, explains why and how, and offers no referral', async () => {
    const { user, callsTo } = setup(withReferralConsent(false));
    await openReferralsTab(user);
    expect(await screen.findByText(r.noConsent.title)).toBeVisible();
    expect(screen.getByText(r.noConsent.why)).toBeVisible();
    expect(screen.getByText(r.noConsent.how)).toBeVisible();
    expect(screen.getByRole('button', { name: r.tab.create })).toBeDisabled();
    expect(await screen.findByText(r.tab.empty)).toBeVisible();
    expect(callsTo('referrals.list')).toEqual([{ caseId: 5, status: null, overdueOnly: false }]);
  });

  it('with consent, the form checks every required field before calling main', async () => {
    const { user, callsTo } = setup(withReferralConsent(true));
    await openReferralsTab(user);
    expect(screen.queryByText(r.noConsent.title)).not.toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: r.tab.create }));
    const dialog = await screen.findByRole('dialog', { name: r.form.createTitle });
    // The PDPA hint and the sensitive details marked.
    expect(within(dialog).getByText(r.form.detailsHint)).toBeVisible();
    expect(within(dialog).getAllByText(r.sensitive)).toHaveLength(2);
    await user.click(within(dialog).getByRole('button', { name: r.form.create }));
    expect(await within(dialog).findByText(r.formErrors.choose_agency)).toBeVisible();
    expect(within(dialog).getAllByText(th.shell.formErrors.required)).toHaveLength(3);
    expect(callsTo('referrals.create')).toHaveLength(0);
  });

  it('fills the addressee from the agency chosen, then creates the draft and opens it', async () => {
    const { user, callsTo, router } = setup(withReferralConsent(true));
    await openReferralsTab(user);
    await user.click(await screen.findByRole('button', { name: r.tab.create }));
    const dialog = await screen.findByRole('dialog', { name: r.form.createTitle });
    await user.click(within(dialog).getByRole('combobox', { name: label(r.form.agency) }));
    await user.click(await screen.findByRole('option', { name: AGENCY.name, hidden: true }));
    expect(within(dialog).getByRole('textbox', { name: label(r.form.addressee) })).toHaveValue(
      AGENCY.addressee,
    );
    await user.type(
      within(dialog).getByRole('textbox', { name: label(r.form.reason) }),
      'ต้องการฝึกทักษะ',
    );
    await user.type(
      within(dialog).getByRole('textbox', { name: label(r.form.requestedService) }),
      'รับเข้าอบรม',
    );
    await user.click(
      within(dialog).getByRole('button', { name: `${r.form.enclosures}: ${r.form.addItem}` }),
    );
    await user.type(
      within(dialog).getByRole('textbox', {
        name: `${r.form.enclosures} ${fill(r.form.itemLabel, { number: 1 })}`,
      }),
      'สำเนาบัตรประชาชน',
    );
    await user.click(within(dialog).getByRole('checkbox', { name: r.details.phone }));
    await user.click(within(dialog).getByRole('button', { name: r.form.create }));
    await waitFor(() => expect(callsTo('referrals.create')).toHaveLength(1));
    expect(callsTo('referrals.create')[0]).toEqual({
      caseId: 5,
      agencyId: AGENCY.agencyId,
      addressee: AGENCY.addressee,
      reason: 'ต้องการฝึกทักษะ',
      requestedService: 'รับเข้าอบรม',
      enclosures: ['สำเนาบัตรประชาชน'],
      references: [],
      contactPerson: '',
      details: ['phone'],
    });
    await waitFor(() => expect(router.state.location.pathname).toBe('/referrals/31'));
  });

  it("shows main's refusal when the consent was withdrawn meanwhile", async () => {
    const { user } = setup(withReferralConsent(true), {
      'referrals.create': () => ({
        ok: false,
        error: { code: 'FORBIDDEN', reason: 'referral_no_consent' },
      }),
    });
    await openReferralsTab(user);
    await user.click(await screen.findByRole('button', { name: r.tab.create }));
    const dialog = await screen.findByRole('dialog', { name: r.form.createTitle });
    await user.click(within(dialog).getByRole('combobox', { name: label(r.form.agency) }));
    await user.click(await screen.findByRole('option', { name: AGENCY.name, hidden: true }));
    await user.type(within(dialog).getByRole('textbox', { name: label(r.form.reason) }), 'ก');
    await user.type(
      within(dialog).getByRole('textbox', { name: label(r.form.requestedService) }),
      'ข',
    );
    await user.click(within(dialog).getByRole('button', { name: r.form.create }));
    expect(await within(dialog).findByText(r.reasons.referral_no_consent)).toBeVisible();
  });
});

describe('the referral page', () => {
  it('shows the referral, its history, and records a reply with its date', async () => {
    const sent = referral({ status: 'sent', sentOn: '2026-11-20', version: 2 });
    const { user, callsTo } = setup(
      withReferralConsent(true),
      {
        'referrals.get': () => ({ ok: true, value: sent }),
        'referrals.setStatus': (input) => ({
          ok: true,
          value: { ...sent, status: input.status, version: 3 },
        }),
      },
      '/referrals/31',
    );
    expect(
      await screen.findByRole('heading', { name: fill(r.page.title, { agency: AGENCY.name }) }),
    ).toBeVisible();
    expect(
      screen.getByRole('region', { name: catalogues.th.documents.letter.title }),
    ).toBeInTheDocument();
    // Sending is the letter's job: only the replies are offered here, and no edit once sent.
    expect(screen.queryByRole('button', { name: r.page.edit })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: r.page.changeStatus }));
    const dialog = await screen.findByRole('dialog', { name: r.statusDialog.title });
    expect(
      within(dialog)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['accepted', 'declined', 'cancelled']);
    await user.click(within(dialog).getByRole('button', { name: r.statusDialog.submit }));
    expect(await within(dialog).findByText(r.formErrors.choose_status)).toBeVisible();
    await user.click(within(dialog).getByRole('radio', { name: r.statuses.accepted }));
    await user.click(within(dialog).getByRole('button', { name: r.statusDialog.submit }));
    await waitFor(() => expect(callsTo('referrals.setStatus')).toHaveLength(1));
    expect(callsTo('referrals.setStatus')[0]).toMatchObject({
      referralId: 31,
      version: 2,
      status: 'accepted',
      note: '',
    });
  });
});

describe("the office's referrals", () => {
  it('says how many days make a referral overdue, marks the overdue ones, and filters to them', async () => {
    const waiting = referral({
      referralId: 32,
      status: 'sent',
      sentOn: '2026-11-01',
      daysWaiting: 25,
      overdue: true,
      letterNumber: 'พม ๐๕๐๖/๑๒',
      version: 2,
    });
    const { user, callsTo } = setup(
      withReferralConsent(true),
      {
        'settings.get': () => ({
          ok: true,
          value: { ...DEFAULT_OFFICE_SETTINGS, agencyName: 'สำนักงาน', referralReplyDays: 20 },
        }),
        'referrals.list': ({ overdueOnly }) => ({
          ok: true,
          value: overdueOnly ? [waiting] : [waiting, referral()],
        }),
      },
      '/referrals',
    );
    expect(await screen.findByText(fill(r.list.intro, { days: 20 }))).toBeVisible();
    const table = await screen.findByRole('table', { name: r.list.tableLabel });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    const overdueRow = within(table).getByRole('row', { name: /พม ๐๕๐๖\/๑๒/ });
    expect(within(overdueRow).getByText(fill(r.overdue, { days: 25 }))).toBeVisible();
    expect(within(overdueRow).getByText(fill(r.waiting, { days: 25 }))).toBeVisible();
    await user.click(screen.getByRole('checkbox', { name: r.list.overdueOnly }));
    await waitFor(() =>
      expect(callsTo('referrals.list').at(-1)).toEqual({
        caseId: null,
        status: null,
        overdueOnly: true,
      }),
    );
    // The filtered rows arrive with the new query; the table is found afresh.
    await waitFor(() =>
      expect(
        within(screen.getByRole('table', { name: r.list.tableLabel })).getAllByRole('row'),
      ).toHaveLength(2),
    );
  });
});

describe('editing a draft', () => {
  it('sends the referral and the version it read, without the case', async () => {
    const { user, callsTo } = setup(
      withReferralConsent(true),
      {
        'referrals.update': (input) => ({
          ok: true,
          value: referral({ ...input, version: input.version + 1 }),
        }),
      },
      '/referrals/31',
    );
    await user.click(await screen.findByRole('button', { name: r.page.edit }));
    const dialog = await screen.findByRole('dialog', { name: r.form.editTitle });
    const reason = within(dialog).getByRole('textbox', { name: label(r.form.reason) });
    await user.clear(reason);
    await user.type(reason, 'เหตุผลที่แก้แล้ว');
    await user.click(within(dialog).getByRole('button', { name: r.form.save }));
    await waitFor(() => expect(callsTo('referrals.update')).toHaveLength(1));
    expect(callsTo('referrals.update')[0]).toEqual({
      referralId: 31,
      version: 1,
      agencyId: AGENCY.agencyId,
      addressee: AGENCY.addressee,
      reason: 'เหตุผลที่แก้แล้ว',
      requestedService: 'รับเข้าอบรม',
      enclosures: [],
      references: [],
      contactPerson: '',
      details: [],
    });
  });

  it('offers no edit once the consent was withdrawn, and says why', async () => {
    setup(
      withReferralConsent(false),
      { 'referrals.get': () => ({ ok: true, value: referral({ consentGiven: false }) }) },
      '/referrals/31',
    );
    expect(await screen.findByText(r.page.consentWithdrawn)).toBeVisible();
    expect(screen.getByRole('button', { name: r.page.edit })).toBeDisabled();
  });
});

describe("the case timeline's referral lines", () => {
  it('names the referral and its new status in words', () => {
    const i18n = createI18n('th');
    const t = i18n.getFixedT<['cases', 'shell']>('th', ['cases', 'shell']);
    const entry = (
      kind: TimelineEntry['kind'],
      detail: TimelineEntry['detail'],
    ): TimelineEntry => ({
      id: 1,
      kind,
      at: '2026-11-26T03:00:00.000Z',
      byName: 'อนันต์ ทองดี',
      detail,
    });
    expect(
      timelineDetail(entry('referral_created', { referralId: '31', agencyId: '4' }), t, i18n),
    ).toEqual([fill(r.timeline.referral, { id: 31 })]);
    expect(
      timelineDetail(
        entry('referral_status_changed', { referralId: '31', status: 'accepted' }),
        t,
        i18n,
      ),
    ).toEqual([fill(r.timeline.status, { status: r.statuses.accepted })]);
  });
});
