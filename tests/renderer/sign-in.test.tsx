import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { catalogues } from '../../src/renderer/src/i18n/catalogues';
import { fakeCaseSearch, OTHER_LIST_HANDLERS } from './support/fake-cases';
import { installFakeKaona, type FakeKaona } from './support/fake-kaona';
import { FAKE_ADMIN, FAKE_OFFICER, FAKE_RECOVERY_CODE, lockedBy } from './support/fake-session';
import { renderApp } from './support/render-app';
import { fill, label } from './support/text';

const { th, en } = catalogues;

const callsTo = (fake: FakeKaona, channel: string) =>
  fake.calls.filter((call) => call.channel === channel);

function signedOut(lastUserName: string | null = null) {
  // Signing in opens an office role's home page, the case list.
  return installFakeKaona({
    session: { info: { status: 'signed-out', lastUserName } },
    handlers: { 'cases.search': fakeCaseSearch(0), ...OTHER_LIST_HANDLERS },
  });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the sign-in screen', () => {
  it('signs in and opens the app', async () => {
    const fake = signedOut();
    const { user } = renderApp('/about');
    await user.type(await screen.findByLabelText(th.auth.signIn.userName), FAKE_OFFICER.userName);
    await user.type(screen.getByLabelText(th.auth.signIn.password), FAKE_OFFICER.password);
    await user.click(screen.getByRole('button', { name: th.auth.signIn.submit }));

    expect(
      await screen.findByRole('heading', { level: 1, name: th.cases.list.title }),
    ).toBeVisible();
    expect(screen.getByRole('banner')).toHaveTextContent(FAKE_OFFICER.fullName);
    expect(callsTo(fake, 'session.signIn')).toEqual([
      {
        channel: 'session.signIn',
        input: { userName: FAKE_OFFICER.userName, password: FAKE_OFFICER.password },
      },
    ]);
  });

  it('gives one message for a wrong password and for an unknown name, and clears the password', async () => {
    signedOut(FAKE_OFFICER.userName);
    const { user } = renderApp('/about');
    const password = await screen.findByLabelText(th.auth.signIn.password);
    await user.type(password, 'not-my-password');
    await user.click(screen.getByRole('button', { name: th.auth.signIn.submit }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(th.auth.signIn.failed);
    expect(alert).toHaveTextContent(th.auth.reasons.bad_credentials);
    expect(password).toHaveValue('');

    const userName = screen.getByLabelText(th.auth.signIn.userName);
    await user.clear(userName);
    await user.type(userName, 'nobody.here');
    await user.type(password, FAKE_OFFICER.password);
    await user.click(screen.getByRole('button', { name: th.auth.signIn.submit }));
    expect(await screen.findByRole('alert')).toHaveTextContent(th.auth.reasons.bad_credentials);
  });

  it('counts down a throttle and keeps the button disabled until it is over', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    installFakeKaona({
      session: { info: { status: 'signed-out', lastUserName: FAKE_OFFICER.userName } },
      handlers: {
        'session.signIn': () => ({
          ok: false,
          error: { code: 'UNAUTHENTICATED', reason: 'throttled', retryAfterSeconds: 3 },
        }),
      },
    });
    const { user } = renderApp('/about');
    await user.type(await screen.findByLabelText(th.auth.signIn.password), 'whatever-it-is');
    await user.click(screen.getByRole('button', { name: th.auth.signIn.submit }));

    expect(await screen.findByText(fill(th.auth.throttle.wait, { seconds: 3 }))).toBeVisible();
    const button = screen.getByRole('button', {
      name: fill(th.auth.throttle.button, { seconds: 3 }),
    });
    expect(button).toBeDisabled();

    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(screen.getByText(fill(th.auth.throttle.wait, { seconds: 2 }))).toBeVisible();

    await act(() => vi.advanceTimersByTimeAsync(2_000));
    expect(screen.queryByText(/กรุณารอ/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: th.auth.signIn.submit })).toBeEnabled();
  });

  it('offers another data folder when the database cannot be opened', async () => {
    const fake = installFakeKaona({
      session: { info: { status: 'signed-out', lastUserName: FAKE_OFFICER.userName } },
      handlers: {
        'session.signIn': () => ({
          ok: false,
          error: { code: 'CONFLICT', reason: 'database_damaged' },
        }),
        'app.chooseDataFolder': () => ({ ok: true, value: { chosen: true } }),
      },
    });
    const { user } = renderApp('/about');
    await user.type(await screen.findByLabelText(th.auth.signIn.password), FAKE_OFFICER.password);
    await user.click(screen.getByRole('button', { name: th.auth.signIn.submit }));

    expect(await screen.findByRole('alert')).toHaveTextContent(th.shell.reasons.database_damaged);
    await user.click(screen.getByRole('button', { name: th.auth.dataFolder.choose }));
    expect(await screen.findByText(th.auth.dataFolder.restarting)).toBeVisible();
    expect(callsTo(fake, 'app.chooseDataFolder')).toHaveLength(1);
  });

  it('does not offer another data folder for a mere wrong password', async () => {
    signedOut(FAKE_OFFICER.userName);
    const { user } = renderApp('/about');
    await user.type(await screen.findByLabelText(th.auth.signIn.password), 'wrong-password');
    await user.click(screen.getByRole('button', { name: th.auth.signIn.submit }));
    await screen.findByRole('alert');
    expect(
      screen.queryByRole('button', { name: th.auth.dataFolder.choose }),
    ).not.toBeInTheDocument();
  });

  it('switches language before signing in', async () => {
    signedOut();
    const { user } = renderApp('/about');
    await screen.findByRole('heading', { level: 1, name: th.auth.signIn.title });
    await user.click(screen.getByRole('radio', { name: 'English' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: en.auth.signIn.title }),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: en.auth.signIn.submit })).toBeVisible();
  });
});

describe('recovery with the printed code', () => {
  const NEW_PASSWORD = 'Lotus-bicycle-harbour-77';

  async function openRecovery() {
    const fake = signedOut();
    const rendered = renderApp('/about');
    await rendered.user.click(await screen.findByRole('button', { name: th.auth.signIn.forgot }));
    await screen.findByRole('heading', { level: 1, name: th.auth.recovery.title });
    return { fake, ...rendered };
  }

  it('accepts the code as typed (lower case, spaces) and signs the admin in', async () => {
    const { fake, user } = await openRecovery();
    const typedCode = FAKE_RECOVERY_CODE.toLowerCase().split('-').join(' ');
    await user.type(screen.getByLabelText(th.auth.recovery.code), typedCode);
    await user.type(screen.getByLabelText(th.auth.recovery.userName), FAKE_ADMIN.userName);
    await user.type(screen.getByLabelText(label(th.auth.recovery.newPassword)), NEW_PASSWORD);
    await user.type(screen.getByLabelText(label(th.auth.recovery.confirmPassword)), NEW_PASSWORD);
    await user.click(screen.getByRole('button', { name: th.auth.recovery.submit }));

    expect(
      await screen.findByRole('heading', { level: 1, name: th.cases.list.title }),
    ).toBeVisible();
    expect(callsTo(fake, 'session.recover')).toEqual([
      {
        channel: 'session.recover',
        input: {
          recoveryCode: FAKE_RECOVERY_CODE,
          userName: FAKE_ADMIN.userName,
          newPassword: NEW_PASSWORD,
        },
      },
    ]);
  });

  it('says which part is wrong: the code, or a name that is not an admin', async () => {
    const { user } = await openRecovery();
    await user.type(screen.getByLabelText(th.auth.recovery.code), '7K3QD-9XW2M-PR4TB-HN6VC-00000');
    await user.type(screen.getByLabelText(th.auth.recovery.userName), FAKE_OFFICER.userName);
    await user.type(screen.getByLabelText(label(th.auth.recovery.newPassword)), NEW_PASSWORD);
    await user.type(screen.getByLabelText(label(th.auth.recovery.confirmPassword)), NEW_PASSWORD);
    await user.click(screen.getByRole('button', { name: th.auth.recovery.submit }));
    expect(await screen.findByText(th.auth.formErrors.recovery_bad_code)).toBeVisible();

    const code = screen.getByLabelText(th.auth.recovery.code);
    await user.clear(code);
    await user.type(code, FAKE_RECOVERY_CODE);
    await user.click(screen.getByRole('button', { name: th.auth.recovery.submit }));
    expect(await screen.findByText(th.auth.reasons.recovery_user_not_admin)).toBeVisible();
  });

  it('refuses a code of the wrong length without asking main', async () => {
    const { fake, user } = await openRecovery();
    await user.type(screen.getByLabelText(th.auth.recovery.code), 'ABCDE-12345');
    await user.click(screen.getByRole('button', { name: th.auth.recovery.submit }));
    expect(await screen.findByText(th.auth.formErrors.recovery_code_format)).toBeVisible();
    expect(callsTo(fake, 'session.recover')).toEqual([]);
  });

  it('goes back to the sign-in form', async () => {
    const { user } = await openRecovery();
    await user.click(screen.getByRole('button', { name: th.auth.recovery.back }));
    expect(
      await screen.findByRole('heading', { level: 1, name: th.auth.signIn.title }),
    ).toBeVisible();
  });
});

describe('the lock screen', () => {
  it('says "wrong password" (the name is not in doubt here), then unlocks', async () => {
    const fake = installFakeKaona({ session: { info: lockedBy(FAKE_OFFICER) } });
    const { user } = renderApp('/about');
    const password = await screen.findByLabelText(
      fill(th.auth.lock.password, { name: FAKE_OFFICER.fullName }),
    );
    await user.type(password, 'wrong-one');
    await user.click(screen.getByRole('button', { name: th.auth.lock.unlock }));
    expect(await screen.findByRole('alert')).toHaveTextContent(th.auth.lock.wrongPassword);
    expect(password).toHaveValue('');

    await user.type(password, FAKE_OFFICER.password);
    await user.click(screen.getByRole('button', { name: th.auth.lock.unlock }));
    expect(await screen.findByRole('heading', { level: 1, name: th.about.title })).toBeVisible();
    expect(callsTo(fake, 'session.unlock')).toHaveLength(2);
  });

  it('lets someone else sign in with "switch user"', async () => {
    const fake = installFakeKaona({ session: { info: lockedBy(FAKE_OFFICER) } });
    const { user } = renderApp('/about');
    await user.click(await screen.findByRole('button', { name: th.auth.lock.switchUser }));

    expect(
      await screen.findByRole('heading', { level: 1, name: th.auth.signIn.title }),
    ).toBeVisible();
    expect(callsTo(fake, 'session.switchUser')).toHaveLength(1);

    const userName = screen.getByLabelText(th.auth.signIn.userName);
    await user.clear(userName);
    await user.type(userName, FAKE_ADMIN.userName);
    await user.type(screen.getByLabelText(th.auth.signIn.password), FAKE_ADMIN.password);
    await user.click(screen.getByRole('button', { name: th.auth.signIn.submit }));
    expect(await screen.findByRole('banner')).toHaveTextContent(FAKE_ADMIN.fullName);
  });

  it('counts down a throttle on the lock screen too', async () => {
    installFakeKaona({
      session: { info: lockedBy(FAKE_OFFICER) },
      handlers: {
        'session.unlock': () => ({
          ok: false,
          error: { code: 'UNAUTHENTICATED', reason: 'throttled', retryAfterSeconds: 40 },
        }),
      },
    });
    const { user } = renderApp('/about');
    await user.type(
      await screen.findByLabelText(fill(th.auth.lock.password, { name: FAKE_OFFICER.fullName })),
      'anything-at-all',
    );
    await user.click(screen.getByRole('button', { name: th.auth.lock.unlock }));
    expect(await screen.findByText(fill(th.auth.throttle.wait, { seconds: 40 }))).toBeVisible();
    expect(
      screen.getByRole('button', { name: fill(th.auth.throttle.button, { seconds: 40 }) }),
    ).toBeDisabled();
  });
});
