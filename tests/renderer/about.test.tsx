import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { catalogues as allCatalogues } from '../../src/renderer/src/i18n/catalogues';
const { th, en } = allCatalogues;
import { FAKE_INFO, installFakeKaona } from './support/fake-kaona';
import { renderApp } from './support/render-app';

/** The value cell in the row whose header is `label`. */
function detail(label: string): HTMLElement {
  const row = screen.getByRole('rowheader', { name: label }).closest('tr');
  if (!row) throw new Error(`no row for ${label}`);
  return within(row).getByRole('cell');
}

describe('the About page', () => {
  it('shows what app.info reports', async () => {
    installFakeKaona();
    renderApp('/about');

    await screen.findByRole('rowheader', { name: th.about.details.name });
    expect(detail(th.about.details.name)).toHaveTextContent(FAKE_INFO.name);
    expect(detail(th.about.details.version)).toHaveTextContent('0.1.0-test');
    expect(detail(th.about.details.dataDir)).toHaveTextContent(
      'C:\\Users\\clerk\\AppData\\Roaming\\Kaona',
    );
    expect(detail(th.about.details.language)).toHaveTextContent('ไทย');
    expect(detail(th.about.details.schemaVersion)).toHaveTextContent('7');
    expect(detail(th.about.details.electron)).toHaveTextContent('—');
    expect(detail(th.about.details.chrome)).toHaveTextContent('140.0.7339.0');
    expect(detail(th.about.details.node)).toHaveTextContent('24.3.0');
  });

  it('describes the programme, its target groups and the PDPA, with a Buddhist-era date', async () => {
    installFakeKaona();
    renderApp('/about');

    expect(
      await screen.findByRole('heading', { name: th.about.programme.heading }),
    ).toBeInTheDocument();
    expect(screen.getByText(/10 เมษายน 2566/)).toBeInTheDocument();
    const groups = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(groups).toEqual([
      th.about.groups.childrenYouth,
      th.about.groups.women,
      th.about.groups.olderPersons,
      th.about.groups.disabilities,
      th.about.groups.underprivileged,
    ]);
    expect(screen.getByText(th.about.privacy.body)).toBeInTheDocument();
  });

  it('shows the translated error when app.info fails twice, and recovers on retry', async () => {
    // INTERNAL is tried once more by itself; only the second failure reaches the clerk.
    let failures = 2;
    const fake = installFakeKaona({
      handlers: {
        'app.info': () =>
          failures-- > 0
            ? { ok: false, error: { code: 'INTERNAL' } }
            : { ok: true, value: { ...FAKE_INFO, locale: 'th' } },
      },
    });
    const { user } = renderApp('/about');

    const alert = await screen.findByRole('alert');
    expect(fake.calls.filter((call) => call.channel === 'app.info')).toHaveLength(2);
    expect(alert).toHaveTextContent(th.about.details.loadFailed);
    expect(alert).toHaveTextContent(th.shell.errors.INTERNAL);
    expect(screen.queryByRole('rowheader')).not.toBeInTheDocument();

    await user.click(within(alert).getByRole('button', { name: th.shell.common.retry }));

    expect(
      await screen.findByRole('rowheader', { name: th.about.details.version }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the error in English when the UI is in English', async () => {
    installFakeKaona({
      preferences: { language: 'en' },
      handlers: { 'app.info': () => ({ ok: false, error: { code: 'FORBIDDEN' } }) },
    });
    renderApp('/about');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(en.about.details.loadFailed);
    expect(alert).toHaveTextContent(en.shell.errors.FORBIDDEN);
  });

  it('reports the new language after a switch', async () => {
    installFakeKaona();
    const { user } = renderApp('/about');
    await screen.findByRole('rowheader', { name: th.about.details.language });
    expect(detail(th.about.details.language)).toHaveTextContent('ไทย');

    await user.click(screen.getByRole('radio', { name: 'English' }));

    expect(
      await screen.findByRole('rowheader', { name: en.about.details.language }),
    ).toBeInTheDocument();
    await screen.findByText('English', { selector: 'td' });
    expect(detail(en.about.details.language)).toHaveTextContent('English');
  });
});
