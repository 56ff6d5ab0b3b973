import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { catalogues as allCatalogues } from '../../src/renderer/src/i18n/catalogues';
const { th, en } = allCatalogues;
import type { Preferences } from '../../src/shared/domain/preferences';
import type { Result } from '../../src/shared/contract/errors';
import { NAV_ITEMS } from '../../src/renderer/src/app/navigation';
import { roleHasPermission } from '../../src/shared/permissions';
import { deferred, installFakeKaona } from './support/fake-kaona';
import { fakeCaseSearch, OTHER_LIST_HANDLERS } from './support/fake-cases';
import { FAKE_OFFICER, signedInAs } from './support/fake-session';
import { renderApp } from './support/render-app';

// The fake session starts signed in (see fake-session.ts): these tests are about the shell itself;
// getting in is tested in session-gate, sign-in and setup-wizard tests.
describe('the renderer shell', () => {
  it('shows only a loader until the saved language is known', async () => {
    const gate = deferred<Result<Preferences>>();
    installFakeKaona({ handlers: { 'preferences.get': () => gate.promise } });
    renderApp('/about');

    expect(screen.getByRole('status')).toBeInTheDocument();
    expect(screen.queryByRole('banner')).not.toBeInTheDocument();

    gate.resolve({ ok: true, value: { language: 'th', lastUserName: null } });
    expect(
      await screen.findByRole('heading', { level: 1, name: th.about.title }),
    ).toBeInTheDocument();
  });

  it('opens an office role on the case list', async () => {
    installFakeKaona({
      session: { info: signedInAs(FAKE_OFFICER) },
      handlers: { 'cases.search': fakeCaseSearch(3), ...OTHER_LIST_HANDLERS },
    });
    const { router } = renderApp('/');

    expect(
      await screen.findByRole('heading', { level: 1, name: th.cases.list.title }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/cases');
  });

  it('opens a mentor, who cannot read cases, on their workspace', async () => {
    installFakeKaona({ session: { info: signedInAs({ ...FAKE_OFFICER, id: 9, role: 'mentor' }) } });
    const { router } = renderApp('/');

    await waitFor(() => expect(router.state.location.pathname).toBe('/workspace'));
  });

  it('shows the app name, menu and language switch in Thai', async () => {
    installFakeKaona({ session: { info: signedInAs(FAKE_OFFICER) } });
    renderApp('/about');

    expect(
      await screen.findByRole('heading', { level: 1, name: th.about.title }),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('th');

    const header = screen.getByRole('banner');
    expect(within(header).getByText('Kaona · ก้าวหน้า')).toBeInTheDocument();
    expect(within(header).getByRole('radio', { name: 'ไทย' })).toBeChecked();
    expect(within(header).getByRole('radio', { name: 'English' })).not.toBeChecked();

    // An officer: the menu lists only what the role may use (admin sections are tested apart).
    const nav = screen.getByRole('navigation', { name: th.shell.nav.label });
    const links = within(nav).getAllByRole('link');
    const allowed = NAV_ITEMS.filter(
      (item) => !item.permission || roleHasPermission('officer', item.permission),
    );
    expect(links).toHaveLength(allowed.length);
    expect(within(nav).getByRole('link', { name: th.shell.nav.about })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('marks one section as the current page: "register" under /cases/new, "cases" on a case file', async () => {
    installFakeKaona({ session: { info: signedInAs(FAKE_OFFICER) } });
    const { router } = renderApp('/about');
    const nav = await screen.findByRole('navigation', { name: th.shell.nav.label });
    const current = () =>
      within(nav)
        .getAllByRole('link')
        .filter((link) => link.getAttribute('aria-current') === 'page')
        .map((link) => link.textContent);

    await router.navigate('/cases/new');
    await waitFor(() => expect(current()).toEqual([th.shell.nav.registerPerson]));
    await router.navigate('/cases/12');
    await waitFor(() => expect(current()).toEqual([th.shell.nav.cases]));
  });

  it('starts in English when that is the saved language', async () => {
    installFakeKaona({ preferences: { language: 'en' } });
    renderApp('/about');

    expect(
      await screen.findByRole('heading', { level: 1, name: en.about.title }),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('radio', { name: 'English' })).toBeChecked();
    expect(screen.queryByText(th.shell.nav.about)).not.toBeInTheDocument();
  });

  it('starts in Thai when the preferences cannot be read', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    installFakeKaona({
      preferences: { language: 'en' },
      handlers: { 'preferences.get': () => ({ ok: false, error: { code: 'INTERNAL' } }) },
    });
    renderApp('/about');

    expect(
      await screen.findByRole('heading', { level: 1, name: th.about.title }),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('th');
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('could not read preferences'),
      expect.anything(),
    );
  });

  it('switches to English, remembers it, and back to Thai', async () => {
    const fake = installFakeKaona();
    const { user } = renderApp('/about');
    await screen.findByRole('heading', { level: 1, name: th.about.title });

    await user.click(screen.getByRole('radio', { name: 'English' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: en.about.title }),
    ).toBeInTheDocument();
    expect(fake.calls).toContainEqual({ channel: 'preferences.set', input: { language: 'en' } });
    expect(fake.preferences.language).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('navigation', { name: en.shell.nav.label })).toHaveTextContent(
      en.shell.nav.about,
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'ไทย' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: th.about.title }),
    ).toBeInTheDocument();
    expect(
      fake.calls.filter((call) => call.channel === 'preferences.set').map((call) => call.input),
    ).toEqual([{ language: 'en' }, { language: 'th' }]);
    expect(document.documentElement.lang).toBe('th');
  });

  it('switches anyway but says so when the language cannot be saved', async () => {
    installFakeKaona({
      handlers: { 'preferences.set': () => ({ ok: false, error: { code: 'INTERNAL' } }) },
    });
    const { user } = renderApp('/about');
    await screen.findByRole('heading', { level: 1, name: th.about.title });

    await user.click(screen.getByRole('radio', { name: 'English' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: en.about.title }),
    ).toBeInTheDocument();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(en.shell.language.saveFailed);
    expect(alert).toHaveTextContent(en.shell.errors.INTERNAL);

    await user.click(within(alert).getByRole('button', { name: en.shell.common.close }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });

  it('shows a translated "not found" page for an unknown address, inside the shell', async () => {
    installFakeKaona({ handlers: { 'cases.search': fakeCaseSearch(0), ...OTHER_LIST_HANDLERS } });
    const { user, router } = renderApp('/mentoring/42');

    expect(
      await screen.findByRole('heading', { level: 1, name: th.shell.notFound.title }),
    ).toBeInTheDocument();
    expect(screen.getByRole('banner')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: th.shell.notFound.back }));
    expect(
      await screen.findByRole('heading', { level: 1, name: th.cases.list.title }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/cases');
  });
});
