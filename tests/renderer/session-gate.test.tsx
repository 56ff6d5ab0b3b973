import { notifications } from '@mantine/notifications';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { catalogues } from '../../src/renderer/src/i18n/catalogues';
import { accountsKeys } from '../../src/renderer/src/features/accounts/accounts-queries';
import { fakeAccountHandlers } from './support/fake-accounts';
import { installFakeKaona, type FakeKaona } from './support/fake-kaona';
import { FAKE_ADMIN, FAKE_OFFICER, lockedBy, signedInAs } from './support/fake-session';
import { renderApp } from './support/render-app';

const { th } = catalogues;

const callsTo = (fake: FakeKaona, channel: string) =>
  fake.calls.filter((call) => call.channel === channel);

async function shellIsShown() {
  expect(await screen.findByRole('heading', { level: 1, name: th.about.title })).toBeVisible();
  expect(screen.getByRole('banner')).toBeInTheDocument();
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the session gate', () => {
  it('shows the setup wizard on a PC where Kaona was never set up', async () => {
    installFakeKaona({ session: { info: { status: 'needs-setup' } } });
    renderApp('/about');
    expect(
      await screen.findByRole('heading', { level: 1, name: th.auth.setup.title }),
    ).toBeVisible();
    expect(screen.queryByRole('navigation', { name: th.shell.nav.label })).not.toBeInTheDocument();
  });

  it('shows the sign-in screen, with the last user name, when nobody is signed in', async () => {
    installFakeKaona({ session: { info: { status: 'signed-out', lastUserName: 'kasem.s' } } });
    renderApp('/about');
    expect(
      await screen.findByRole('heading', { level: 1, name: th.auth.signIn.title }),
    ).toBeVisible();
    expect(screen.getByLabelText(th.auth.signIn.userName)).toHaveValue('kasem.s');
    expect(screen.queryByText(th.about.title)).not.toBeInTheDocument();
  });

  it('shows the lock screen, naming who locked it', async () => {
    installFakeKaona({ session: { info: lockedBy(FAKE_OFFICER) } });
    renderApp('/about');
    expect(
      await screen.findByRole('heading', { level: 1, name: th.auth.lock.title }),
    ).toBeVisible();
    expect(screen.getByTestId('locked-user')).toHaveTextContent(FAKE_OFFICER.fullName);
    expect(screen.getByText(FAKE_OFFICER.userName)).toBeInTheDocument();
  });

  it('says that a damaged key file deleted nothing, and offers the backup when it is usable', async () => {
    const fake = installFakeKaona({
      session: { info: { status: 'key-file-damaged', backupUsable: true } },
    });
    const { user } = renderApp('/about');
    expect(
      await screen.findByRole('heading', { level: 1, name: th.auth.keyFile.title }),
    ).toBeVisible();
    expect(screen.getByText(th.auth.keyFile.notDeleted)).toBeVisible();
    // The data folder is named for whoever comes to help.
    expect(await screen.findByText('C:\\Users\\clerk\\AppData\\Roaming\\Kaona')).toBeVisible();

    await user.click(screen.getByRole('button', { name: th.auth.keyFile.restore }));

    expect(callsTo(fake, 'session.restoreKeyBackup')).toHaveLength(1);
    expect(
      await screen.findByRole('heading', { level: 1, name: th.auth.signIn.title }),
    ).toBeVisible();
  });

  it('offers no restore when there is no usable backup', async () => {
    installFakeKaona({ session: { info: { status: 'key-file-damaged', backupUsable: false } } });
    renderApp('/about');
    expect(await screen.findByText(th.auth.keyFile.noBackup)).toBeVisible();
    expect(screen.getByText(th.auth.keyFile.notDeleted)).toBeVisible();
    expect(screen.queryByRole('button', { name: th.auth.keyFile.restore })).not.toBeInTheDocument();
  });

  it('shows the app to someone signed in, with their name, role and the office in the header', async () => {
    installFakeKaona({ session: { info: signedInAs(FAKE_OFFICER) } });
    renderApp('/about');
    await shellIsShown();
    const header = screen.getByRole('banner');
    expect(within(header).getByText(FAKE_OFFICER.fullName)).toBeInTheDocument();
    expect(within(header).getByText(th.auth.roles.officer)).toBeInTheDocument();
    expect(within(header).getByText(/จังหวัดขอนแก่น/)).toBeInTheDocument();
  });

  it('keeps someone with a temporary password on the change-password screen', async () => {
    installFakeKaona({
      session: { info: signedInAs({ ...FAKE_OFFICER, mustChangePassword: true }) },
    });
    renderApp('/about');
    expect(
      await screen.findByRole('heading', { level: 1, name: th.auth.password.forced.title }),
    ).toBeVisible();
    expect(screen.queryByRole('navigation', { name: th.shell.nav.label })).not.toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });

  it('says so, and tries again, when main cannot tell the session', async () => {
    let failures = 1;
    installFakeKaona({
      handlers: {
        'session.info': () =>
          failures-- > 0
            ? { ok: false, error: { code: 'INTERNAL' } }
            : { ok: true, value: signedInAs(FAKE_ADMIN) },
      },
    });
    const { user } = renderApp('/about');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(th.auth.startup.failed);
    expect(alert).toHaveTextContent(th.shell.errors.INTERNAL);

    await user.click(within(alert).getByRole('button', { name: th.shell.common.retry }));
    await shellIsShown();
  });
});

describe('the signed-in session', () => {
  it('drops the app for the lock screen as soon as any call is answered LOCKED', async () => {
    const fake = installFakeKaona();
    renderApp('/about');
    await shellIsShown();

    // Main's idle timer locked the session behind the page's back.
    fake.session.info = lockedBy(FAKE_ADMIN);
    fireEvent.keyDown(window, { key: 'a', code: 'KeyA' });

    expect(
      await screen.findByRole('heading', { level: 1, name: th.auth.lock.title }),
    ).toBeVisible();
    expect(callsTo(fake, 'session.ping').length).toBeGreaterThan(0);
    expect(screen.queryByRole('navigation', { name: th.shell.nav.label })).not.toBeInTheDocument();
    expect(screen.queryByText(th.about.title)).not.toBeInTheDocument();
    expect(screen.queryByText(th.about.privacy.body)).not.toBeInTheDocument();
  });

  it('comes back to the same page after unlocking, mounted afresh', async () => {
    const fake = installFakeKaona({ session: { info: lockedBy(FAKE_ADMIN) } });
    const { user, router } = renderApp('/about');
    await screen.findByRole('heading', { level: 1, name: th.auth.lock.title });

    await user.type(screen.getByLabelText(/รหัสผ่านของ/), FAKE_ADMIN.password);
    await user.click(screen.getByRole('button', { name: th.auth.lock.unlock }));

    await shellIsShown();
    expect(router.state.location.pathname).toBe('/about');
    expect(callsTo(fake, 'session.unlock')).toEqual([
      { channel: 'session.unlock', input: { password: FAKE_ADMIN.password } },
    ]);
  });

  it('locks at once on Ctrl+L, whatever keyboard layout is on', async () => {
    const fake = installFakeKaona();
    renderApp('/about');
    await shellIsShown();

    // The Thai layout turns the L key into "ส"; the physical key still counts.
    fireEvent.keyDown(window, { key: 'ส', code: 'KeyL', ctrlKey: true });

    expect(
      await screen.findByRole('heading', { level: 1, name: th.auth.lock.title }),
    ).toBeVisible();
    expect(callsTo(fake, 'session.lock')).toHaveLength(1);
    expect(screen.queryByRole('navigation', { name: th.shell.nav.label })).not.toBeInTheDocument();
  });

  it('takes notifications about people off the screen when it locks', async () => {
    installFakeKaona();
    renderApp('/about');
    await shellIsShown();
    act(() => {
      notifications.show({ message: 'เพิ่มบัญชีของ นายเกษม สุขใจ แล้ว' });
    });
    expect(await screen.findByText('เพิ่มบัญชีของ นายเกษม สุขใจ แล้ว')).toBeVisible();

    fireEvent.keyDown(window, { key: 'l', code: 'KeyL', ctrlKey: true });

    await screen.findByRole('heading', { level: 1, name: th.auth.lock.title });
    await waitFor(() =>
      expect(screen.queryByText('เพิ่มบัญชีของ นายเกษม สุขใจ แล้ว')).not.toBeInTheDocument(),
    );
  });

  it('shows the lock screen the moment main pushes its idle lock, without asking anything', async () => {
    const fake = installFakeKaona();
    renderApp('/about');
    await shellIsShown();
    const callsBefore = fake.calls.length;

    // Main's idle timer locked the session and says so.
    fake.session.info = lockedBy(FAKE_ADMIN);
    act(() => fake.emit('session.changed', lockedBy(FAKE_ADMIN)));

    expect(screen.getByRole('heading', { level: 1, name: th.auth.lock.title })).toBeVisible();
    expect(screen.queryByText(th.about.privacy.body)).not.toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: th.shell.nav.label })).not.toBeInTheDocument();
    expect(fake.calls.slice(callsBefore)).toEqual([]);
  });

  it('keeps nothing read while signed in in the cache once main locks the session', async () => {
    const fake = installFakeKaona({ handlers: fakeAccountHandlers() });
    const { queryClient } = renderApp('/accounts');
    expect(await screen.findByRole('table', { name: th.accounts.tableLabel })).toBeVisible();
    expect(queryClient.getQueryData(accountsKeys.list())).toHaveLength(4);

    act(() => fake.emit('session.changed', lockedBy(FAKE_ADMIN)));

    await screen.findByRole('heading', { level: 1, name: th.auth.lock.title });
    expect(queryClient.getQueryCache().getAll()).toEqual([]);
    expect(screen.queryByText('เกษม สุขใจ')).not.toBeInTheDocument();
  });

  it('follows a sign-out pushed by main, and stops listening once the app is gone', async () => {
    const fake = installFakeKaona();
    const { unmount } = renderApp('/about');
    await shellIsShown();
    expect(fake.listenerCount('session.changed')).toBe(1);

    act(() =>
      fake.emit('session.changed', { status: 'signed-out', lastUserName: FAKE_ADMIN.userName }),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: th.auth.signIn.title }),
    ).toBeVisible();

    unmount();
    expect(fake.listenerCount('session.changed')).toBe(0);
  });

  it('no longer asks main about the session on a timer', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const fake = installFakeKaona();
    renderApp('/about');
    await shellIsShown();
    const asked = () => fake.calls.filter((call) => call.channel === 'session.info').length;
    const before = asked();

    await act(() => vi.advanceTimersByTimeAsync(120_000));

    expect(asked()).toBe(before);
  });

  it('asks main again when the window gets the focus back', async () => {
    const fake = installFakeKaona();
    renderApp('/about');
    await shellIsShown();

    fake.session.info = { status: 'signed-out', lastUserName: FAKE_ADMIN.userName };
    fireEvent.focus(window);

    expect(
      await screen.findByRole('heading', { level: 1, name: th.auth.signIn.title }),
    ).toBeVisible();
  });

  it('reports activity to main at most once every 30 seconds', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const fake = installFakeKaona();
    renderApp('/about');
    await shellIsShown();
    const pings = () => callsTo(fake, 'session.ping').length;

    fireEvent.keyDown(window, { key: 'a', code: 'KeyA' });
    expect(pings()).toBe(1);
    for (let i = 0; i < 10; i++) {
      fireEvent.pointerDown(window);
      fireEvent.wheel(window);
      await act(() => vi.advanceTimersByTimeAsync(1_000));
    }
    expect(pings()).toBe(1);

    // Activity inside the window is reported at its end, so main's idle timer never runs early…
    await act(() => vi.advanceTimersByTimeAsync(20_000));
    expect(pings()).toBe(2);
    // …and with nobody at the keyboard, nothing more is sent.
    await act(() => vi.advanceTimersByTimeAsync(120_000));
    expect(pings()).toBe(2);
  });

  it('locks and signs out from the user menu', async () => {
    const fake = installFakeKaona();
    const { user } = renderApp('/about');
    await shellIsShown();

    await user.click(screen.getByRole('button', { name: new RegExp(FAKE_ADMIN.fullName) }));
    await user.click(
      await screen.findByRole('menuitem', { name: new RegExp(th.auth.userMenu.lock) }),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: th.auth.lock.title }),
    ).toBeVisible();

    await user.type(screen.getByLabelText(/รหัสผ่านของ/), FAKE_ADMIN.password);
    await user.click(screen.getByRole('button', { name: th.auth.lock.unlock }));
    await shellIsShown();

    await user.click(screen.getByRole('button', { name: new RegExp(FAKE_ADMIN.fullName) }));
    await user.click(await screen.findByRole('menuitem', { name: th.auth.userMenu.signOut }));
    expect(
      await screen.findByRole('heading', { level: 1, name: th.auth.signIn.title }),
    ).toBeVisible();
    expect(callsTo(fake, 'session.signOut')).toHaveLength(1);
    expect(screen.getByLabelText(th.auth.signIn.userName)).toHaveValue(FAKE_ADMIN.userName);
  });

  it('says plainly when the screen could not be locked', async () => {
    installFakeKaona({
      handlers: { 'session.lock': () => ({ ok: false, error: { code: 'INTERNAL' } }) },
    });
    renderApp('/about');
    await shellIsShown();

    fireEvent.keyDown(window, { key: 'l', code: 'KeyL', ctrlKey: true });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(th.auth.userMenu.lockFailed);
    expect(alert).toHaveTextContent(th.shell.errors.INTERNAL);
  });
});

describe('the navigation column', () => {
  const navLabels = () =>
    within(screen.getByRole('navigation', { name: th.shell.nav.label }))
      .getAllByRole('link')
      .map((link) => link.textContent);

  it('shows an admin every section', async () => {
    installFakeKaona({ session: { info: signedInAs(FAKE_ADMIN) } });
    renderApp('/about');
    await shellIsShown();
    await waitFor(() => expect(navLabels()).toContain(th.shell.nav.about));
    expect(navLabels().length).toBeGreaterThan(1);
  });

  it('hides the sections a mentor may not use', async () => {
    installFakeKaona({
      session: { info: signedInAs({ ...FAKE_OFFICER, id: 9, role: 'mentor' }) },
    });
    renderApp('/about');
    await shellIsShown();
    // Their own work and reminders; no case list, accounts, settings or audit.
    expect(navLabels()).toEqual([
      th.shell.nav.workspace,
      th.shell.nav.reminders,
      th.shell.nav.about,
    ]);
  });
});
