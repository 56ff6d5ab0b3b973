import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../src/renderer/src/i18n/catalogues';
import { ATTACHMENT_MAX_BYTES, type CaseFile } from '../../src/shared/domain/cases';
import { fakeCaseFileHandlers, sampleCaseFile } from './support/fake-cases';
import { installFakeKaona, type FakeHandlers } from './support/fake-kaona';
import { FAKE_ADMIN, FAKE_OFFICER, signedInAs } from './support/fake-session';
import { renderCasesPage, sessionUser } from './support/render-cases-page';
import { fill } from './support/text';

const { th } = catalogues;

function setup(
  options: { file?: CaseFile; handlers?: FakeHandlers; admin?: boolean; path?: string } = {},
) {
  const person = options.admin ? FAKE_ADMIN : FAKE_OFFICER;
  const fake = installFakeKaona({
    session: { info: signedInAs(person) },
    handlers: { ...fakeCaseFileHandlers(options.file), ...options.handlers },
  });
  const rendered = renderCasesPage(options.path ?? '/cases/5', sessionUser(person));
  const callsTo = (channel: string) => fake.calls.filter((call) => call.channel === channel);
  return { fake, callsTo, ...rendered };
}

async function openTab(user: ReturnType<typeof setup>['user'], name: string) {
  await user.click(await screen.findByRole('tab', { name }, { timeout: 5000 }));
}

describe('the case file', () => {
  it('shows who the person is and where the case stands, with its parts in tabs', async () => {
    setup();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'นางสาวสมศรี ใจดี' }, { timeout: 5000 }),
    ).toBeVisible();
    expect(screen.getByText('KK-2569-00005')).toBeVisible();
    expect(screen.getAllByText(th.cases.codes.statuses.active)[0]).toBeVisible();
    expect(screen.getByText(th.cases.codes.targetGroups.underprivileged)).toBeVisible();
    expect(
      screen.getByText(fill(th.cases.file.consentSummary, { granted: 2, total: 4 })),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'KK-2568-00002' })).toHaveAttribute('href', '/cases/2');
    for (const tab of Object.values(th.cases.tabs)) {
      expect(screen.getByRole('tab', { name: tab })).toBeVisible();
    }
    // Masked until shown.
    expect(screen.getByText('x-xxxx-xxxxx-12-1')).toBeVisible();
    expect(screen.queryByText('1-2345-67890-12-1')).not.toBeInTheDocument();
  });

  it('shows a sensitive value only on "show", through an audited reveal, and hides it again', async () => {
    const { user, callsTo } = setup();
    const identity = await screen.findByRole(
      'region',
      { name: th.cases.sections.identity },
      { timeout: 5000 },
    );
    expect(callsTo('cases.reveal')).toHaveLength(0);
    await user.click(within(identity).getByRole('button', { name: th.cases.profile.show }));
    expect(await within(identity).findByText('1-2345-67890-12-1')).toBeVisible();
    expect(callsTo('cases.reveal').map((call) => call.input)).toEqual([
      { caseId: 5, field: 'national_id' },
    ]);
    await user.click(within(identity).getByRole('button', { name: th.cases.profile.hide }));
    expect(within(identity).queryByText('1-2345-67890-12-1')).not.toBeInTheDocument();
  });

  it('keeps a revealed value out of the query cache, and hidden again after leaving the page', async () => {
    const { user, queryClient, router } = setup({
      handlers: { 'cases.search': () => ({ ok: true, value: { rows: [], total: 0 } }) },
    });
    const identity = await screen.findByRole(
      'region',
      { name: th.cases.sections.identity },
      { timeout: 5000 },
    );
    await user.click(within(identity).getByRole('button', { name: th.cases.profile.show }));
    await within(identity).findByText('1-2345-67890-12-1');
    const cached = JSON.stringify([
      queryClient
        .getQueryCache()
        .getAll()
        .map((query) => query.state.data),
      queryClient
        .getMutationCache()
        .getAll()
        .map((mutation) => mutation.state.data),
    ]);
    expect(cached).not.toContain('1234567890121');

    await router.navigate('/cases');
    await screen.findByText(th.cases.list.empty);
    await router.navigate('/cases/5');
    const again = await screen.findByRole('region', { name: th.cases.sections.identity });
    expect(within(again).getByText('x-xxxx-xxxxx-12-1')).toBeVisible();
    expect(within(again).queryByText('1-2345-67890-12-1')).not.toBeInTheDocument();
  });

  it('offers no "show" to a role that may not reveal', async () => {
    setup({ admin: true, file: sampleCaseFile({ canReveal: false }) });
    await screen.findByRole('heading', { level: 1 }, { timeout: 5000 });
    expect(screen.queryByRole('button', { name: th.cases.profile.show })).not.toBeInTheDocument();
  });

  it("says an erased person's data is gone and offers no edit, consent change or attachment", async () => {
    const file = sampleCaseFile();
    const { user } = setup({
      file: {
        ...file,
        profile: { ...file.profile, erasedAt: '2026-12-01T03:00:00.000Z' },
        case: { ...file.case, status: 'closed' },
      },
    });
    expect(await screen.findByTestId('case-erased', {}, { timeout: 5000 })).toHaveTextContent(
      th.cases.file.erasedTitle,
    );
    expect(screen.queryByRole('button', { name: /^แก้ไข/ })).not.toBeInTheDocument();
    await openTab(user, th.cases.tabs.consents);
    await screen.findByRole('table', { name: th.cases.consents.tableLabel });
    expect(
      screen.queryByRole('button', { name: th.cases.consents.withdraw }),
    ).not.toBeInTheDocument();
  });

  it('offers only the statuses the lifecycle allows, and needs a reason to close', async () => {
    const { user, callsTo } = setup();
    await user.click(
      await screen.findByRole('button', { name: th.cases.file.changeStatus }, { timeout: 5000 }),
    );
    const dialog = await screen.findByRole('dialog', { name: th.cases.statusDialog.title });
    const options = within(dialog)
      .getAllByRole('radio')
      .map((radio) => radio.getAttribute('value'));
    expect(options).toEqual(['mentoring', 'referred_out', 'closed']);

    await user.click(within(dialog).getByRole('radio', { name: th.cases.codes.statuses.closed }));
    await user.click(within(dialog).getByRole('button', { name: th.cases.statusDialog.submit }));
    expect(await within(dialog).findByText(th.cases.reasons.status_reason_required)).toBeVisible();
    expect(callsTo('cases.changeStatus')).toHaveLength(0);

    await user.type(within(dialog).getByRole('textbox', { name: /เหตุผล/ }), 'ย้ายไปต่างจังหวัด');
    await user.click(within(dialog).getByRole('button', { name: th.cases.statusDialog.submit }));
    await waitFor(() =>
      expect(callsTo('cases.changeStatus').map((call) => call.input)).toEqual([
        { caseId: 5, to: 'closed', reason: 'ย้ายไปต่างจังหวัด' },
      ]),
    );
  });

  it('refuses a file over the limit before reading it or calling main', async () => {
    const { user, callsTo, container } = setup();
    await openTab(user, th.cases.tabs.attachments);
    const file = new File(['x'], 'scan.pdf', { type: 'application/pdf' });
    Object.defineProperty(file, 'size', { value: ATTACHMENT_MAX_BYTES + 1 });
    let read = false;
    file.arrayBuffer = () => {
      read = true;
      return Promise.resolve(new ArrayBuffer(1));
    };
    const input = container.ownerDocument.querySelector<HTMLInputElement>('input[type=file]');
    expect(input).not.toBeNull();
    await user.upload(input as HTMLInputElement, file);
    expect(await screen.findByRole('alert')).toHaveTextContent('scan.pdf');
    expect(read).toBe(false);
    expect(callsTo('cases.addAttachment')).toHaveLength(0);
  });

  it("sends a file under the limit as base64 and shows main's reason when it is refused", async () => {
    const { user, callsTo, container } = setup({
      handlers: {
        'cases.addAttachment': () => ({
          ok: false,
          error: { code: 'VALIDATION', reason: 'attachment_type_not_allowed' },
        }),
      },
    });
    await openTab(user, th.cases.tabs.attachments);
    const input = container.ownerDocument.querySelector<HTMLInputElement>('input[type=file]');
    await user.upload(
      input as HTMLInputElement,
      new File(['hello'], 'a.png', { type: 'image/png' }),
    );
    expect(await screen.findByText(th.cases.reasons.attachment_type_not_allowed)).toBeVisible();
    expect(callsTo('cases.addAttachment').map((call) => call.input)).toEqual([
      { caseId: 5, fileName: 'a.png', caption: '', dataBase64: btoa('hello') },
    ]);
  });

  it('lists who changed which field, and never a sensitive value', async () => {
    const { user } = setup();
    await openTab(user, th.cases.tabs.history);
    const table = await screen.findByRole('table', { name: th.cases.history.tableLabel });
    expect(within(table).getByText(th.cases.fields.contact.phone)).toBeVisible();
    expect(within(table).getByText('081-111-2222 → 081-234-5678')).toBeVisible();
    expect(within(table).getByText(th.cases.fields.baseline.healthNotes)).toBeVisible();
    expect(within(table).getByText(th.cases.history.sensitiveChanged)).toBeVisible();
    expect(within(table).getByText('อรุณ มีสุข')).toBeVisible();
  });

  it('shows the timeline newest first with what each entry was about', async () => {
    const { user } = setup();
    await openTab(user, th.cases.tabs.timeline);
    const panel = await screen.findByRole('tabpanel', { name: th.cases.tabs.timeline });
    const titles = within(panel)
      .getAllByText(/./, { selector: '.mantine-Timeline-itemTitle' })
      .map((title) => title.textContent);
    expect(titles).toEqual([
      th.cases.codes.timelineKinds.status_changed,
      th.cases.codes.timelineKinds.intake,
    ]);
    expect(
      within(panel).getByText(
        fill(th.cases.timeline.statusChange, {
          from: th.cases.codes.statuses.intake,
          to: th.cases.codes.statuses.active,
        }),
      ),
    ).toBeVisible();
    expect(
      within(panel).getByText(fill(th.cases.timeline.reason, { reason: 'พร้อมเริ่ม' })),
    ).toBeVisible();
  });

  it('records a withdrawal of consent, after saying what it means', async () => {
    const { user, callsTo } = setup();
    await openTab(user, th.cases.tabs.consents);
    const table = await screen.findByRole('table', { name: th.cases.consents.tableLabel });
    const lazadaRow = within(table)
      .getAllByRole('row')
      .find((row) => row.textContent?.includes(th.cases.codes.consentPurposes.share_lazada));
    await user.click(
      within(lazadaRow as HTMLElement).getByRole('button', { name: th.cases.consents.withdraw }),
    );
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(th.cases.consents.withdrawExplain)).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: th.cases.consents.withdraw }));
    await waitFor(() =>
      expect(callsTo('cases.changeConsent').map((call) => call.input)).toEqual([
        {
          caseId: 5,
          purpose: 'share_lazada',
          granted: false,
          noticeVersion: '2569-2',
          givenBy: 'self',
          guardianName: '',
          note: '',
        },
      ]),
    );
    expect(
      await screen.findByRole('table', { name: th.cases.consents.historyLabel }),
    ).toBeVisible();
  });

  it('shows HTML in a name as text', async () => {
    const html = '<b onmouseover="alert(1)">สมศรี</b>';
    const file = sampleCaseFile();
    const { container } = setup({
      file: { ...file, profile: { ...file.profile, displayName: html, firstName: html } },
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: html }, { timeout: 5000 }),
    ).toBeVisible();
    expect(container.ownerDocument.querySelector('b[onmouseover]')).toBeNull();
  });

  it('says so when the case does not exist', async () => {
    setup({ path: '/cases/99' });
    expect(
      await screen.findByText(th.cases.reasons.case_not_found, {}, { timeout: 5000 }),
    ).toBeVisible();
  });
});

describe('editing the case file', () => {
  it('saves the person with the birth date typed in พ.ศ. and sent as an ISO day', async () => {
    const { user, callsTo } = setup({
      handlers: { 'cases.updateProfile': () => ({ ok: true, value: null }) },
    });
    const person = await screen.findByRole(
      'region',
      { name: th.cases.sections.person },
      { timeout: 5000 },
    );
    await user.click(within(person).getByRole('button', { name: /แก้ไข/ }));
    const dialog = await screen.findByRole('dialog');
    const birthDate = within(dialog).getByRole('textbox', { name: /วันเกิด/ });
    expect(birthDate).toHaveValue('1/5/2533');
    await user.clear(birthDate);
    await user.type(birthDate, '2/5/1990');
    await user.click(within(dialog).getByRole('button', { name: th.cases.profile.save }));
    expect(
      await within(dialog).findByText(th.shell.dateInput.problems.looks_gregorian),
    ).toBeVisible();
    expect(callsTo('cases.updateProfile')).toHaveLength(0);

    await user.clear(birthDate);
    await user.type(birthDate, '2/5/2533');
    await user.click(within(dialog).getByRole('button', { name: th.cases.profile.save }));
    await waitFor(() => expect(callsTo('cases.updateProfile')).toHaveLength(1));
    expect(callsTo('cases.updateProfile')[0]?.input).toEqual({
      caseId: 5,
      person: {
        title: 'miss',
        titleOther: '',
        firstName: 'สมศรี',
        lastName: 'ใจดี',
        nickname: 'ศรี',
        latinName: '',
        birthDate: '1990-05-02',
        sex: 'female',
      },
    });
  });
});
