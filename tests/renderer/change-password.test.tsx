import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../src/renderer/src/i18n/catalogues';
import { installFakeKaona, type FakeKaona } from './support/fake-kaona';
import { FAKE_OFFICER, signedInAs } from './support/fake-session';
import { renderApp } from './support/render-app';

const { th } = catalogues;
const NEW_PASSWORD = 'Pepper-window-garden-31';

const callsTo = (fake: FakeKaona, channel: string) =>
  fake.calls.filter((call) => call.channel === channel);

describe('changing one’s own password', () => {
  it('is reached from the user menu, says when the current password is wrong, then succeeds', async () => {
    const fake = installFakeKaona({ session: { info: signedInAs(FAKE_OFFICER) } });
    const { user, router } = renderApp('/about');
    await screen.findByRole('heading', { level: 1, name: th.about.title });

    await user.click(screen.getByRole('button', { name: new RegExp(FAKE_OFFICER.fullName) }));
    await user.click(
      await screen.findByRole('menuitem', { name: th.auth.userMenu.changePassword }),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: th.auth.password.title }),
    ).toBeVisible();
    expect(router.state.location.pathname).toBe('/account/password');

    const current = screen.getByLabelText(th.auth.password.current);
    await user.type(current, 'not-the-password');
    await user.type(screen.getByLabelText(th.auth.password.new), NEW_PASSWORD);
    await user.type(screen.getByLabelText(th.auth.password.confirm), NEW_PASSWORD);
    await user.click(screen.getByRole('button', { name: th.auth.password.submit }));

    expect(await screen.findByText(th.auth.reasons.current_password_wrong)).toBeVisible();
    expect(current).toHaveAttribute('aria-invalid', 'true');

    await user.clear(current);
    await user.type(current, FAKE_OFFICER.password);
    await user.click(screen.getByRole('button', { name: th.auth.password.submit }));

    expect(await screen.findByText(th.auth.password.success)).toBeVisible();
    expect(callsTo(fake, 'session.changePassword').at(-1)?.input).toEqual({
      currentPassword: FAKE_OFFICER.password,
      newPassword: NEW_PASSWORD,
    });
    expect(screen.getByLabelText(th.auth.password.new)).toHaveValue('');
  });

  it('refuses a password made of the user name, before calling main', async () => {
    const fake = installFakeKaona({ session: { info: signedInAs(FAKE_OFFICER) } });
    const { user } = renderApp('/account/password');
    await user.type(await screen.findByLabelText(th.auth.password.current), FAKE_OFFICER.password);
    const weak = `${FAKE_OFFICER.userName}2569!!`;
    await user.type(screen.getByLabelText(th.auth.password.new), weak);
    await user.type(screen.getByLabelText(th.auth.password.confirm), weak);
    await user.click(screen.getByRole('button', { name: th.auth.password.submit }));

    expect(await screen.findByText(th.shell.reasons.password_contains_user_name)).toBeVisible();
    expect(callsTo(fake, 'session.changePassword')).toEqual([]);
  });

  it('keeps a temporary password holder out of the app until they choose their own', async () => {
    const fake = installFakeKaona({
      session: {
        info: signedInAs({ ...FAKE_OFFICER, mustChangePassword: true }),
        people: [{ ...FAKE_OFFICER, mustChangePassword: true }],
      },
    });
    const { user } = renderApp('/about');
    await screen.findByRole('heading', { level: 1, name: th.auth.password.forced.title });
    expect(screen.queryByText(th.about.title)).not.toBeInTheDocument();

    await user.type(screen.getByLabelText(th.auth.password.forced.current), FAKE_OFFICER.password);
    await user.type(screen.getByLabelText(th.auth.password.new), NEW_PASSWORD);
    await user.type(screen.getByLabelText(th.auth.password.confirm), NEW_PASSWORD);
    await user.click(screen.getByRole('button', { name: th.auth.password.submit }));

    expect(await screen.findByRole('heading', { level: 1, name: th.about.title })).toBeVisible();
    expect(callsTo(fake, 'session.changePassword')).toHaveLength(1);
  });

  it('lets a temporary password holder sign out instead', async () => {
    installFakeKaona({
      session: { info: signedInAs({ ...FAKE_OFFICER, mustChangePassword: true }) },
    });
    const { user } = renderApp('/about');
    const screenRoot = await screen.findByRole('main');
    await user.click(
      within(screenRoot).getByRole('button', { name: th.auth.password.forced.signOut }),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: th.auth.signIn.title }),
    ).toBeVisible();
  });
});
