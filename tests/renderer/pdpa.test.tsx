import { MantineProvider } from '@mantine/core';
import { Notifications, notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
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
import { CasePage } from '../../src/renderer/src/features/cases/CasePage';
import { PdpaPage } from '../../src/renderer/src/features/pdpa/PdpaPage';
import { catalogues } from '../../src/renderer/src/i18n/catalogues';
import type { PdpaRequest, PdpaSubject } from '../../src/shared/domain/pdpa';
import { fakeCaseFileHandlers, sampleCaseFile } from './support/fake-cases';
import { installFakeKaona, type FakeHandlers } from './support/fake-kaona';
import { FAKE_OFFICER, signedInAs, type FakePerson } from './support/fake-session';
import { sessionUser } from './support/render-cases-page';

const p = catalogues.th.pdpa;
const FAKE_SUPERVISOR: FakePerson = {
  ...FAKE_OFFICER,
  id: 3,
  userName: 'wilai.s',
  role: 'supervisor',
};

function request(overrides: Partial<PdpaRequest> = {}): PdpaRequest {
  return {
    id: 7,
    beneficiaryId: 11,
    personName: 'นางสาวสมศรี ใจดี',
    caseNumbers: ['2569-000005'],
    kind: 'access',
    receivedOn: '2026-11-01',
    dueOn: '2026-12-01',
    requester: 'self',
    representativeName: '',
    channel: 'in_person',
    note: '',
    status: 'open',
    deadline: 'overdue',
    reason: '',
    recordedBy: 'เกษม สุขใจ',
    recordedAt: '2026-11-01T03:00:00.000Z',
    handledBy: null,
    handledAt: null,
    ...overrides,
  };
}

function subject(overrides: Partial<PdpaSubject> = {}): PdpaSubject {
  return {
    beneficiaryId: 11,
    personName: 'นางสาวสมศรี ใจดี',
    erasedAt: null,
    hasOpenCase: false,
    consents: [
      {
        id: 2,
        purpose: 'photos',
        granted: false,
        noticeVersion: '2569-2',
        givenBy: 'guardian',
        guardianName: 'นางแม่ ใจดี',
        note: '',
        recordedAt: '2026-11-20T03:00:00.000Z',
        recordedBy: 'เกษม สุขใจ',
      },
      {
        id: 1,
        purpose: 'photos',
        granted: true,
        noticeVersion: '2569-1',
        givenBy: 'self',
        guardianName: '',
        note: '',
        recordedAt: '2026-11-01T03:00:00.000Z',
        recordedBy: 'เกษม สุขใจ',
      },
    ],
    requests: [request({ kind: 'erasure', deadline: 'due_soon' })],
    ...overrides,
  };
}

function setup(person: FakePerson, path: string, handlers: FakeHandlers = {}) {
  const file = sampleCaseFile();
  const fake = installFakeKaona({
    session: { info: signedInAs(person) },
    handlers: {
      ...fakeCaseFileHandlers(file),
      'referrals.list': () => ({ ok: true, value: [] }),
      'pdpa.subject': () => ({ ok: true, value: subject() }),
      'pdpa.listRequests': () => ({ ok: true, value: [request()] }),
      'pdpa.retentionReport': () => ({
        ok: true,
        value: { retentionYears: 5, cutoff: '2021-11-26', rows: [] },
      }),
      'pdpa.erase': () => ({
        ok: true,
        value: { beneficiaryId: 11, casesErased: 1, documentsRedacted: 0, attachmentsRemoved: 0 },
      }),
      ...handlers,
    },
  });
  notifications.clean();
  const session: SessionContextValue = {
    info: {
      status: 'signed-in',
      user: sessionUser(person),
      agencyName: 'สนง.',
      idleLockMinutes: 5,
    },
    refresh: vi.fn(async () => {}),
    apply: vi.fn(),
  };
  const router = createMemoryRouter(
    [
      { path: '/cases/:caseId', element: <CasePage /> },
      { path: '/pdpa', element: <PdpaPage /> },
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
  return { user: userEvent.setup(), callsTo, file };
}

describe('the PDPA tab on the case page', () => {
  it('shows every consent row and the requests; an officer gets no export or erasure', async () => {
    const { user } = setup(FAKE_OFFICER, `/cases/${sampleCaseFile().case.caseId}`);
    await user.click(await screen.findByRole('tab', { name: p.tab }));
    const consents = await screen.findByTestId('pdpa-consents');
    expect(within(consents).getAllByRole('row')).toHaveLength(3);
    expect(within(consents).getByText('ผู้ปกครอง/ผู้แทน (นางแม่ ใจดี)')).toBeVisible();
    expect(within(consents).getByText(p.consents.withdrawn)).toBeVisible();
    expect(screen.getByText(p.deadlines.due_soon)).toBeVisible();
    expect(screen.queryByTestId('pdpa-export')).toBeNull();
    expect(screen.queryByTestId('pdpa-erase')).toBeNull();
  });

  it('a supervisor erases on the erasure request after typing a reason', async () => {
    const { user, callsTo } = setup(FAKE_SUPERVISOR, `/cases/${sampleCaseFile().case.caseId}`);
    await user.click(await screen.findByRole('tab', { name: p.tab }));
    expect(await screen.findByTestId('pdpa-export')).toBeVisible();
    await user.click(screen.getByTestId('pdpa-erase'));
    await user.click(screen.getByRole('button', { name: p.erase.confirm }));
    expect(callsTo('pdpa.erase')).toEqual([]);
    await user.type(screen.getByTestId('pdpa-erase-reason'), 'เจ้าของข้อมูลขอให้ลบ');
    await user.click(screen.getByRole('button', { name: p.erase.confirm }));
    expect(await screen.findByText(p.erase.done)).toBeVisible();
    expect(callsTo('pdpa.erase')).toEqual([{ requestId: 7, reason: 'เจ้าของข้อมูลขอให้ลบ' }]);
    // Every notice can be closed by name (axe's button-name; the e2e walk found it unnamed).
    const notice = (await screen.findByText(p.erase.done)).closest('.mantine-Notification-root');
    expect(within(notice as HTMLElement).getByRole('button', { name: 'ปิด' })).toBeVisible();
  });

  it('a supervisor exports the JSON and PDF; the notice names both files and closes by name', async () => {
    const { user, callsTo } = setup(FAKE_SUPERVISOR, `/cases/${sampleCaseFile().case.caseId}`, {
      'pdpa.exportSubject': () => ({
        ok: true,
        value: { done: true, fileName: 'ข้อมูลส่วนบุคคล-11.json', pdfFileName: 'ข้อมูลส่วนบุคคล-11.pdf' },
      }),
    });
    await user.click(await screen.findByRole('tab', { name: p.tab }));
    await user.click(await screen.findByTestId('pdpa-export'));
    const message = await screen.findByText(
      'บันทึกไฟล์ ข้อมูลส่วนบุคคล-11.json และ ข้อมูลส่วนบุคคล-11.pdf แล้ว',
    );
    expect(callsTo('pdpa.exportSubject')).toEqual([{ beneficiaryId: 11 }]);
    const notice = message.closest('.mantine-Notification-root') as HTMLElement;
    expect(within(notice).getByRole('button', { name: 'ปิด' })).toBeVisible();
  });

  it('erasure waits while a case is open', async () => {
    const { user } = setup(FAKE_SUPERVISOR, `/cases/${sampleCaseFile().case.caseId}`, {
      'pdpa.subject': () => ({ ok: true, value: subject({ hasOpenCase: true }) }),
    });
    await user.click(await screen.findByRole('tab', { name: p.tab }));
    expect(await screen.findByTestId('pdpa-erase')).toBeDisabled();
    expect(screen.getByText(p.erase.openCase)).toBeVisible();
  });

  it('the deadline badge keeps its words whole in the narrow status column', async () => {
    const { user } = setup(FAKE_SUPERVISOR, `/cases/${sampleCaseFile().case.caseId}`);
    await user.click(await screen.findByRole('tab', { name: p.tab }));
    const badge = (await screen.findByText(p.deadlines.due_soon)).closest(
      '.mantine-Badge-root',
    ) as HTMLElement;
    // Layout is not computed in jsdom: the rule that stops the ellipsis is what can be checked.
    expect(badge.style.minWidth).toBe('max-content');
  });
});

describe('/pdpa', () => {
  it('lists open requests with the overdue ones marked, in พ.ศ.', async () => {
    setup(FAKE_OFFICER, '/pdpa');
    const table = await screen.findByTestId('pdpa-requests');
    const row = within(table).getByText('นางสาวสมศรี ใจดี').closest('tr')!;
    expect(row).toHaveAttribute('data-deadline', 'overdue');
    expect(within(row).getByText(p.deadlines.overdue)).toBeVisible();
    expect(within(row).getByText('1 ธันวาคม 2569')).toBeVisible();
    expect(await screen.findByText(p.retention.empty)).toBeVisible();
  });
});
