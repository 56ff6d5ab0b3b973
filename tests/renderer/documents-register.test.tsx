import { MantineProvider } from '@mantine/core';
import { sampleLetter } from '../../scripts/print/sample-view';
import { Notifications, notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
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
import { ReferralLetterPanel } from '../../src/renderer/src/features/documents/letter/ReferralLetterPanel';
import { DocumentPage } from '../../src/renderer/src/features/documents/register/DocumentPage';
import { RegisterPage } from '../../src/renderer/src/features/documents/register/RegisterPage';
import { catalogues } from '../../src/renderer/src/i18n/catalogues';
import type {
  DocumentDetail,
  DocumentListQuery,
  DocumentRow,
  LetterModel,
  Referral,
} from '../../src/shared/domain/documents';
import type { SessionUserInfo } from '../../src/shared/domain/accounts';
import { installFakeKaona, type FakeHandlers } from './support/fake-kaona';
import { FAKE_OFFICER, signedInAs, type FakePerson } from './support/fake-session';
import { fill, label } from './support/text';

const { th } = catalogues;
const tr = th.documents.register;

function sessionUser({ password: _password, ...user }: FakePerson): SessionUserInfo {
  return user;
}

function row(overrides: Partial<DocumentRow> = {}): DocumentRow {
  return {
    documentId: 7,
    kind: 'referral_letter',
    number: 'พม 0033/12',
    caseId: 3,
    caseNumber: '2569-000003',
    personName: 'นางสมหญิง ทดสอบ',
    issuedOn: '2026-11-26',
    issuedAt: '2026-11-26T03:00:00.000Z',
    issuedByDisplayName: 'อนันต์ ทองดี',
    status: 'issued',
    voidReason: null,
    voidedAt: null,
    printCount: 0,
    referralId: 4,
    batchId: null,
    ...overrides,
  };
}

const MODEL: LetterModel = sampleLetter({ number: 'พม 0033/12' });

function detail(overrides: Partial<DocumentDetail> = {}): DocumentDetail {
  return { ...row(), sha256: 'a'.repeat(64), intact: true, model: MODEL, images: {}, ...overrides };
}

function renderAt(path: string, handlers: FakeHandlers, element?: React.ReactNode) {
  notifications.clean();
  const fake = installFakeKaona({ session: { info: signedInAs(FAKE_OFFICER) }, handlers });
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
      { path: '/documents', element: <RegisterPage /> },
      { path: '/documents/:documentId', element: <DocumentPage /> },
      { path: '/cases/:caseId', element: <p>case page</p> },
      { path: '/panel', element },
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
  return { fake, router, user: userEvent.setup() };
}

describe('the document register page', () => {
  it('lists the documents with their case, พ.ศ. date, status and void reason', async () => {
    const rows = [
      row(),
      row({
        documentId: 8,
        number: 'พม 0033/11',
        status: 'void',
        voidReason: 'พิมพ์ชื่อหน่วยงานผิด',
        voidedAt: '2026-11-27T03:00:00.000Z',
        printCount: 2,
      }),
    ];
    const { fake } = renderAt('/documents', {
      'documents.list': () => ({ ok: true, value: { rows, total: 2 } }),
    });
    const table = await screen.findByRole('table', { name: tr.tableLabel }, { timeout: 5000 });
    expect(screen.getByText(fill(tr.found, { total: '2' }))).toBeVisible();
    const bodyRows = within(table).getAllByRole('row').slice(1);
    expect(bodyRows).toHaveLength(2);
    expect(within(bodyRows[0]!).getByRole('link', { name: 'พม 0033/12' })).toHaveAttribute(
      'href',
      '/documents/7',
    );
    expect(within(bodyRows[0]!).getByRole('link', { name: 'นางสมหญิง ทดสอบ' })).toHaveAttribute(
      'href',
      '/cases/3',
    );
    expect(within(bodyRows[0]!).getByText('26 พ.ย. 2569')).toBeVisible();
    expect(within(bodyRows[1]!).getByText(tr.statuses.void)).toBeVisible();
    expect(within(bodyRows[1]!).getByText('พิมพ์ชื่อหน่วยงานผิด')).toBeVisible();
    const first = fake.calls.find((call) => call.channel === 'documents.list')!
      .input as DocumentListQuery;
    expect(first).toEqual({
      kind: null,
      status: null,
      caseId: null,
      from: null,
      to: null,
      text: '',
      offset: 0,
      limit: 200,
    });
  });

  it('sends the typed text to main and says when nothing matches', async () => {
    const { fake, user } = renderAt('/documents', {
      'documents.list': () => ({ ok: true, value: { rows: [], total: 0 } }),
    });
    expect(await screen.findByText(tr.empty, {}, { timeout: 5000 })).toBeVisible();
    await user.type(screen.getByRole('searchbox', { name: label(tr.search) }), 'สมหญิง');
    await waitFor(() =>
      expect(
        fake.calls.some(
          (call) =>
            call.channel === 'documents.list' && (call.input as DocumentListQuery).text === 'สมหญิง',
        ),
      ).toBe(true),
    );
    expect(await screen.findByText(tr.noResults)).toBeVisible();
  });
});

describe('a document page', () => {
  it('shows the details, intact, the preview and the output buttons', async () => {
    renderAt('/documents/7', { 'documents.get': () => ({ ok: true, value: detail() }) });
    expect(await screen.findByTestId('document-intact', {}, { timeout: 5000 })).toHaveTextContent(
      tr.document.intact,
    );
    expect(screen.getByTestId('print-preview')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: catalogues.th.documents.output.savePdf }),
    ).toBeInTheDocument();
    expect(screen.getByText(tr.document.notPrinted)).toBeVisible();
  });

  it('says when the snapshot is damaged, and offers no printing then', async () => {
    renderAt('/documents/7', {
      'documents.get': () => ({ ok: true, value: detail({ intact: false }) }),
    });
    expect(await screen.findByTestId('document-damaged', {}, { timeout: 5000 })).toHaveTextContent(
      tr.document.damaged,
    );
    expect(
      screen.queryByRole('button', { name: catalogues.th.documents.output.savePdf }),
    ).toBeNull();
  });

  it('voids with a required reason, then shows it void', async () => {
    let current = detail();
    const { fake, user } = renderAt('/documents/7', {
      'documents.get': () => ({ ok: true, value: current }),
      'documents.void': ({ reason }) => {
        current = detail({
          status: 'void',
          voidReason: reason,
          voidedAt: '2026-11-27T03:00:00.000Z',
        });
        return { ok: true, value: current };
      },
    });
    await user.click(
      await screen.findByRole('button', { name: tr.document.void }, { timeout: 5000 }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: fill(tr.void.title, { number: 'พม 0033/12' }),
    });
    await user.type(within(dialog).getByRole('textbox', { name: label(tr.void.reason) }), 'ผิด');
    await user.click(within(dialog).getByRole('button', { name: tr.void.submit }));
    expect(await within(dialog).findByText(tr.void.reasonTooShort)).toBeVisible();
    expect(fake.calls.some((call) => call.channel === 'documents.void')).toBe(false);

    await user.type(
      within(dialog).getByRole('textbox', { name: label(tr.void.reason) }),
      'ชื่อหน่วยงาน ออกฉบับใหม่แทน',
    );
    await user.click(within(dialog).getByRole('button', { name: tr.void.submit }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fake.calls.find((call) => call.channel === 'documents.void')?.input).toEqual({
      documentId: 7,
      reason: 'ผิดชื่อหน่วยงาน ออกฉบับใหม่แทน',
    });
    expect(await screen.findByText('ผิดชื่อหน่วยงาน ออกฉบับใหม่แทน')).toBeVisible();
    expect(screen.queryByRole('button', { name: tr.document.void })).toBeNull();
  });

  it('shows main’s refusal inside the void dialog', async () => {
    const { user } = renderAt('/documents/7', {
      'documents.get': () => ({ ok: true, value: detail() }),
      'documents.void': () => ({
        ok: false,
        error: { code: 'CONFLICT', reason: 'document_already_void' },
      }),
    });
    await user.click(
      await screen.findByRole('button', { name: tr.document.void }, { timeout: 5000 }),
    );
    const dialog = await screen.findByRole('dialog');
    await user.type(
      within(dialog).getByRole('textbox', { name: label(tr.void.reason) }),
      'ออกซ้ำโดยไม่ตั้งใจ',
    );
    await user.click(within(dialog).getByRole('button', { name: tr.void.submit }));
    expect(
      await within(dialog).findByText(th.documents.reasons.document_already_void),
    ).toBeVisible();
  });
});

describe('the referral letter panel', () => {
  const referral = {
    referralId: 4,
    caseId: 3,
    status: 'draft',
    letterDocumentId: null,
    letterNumber: null,
    sentOn: null,
    consentGiven: true,
  } as unknown as Referral;
  const letterhead = {
    'letterhead.get': () => ({
      ok: true as const,
      value: {
        agencyName: 'สำนักงาน',
        addressLines: ['ที่อยู่'],
        phone: '',
        fax: '',
        email: '',
        owningDivision: 'กลุ่ม',
        numberPrefix: 'พม 0033/',
        thaiDigits: true,
        emblemImageId: null,
        defaultLetterSignerId: 2,
        defaultCertificateSignerIds: [],
        version: 1,
        configured: true,
      },
    }),
    'letterhead.signers': () => ({
      ok: true as const,
      value: [
        {
          signerId: 1,
          fullName: 'นายหนึ่ง',
          positionLines: ['ก'],
          signatureImageId: null,
          active: true,
          version: 1,
        },
        {
          signerId: 2,
          fullName: 'นายสอง',
          positionLines: ['ข'],
          signatureImageId: null,
          active: true,
          version: 1,
        },
      ],
    }),
  } satisfies FakeHandlers;

  it('previews with the default signer and issues after a confirmation', async () => {
    const onChanged = vi.fn();
    const tl = th.documents.letter;
    const { fake, user } = renderAt(
      '/panel',
      {
        ...letterhead,
        'documents.previewLetter': () => ({ ok: true, value: { items: [], images: {} } }),
        'documents.issueLetter': () => ({ ok: true, value: detail() }),
      },
      <ReferralLetterPanel referral={referral} onChanged={onChanged} />,
    );
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: tl.signer })).toHaveValue('นายสอง'),
    );
    await user.click(screen.getByRole('button', { name: tl.preview }));
    expect(await screen.findByTestId('print-preview')).toBeInTheDocument();
    expect(fake.calls.find((call) => call.channel === 'documents.previewLetter')?.input).toEqual({
      referralId: 4,
      signerId: 2,
    });
    await user.click(screen.getByRole('button', { name: th.shell.common.close }));
    await user.click(screen.getByRole('button', { name: tl.issue }));
    const dialog = await screen.findByRole('dialog', { name: tl.confirmTitle });
    expect(within(dialog).getByText(tl.confirmText)).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: tl.confirm }));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(fake.calls.find((call) => call.channel === 'documents.issueLetter')?.input).toEqual({
      referralId: 4,
      signerId: 2,
    });
  });

  it('explains that a referral without consent cannot get a letter', async () => {
    renderAt(
      '/panel',
      letterhead,
      <ReferralLetterPanel referral={{ ...referral, consentGiven: false }} onChanged={vi.fn()} />,
    );
    expect(await screen.findByText(th.documents.letter.noConsent)).toBeVisible();
    expect(screen.queryByRole('button', { name: th.documents.letter.issue })).toBeNull();
  });
});
