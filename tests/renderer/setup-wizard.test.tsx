import { act, screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { catalogues } from '../../src/renderer/src/i18n/catalogues';
import { formatDate } from '../../src/renderer/src/i18n/format';
import { installFakeKaona, type FakeKaona } from './support/fake-kaona';
import { FAKE_RECOVERY_CODE } from './support/fake-session';
import { renderApp } from './support/render-app';
import { label } from './support/text';

const { th, en } = catalogues;
const STRONG_PASSWORD = 'Mango-river-lantern-2569';
const AGENCY = 'สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดขอนแก่น';

const channels = (fake: FakeKaona) => fake.calls.map((call) => call.channel);
const callsTo = (fake: FakeKaona, channel: string) =>
  fake.calls.filter((call) => call.channel === channel);

function startSetup(language: 'th' | 'en' = 'th') {
  const fake = installFakeKaona({
    session: { info: { status: 'needs-setup' } },
    preferences: { language },
  });
  return { fake, ...renderApp('/about') };
}

async function fillOffice(
  user: UserEvent,
  {
    password = STRONG_PASSWORD,
    confirmation = password,
  }: { password?: string; confirmation?: string } = {},
) {
  const s = th.auth.setup;
  await user.type(await screen.findByLabelText(label(s.office.agencyName)), AGENCY);
  await user.type(screen.getByLabelText(label(s.admin.fullName)), 'นางสาวสมศรี ใจดี');
  await user.type(screen.getByLabelText(label(s.admin.position)), 'นักพัฒนาสังคมชำนาญการ');
  // Typed with a capital, as people do: main's schema lowers it.
  await user.type(screen.getByLabelText(label(s.admin.userName)), 'Somsri.J');
  await user.type(screen.getByLabelText(label(s.admin.password)), password);
  await user.type(screen.getByLabelText(label(s.admin.confirmPassword)), confirmation);
}

describe('the first-run setup wizard', () => {
  it('asks main for the code, shows it, and completes the office with the admin signed in', async () => {
    const { fake, user } = startSetup();
    await fillOffice(user);
    await user.click(screen.getByRole('button', { name: th.auth.setup.next }));

    // Step 2: the code in five monospace groups, what it is for, and the tick.
    const groups = await screen.findAllByTestId('recovery-code-group');
    expect(groups.map((group) => group.textContent)).toEqual(FAKE_RECOVERY_CODE.split('-'));
    expect(screen.getByText(th.auth.setup.recovery.purpose)).toBeVisible();
    expect(channels(fake)).toContain('setup.begin');
    expect(channels(fake)).not.toContain('setup.complete');

    // Finishing without the tick is refused on the page.
    await user.click(screen.getByRole('button', { name: th.auth.setup.recovery.finish }));
    expect(await screen.findByText(th.auth.setup.recovery.storedRequired)).toBeVisible();
    expect(channels(fake)).not.toContain('setup.complete');

    await user.click(screen.getByRole('checkbox', { name: th.auth.setup.recovery.stored }));
    await user.click(screen.getByRole('button', { name: th.auth.setup.recovery.finish }));

    expect(await screen.findByRole('heading', { name: th.auth.setup.done.heading })).toBeVisible();
    // Main announces the new session at once, and the window may regain focus: the wizard still
    // shows its last step until the admin presses start.
    act(() => fake.emit('session.changed', fake.session.info));
    act(() => void window.dispatchEvent(new Event('focus')));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByRole('heading', { name: th.auth.setup.done.heading })).toBeVisible();
    expect(callsTo(fake, 'setup.complete')).toEqual([
      {
        channel: 'setup.complete',
        input: {
          agencyName: AGENCY,
          adminFullName: 'นางสาวสมศรี ใจดี',
          adminPosition: 'นักพัฒนาสังคมชำนาญการ',
          adminUserName: 'somsri.j',
          password: STRONG_PASSWORD,
          language: 'th',
          recoveryCodeStored: true,
        },
      },
    ]);
    const setupCalls = channels(fake).filter((channel) => channel.startsWith('setup.'));
    expect(setupCalls).toEqual(['setup.begin', 'setup.complete']);

    await user.click(screen.getByRole('button', { name: th.auth.setup.done.start }));
    const header = await screen.findByRole('banner');
    expect(within(header).getByText('นางสาวสมศรี ใจดี')).toBeInTheDocument();
    expect(within(header).getByText(th.auth.roles.admin)).toBeInTheDocument();
    expect(within(header).getByText(AGENCY)).toBeInTheDocument();
  });

  it('refuses a weak password before asking main for anything', async () => {
    const { fake, user } = startSetup();
    await fillOffice(user, { password: 'password12' });
    await user.click(screen.getByRole('button', { name: th.auth.setup.next }));

    expect(await screen.findByText(th.shell.reasons.password_weak)).toBeVisible();
    const field = screen.getByLabelText(label(th.auth.setup.admin.password));
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(
      expect.stringContaining(th.shell.reasons.password_weak),
    );
    expect(channels(fake).filter((channel) => channel.startsWith('setup.'))).toEqual([]);
  });

  it('refuses mismatched passwords and a badly formed user name before asking main', async () => {
    const { fake, user } = startSetup();
    await fillOffice(user, { confirmation: `${STRONG_PASSWORD}x` });
    const userName = screen.getByLabelText(label(th.auth.setup.admin.userName));
    await user.clear(userName);
    await user.type(userName, 'สมศรี');
    await user.click(screen.getByRole('button', { name: th.auth.setup.next }));

    expect(await screen.findByText(th.shell.formErrors.password_mismatch)).toBeVisible();
    expect(screen.getByText(th.shell.formErrors.user_name_format)).toBeVisible();
    expect(channels(fake).filter((channel) => channel.startsWith('setup.'))).toEqual([]);
  });

  it('asks for the required fields in Thai, not with zod’s English', async () => {
    const { fake, user } = startSetup();
    await user.click(await screen.findByRole('button', { name: th.auth.setup.next }));
    expect(
      (await screen.findAllByText(th.shell.formErrors.required)).length,
    ).toBeGreaterThanOrEqual(2);
    expect(screen.getByText(th.shell.formErrors.password_empty)).toBeVisible();
    expect(channels(fake)).not.toContain('setup.begin');
  });

  it('cancels from the recovery step: main forgets the code and the form starts empty', async () => {
    const { fake, user } = startSetup();
    await fillOffice(user);
    await user.click(screen.getByRole('button', { name: th.auth.setup.next }));
    await screen.findAllByTestId('recovery-code-group');

    await user.click(screen.getByRole('button', { name: th.auth.setup.cancel }));
    // Asked once, in place: nothing is thrown away on a single click.
    expect(channels(fake)).not.toContain('setup.cancel');
    await user.click(screen.getByRole('button', { name: th.auth.setup.cancelYes }));

    expect(await screen.findByLabelText(label(th.auth.setup.office.agencyName))).toHaveValue('');
    expect(callsTo(fake, 'setup.cancel')).toHaveLength(1);
    expect(fake.session.pendingRecoveryCode).toBeNull();
    expect(screen.getByLabelText(label(th.auth.setup.admin.userName))).toHaveValue('');
    expect(channels(fake)).not.toContain('setup.complete');
  });

  it('prints a sheet with the office, the Buddhist-era date and the code, but no user name', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const { user } = startSetup();
    await fillOffice(user);
    await user.click(screen.getByRole('button', { name: th.auth.setup.next }));
    await screen.findAllByTestId('recovery-code-group');

    await user.click(screen.getByRole('button', { name: th.auth.setup.recovery.print }));

    expect(print).toHaveBeenCalledOnce();
    const sheet = screen.getByTestId('recovery-sheet');
    // A direct child of <body>, marked as the one being printed: the print stylesheet hides
    // every other child of <body>.
    expect(sheet.parentElement).toBe(document.body);
    expect(sheet).toHaveAttribute('data-printing', 'true');
    const now = new Date();
    const today = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
      .map((n) => String(n).padStart(2, '0'))
      .join('-');
    expect(sheet).toHaveTextContent(AGENCY);
    expect(sheet).toHaveTextContent(formatDate(today, 'th'));
    expect(sheet).toHaveTextContent(String(now.getFullYear() + 543));
    expect(sheet).toHaveTextContent(FAKE_RECOVERY_CODE.split('-').join(' '));
    // A lost sheet must not also say whose account it opens.
    expect(sheet).not.toHaveTextContent('somsri.j');
    // "Save as PDF" is offered by the print window in whatever language: warned in both.
    expect(sheet).toHaveTextContent(th.auth.setup.sheet.paperOnly);
    expect(sheet).toHaveTextContent(en.auth.setup.sheet.paperOnly);
    expect(screen.getByText(th.auth.setup.recovery.printHint)).toBeVisible();
  });

  it('starts over with a new code when main lost the first one (it was restarted)', async () => {
    const { fake, user } = startSetup();
    await fillOffice(user);
    await user.click(screen.getByRole('button', { name: th.auth.setup.next }));
    await screen.findAllByTestId('recovery-code-group');
    fake.session.pendingRecoveryCode = null;

    await user.click(screen.getByRole('checkbox', { name: th.auth.setup.recovery.stored }));
    await user.click(screen.getByRole('button', { name: th.auth.setup.recovery.finish }));

    expect(await screen.findByText(th.auth.setup.recovery.expired)).toBeVisible();
    // Back on step 1 with what was typed, ready to ask for a new code.
    expect(screen.getByLabelText(label(th.auth.setup.office.agencyName))).toHaveValue(AGENCY);
  });

  it('runs in English when English is chosen', async () => {
    startSetup('en');
    expect(
      await screen.findByRole('heading', { level: 1, name: en.auth.setup.title }),
    ).toBeVisible();
    expect(screen.getByLabelText(label(en.auth.setup.office.agencyName))).toBeVisible();
  });
});
