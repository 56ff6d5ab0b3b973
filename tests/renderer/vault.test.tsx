import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { catalogues } from '../../src/renderer/src/i18n/catalogues';
import type { Channel } from '../../src/shared/contract';
import type { AuditEvent } from '../../src/shared/domain/audit';
import type { VaultNoticeName } from '../../src/shared/domain/vault';
import { fakeAccountHandlers } from './support/fake-accounts';
import {
  FAKE_ANCHOR_FINGERPRINT,
  FAKE_INFO,
  installFakeKaona,
  type FakeHandlers,
  type FakeKaona,
} from './support/fake-kaona';
import { FAKE_ADMIN, FAKE_OFFICER, signedInAs } from './support/fake-session';
import { renderApp } from './support/render-app';

const { th } = catalogues;
const NEW_CODE = 'QW3RT-Y7UPA-S8DFG-H4JKL-Z2XCV';

const callsTo = (fake: FakeKaona, channel: Channel) =>
  fake.calls.filter((call) => call.channel === channel);

/** vault.* over an in-memory notice list, as main keeps it. */
function vaultHandlers(notices: VaultNoticeName[]): FakeHandlers {
  let pending = false;
  return {
    'vault.status': () => ({
      ok: true,
      value: { notices: [...notices], anchor: { seq: 42, fingerprint: FAKE_ANCHOR_FINGERPRINT } },
    }),
    'vault.dismissNotice': ({ notice }) => {
      notices.splice(notices.indexOf(notice), 1);
      return { ok: true, value: null };
    },
    'vault.renewRecoveryCode': ({ password }) => {
      if (password !== FAKE_ADMIN.password) {
        return { ok: false, error: { code: 'VALIDATION', reason: 'current_password_wrong' } };
      }
      pending = true;
      return { ok: true, value: { recoveryCode: NEW_CODE } };
    },
    // As in main: the new code takes effect only when confirmed, once.
    'vault.confirmRecoveryCode': () => {
      if (!pending)
        return { ok: false, error: { code: 'CONFLICT', reason: 'recovery_code_not_pending' } };
      pending = false;
      notices.splice(notices.indexOf('recovery_code_renewal'), 1);
      return { ok: true, value: null };
    },
  };
}

const notices = () => screen.queryByRole('region', { name: th.vault.notices.label });

describe('the database-missing screen', () => {
  it('explains that nothing was deleted, offers no setup, and tries again', async () => {
    const fake = installFakeKaona({ session: { info: { status: 'database-missing' } } });
    const { user } = renderApp('/about');
    expect(
      await screen.findByRole('heading', { level: 1, name: th.vault.databaseMissing.title }),
    ).toBeVisible();
    expect(screen.getByText(th.vault.databaseMissing.notDeleted)).toBeVisible();
    expect(screen.getByText(th.vault.databaseMissing.putBack)).toBeVisible();
    expect(await screen.findByText(FAKE_INFO.dataDir)).toBeVisible();
    expect(screen.queryByText(th.auth.setup.title)).not.toBeInTheDocument();
    // The web host cannot switch folders: only the desktop app offers it.
    expect(
      screen.queryByRole('button', { name: th.auth.dataFolder.choose }),
    ).not.toBeInTheDocument();

    const asked = callsTo(fake, 'session.info').length;
    await user.click(screen.getByRole('button', { name: th.vault.databaseMissing.retry }));
    expect(await screen.findByText(th.vault.databaseMissing.stillMissing)).toBeVisible();
    expect(callsTo(fake, 'session.info').length).toBe(asked + 1);

    // The file is back in the data folder.
    fake.session.info = { status: 'signed-out', lastUserName: null };
    await user.click(screen.getByRole('button', { name: th.vault.databaseMissing.retry }));
    expect(
      await screen.findByRole('heading', { level: 1, name: th.auth.signIn.title }),
    ).toBeVisible();
  });

  it('offers another data folder in the desktop app', async () => {
    installFakeKaona({
      session: { info: { status: 'database-missing' } },
      handlers: {
        'app.info': () => ({
          ok: true,
          value: {
            ...FAKE_INFO,
            locale: 'th',
            runtime: { ...FAKE_INFO.runtime, electron: '38.0.0' },
          },
        }),
      },
    });
    renderApp('/about');
    expect(await screen.findByRole('button', { name: th.auth.dataFolder.choose })).toBeVisible();
    expect(screen.getByText(th.vault.databaseMissing.otherFolder)).toBeVisible();
  });
});

describe('the admin notices banner', () => {
  it('asks for a new recovery code, with no way to dismiss it', async () => {
    installFakeKaona({ handlers: vaultHandlers(['recovery_code_renewal']) });
    renderApp('/about');
    const region = await screen.findByRole('region', { name: th.vault.notices.label });
    expect(within(region).getByText(th.vault.notices.renewal.title)).toBeVisible();
    expect(within(region).getByText(th.vault.notices.renewal.why)).toBeVisible();
    expect(
      within(region).getByRole('button', { name: th.vault.notices.renewal.action }),
    ).toBeVisible();
    expect(within(region).queryByText(th.vault.notices.tampered.title)).not.toBeInTheDocument();
    expect(
      within(region).queryByRole('button', { name: th.vault.notices.tampered.acknowledge }),
    ).not.toBeInTheDocument();
  });

  it('warns of an edited key file, links to the audit entry, and goes once noted', async () => {
    const fake = installFakeKaona({ handlers: vaultHandlers(['slot_file_tampered']) });
    const { user } = renderApp('/about');
    const region = await screen.findByRole('region', { name: th.vault.notices.label });
    expect(within(region).getByText(th.vault.notices.tampered.body)).toBeVisible();
    expect(within(region).queryByText(th.vault.notices.renewal.title)).not.toBeInTheDocument();
    expect(
      within(region).getByRole('link', { name: th.vault.notices.tampered.auditLink }),
    ).toHaveAttribute('href', '/audit?action=vault.slot_file_repaired');

    await user.click(
      within(region).getByRole('button', { name: th.vault.notices.tampered.acknowledge }),
    );

    expect(callsTo(fake, 'vault.dismissNotice').map((call) => call.input)).toEqual([
      { notice: 'slot_file_tampered' },
    ]);
    await waitFor(() => expect(notices()).not.toBeInTheDocument());
  });

  it('opens the audit log filtered to the repair from its link', async () => {
    const fake = installFakeKaona({
      handlers: {
        ...vaultHandlers(['slot_file_tampered']),
        ...fakeAccountHandlers(),
        'audit.list': () => ({ ok: true, value: { events: [], hasMore: false } }),
      },
    });
    const { user } = renderApp('/about');
    const region = await screen.findByRole('region', { name: th.vault.notices.label });
    await user.click(
      within(region).getByRole('link', { name: th.vault.notices.tampered.auditLink }),
    );
    expect(await screen.findByRole('heading', { level: 1, name: th.audit.title })).toBeVisible();
    await waitFor(() =>
      expect(callsTo(fake, 'audit.list').at(-1)?.input).toMatchObject({
        action: 'vault.slot_file_repaired',
      }),
    );
    expect(screen.getByLabelText(th.audit.filters.action)).toHaveValue('vault.slot_file_repaired');
  });

  it('is not shown, nor asked for, when the person is not an admin', async () => {
    const fake = installFakeKaona({
      session: { info: signedInAs(FAKE_OFFICER) },
      handlers: vaultHandlers(['recovery_code_renewal', 'slot_file_tampered']),
    });
    renderApp('/about');
    expect(await screen.findByRole('heading', { level: 1, name: th.about.title })).toBeVisible();
    expect(notices()).not.toBeInTheDocument();
    expect(callsTo(fake, 'vault.status')).toHaveLength(0);
  });
});

describe('renewing the recovery code', () => {
  async function openRenewal(overrides: FakeHandlers = {}) {
    const fake = installFakeKaona({
      handlers: { ...vaultHandlers(['recovery_code_renewal']), ...overrides },
    });
    const rendered = renderApp('/about');
    const region = await screen.findByRole('region', { name: th.vault.notices.label });
    await rendered.user.click(
      within(region).getByRole('button', { name: th.vault.notices.renewal.action }),
    );
    const dialog = await screen.findByRole('dialog', { name: th.vault.renew.title });
    return { fake, dialog, ...rendered };
  }

  it('puts a wrong password under the password field and shows no code', async () => {
    const { fake, dialog, user } = await openRenewal();
    await user.type(within(dialog).getByLabelText(th.vault.renew.password), 'not-my-password');
    await user.click(within(dialog).getByRole('button', { name: th.vault.renew.submit }));

    const field = within(dialog).getByLabelText(th.vault.renew.password);
    expect(await within(dialog).findByText(th.auth.reasons.current_password_wrong)).toBeVisible();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveValue('');
    expect(within(dialog).queryAllByTestId('recovery-code-group')).toHaveLength(0);
    expect(callsTo(fake, 'vault.renewRecoveryCode')).toHaveLength(1);
  });

  it('shows the new code once, and closes only after the admin ticks that it is stored', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const { fake, dialog, user } = await openRenewal();
    await user.type(within(dialog).getByLabelText(th.vault.renew.password), FAKE_ADMIN.password);
    await user.click(within(dialog).getByRole('button', { name: th.vault.renew.submit }));

    const groups = await within(dialog).findAllByTestId('recovery-code-group');
    expect(groups.map((group) => group.textContent).join('-')).toBe(NEW_CODE);
    expect(within(dialog).queryByRole('button', { name: th.shell.common.close })).toBeNull();

    // The printed sheet: the code, no user name.
    await user.click(within(dialog).getByRole('button', { name: th.auth.setup.recovery.print }));
    expect(print).toHaveBeenCalledOnce();
    const sheet = screen.getByTestId('recovery-sheet');
    expect(sheet).toHaveAttribute('data-printing', 'true');
    expect(sheet).toHaveTextContent(NEW_CODE.split('-').join(' '));
    expect(sheet).not.toHaveTextContent(FAKE_ADMIN.userName);

    // Neither Escape nor "done" closes it before the tick.
    await user.keyboard('{Escape}');
    await user.click(within(dialog).getByRole('button', { name: th.vault.renew.done }));
    expect(await within(dialog).findByText(th.vault.renew.storedRequired)).toBeVisible();
    expect(screen.getByRole('dialog', { name: th.vault.renew.title })).toBeVisible();
    // The notice stays until then: the code is not yet safe.
    expect(notices()).toBeInTheDocument();

    const statusReads = callsTo(fake, 'vault.status').length;
    await user.click(within(dialog).getByRole('checkbox', { name: th.vault.renew.stored }));
    await user.click(within(dialog).getByRole('button', { name: th.vault.renew.done }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(notices()).not.toBeInTheDocument());
    expect(callsTo(fake, 'vault.confirmRecoveryCode')).toHaveLength(1);
    expect(callsTo(fake, 'vault.status').length).toBeGreaterThan(statusReads);
  });

  it('says so when the code expired before it was confirmed, and keeps the notice', async () => {
    // Main no longer holds the code (a lock came in between, say).
    const { dialog, user } = await openRenewal({
      'vault.confirmRecoveryCode': () => ({
        ok: false,
        error: { code: 'CONFLICT', reason: 'recovery_code_not_pending' },
      }),
    });
    await user.type(within(dialog).getByLabelText(th.vault.renew.password), FAKE_ADMIN.password);
    await user.click(within(dialog).getByRole('button', { name: th.vault.renew.submit }));
    await within(dialog).findAllByTestId('recovery-code-group');
    await user.click(within(dialog).getByRole('checkbox', { name: th.vault.renew.stored }));
    await user.click(within(dialog).getByRole('button', { name: th.vault.renew.done }));
    expect(
      await within(dialog).findByText(th.vault.reasons.recovery_code_not_pending),
    ).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: th.shell.common.close }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(notices()).toBeInTheDocument();
  });

  it('is offered on the settings page too', async () => {
    installFakeKaona({
      handlers: {
        ...vaultHandlers([]),
        'settings.get': () => ({
          ok: true,
          value: {
            agencyName: 'สำนักงาน พม. จังหวัดขอนแก่น',
            idleLockMinutes: 5,
            noSessionDays: 30,
            referralReplyDays: 15,
            backupReminderDays: 7,
            retentionYears: 5,
          },
        }),
      },
    });
    const { user } = renderApp('/settings');
    const section = await screen.findByRole('region', { name: th.vault.settings.heading });
    await user.click(within(section).getByRole('button', { name: th.vault.settings.renew }));
    expect(await screen.findByRole('dialog', { name: th.vault.renew.title })).toBeVisible();
  });
});

describe('the audit log’s marks', () => {
  const base: AuditEvent = {
    seq: 1,
    at: '2026-03-14T02:05:00.000Z',
    actorUserName: 'mali.lz',
    actorRole: null,
    action: 'session.sign_in',
    targetType: null,
    targetId: null,
    outcome: 'failure',
    machine: 'KK-OFFICE-PC1',
    appVersion: '0.1.0',
    details: null,
  };

  function showLog(events: AuditEvent[]) {
    installFakeKaona({
      handlers: {
        ...fakeAccountHandlers(),
        'audit.list': () => ({ ok: true, value: { events, hasMore: false } }),
      },
    });
    return renderApp('/audit');
  }

  it('marks events from the attempt file as unverified, and says why', async () => {
    showLog([
      { ...base, seq: 3, details: { unverified: true } },
      { ...base, seq: 2, outcome: 'success', actorRole: 'admin', actorUserName: 'admin.kk' },
    ]);
    const table = await screen.findByRole('table', { name: th.audit.tableLabel });
    const [, unverifiedRow, verifiedRow] = within(table).getAllByRole('row');
    const badge = within(unverifiedRow!).getByText(th.audit.unverified.badge);
    expect(badge).toBeVisible();
    expect(within(verifiedRow!).queryByText(th.audit.unverified.badge)).not.toBeInTheDocument();
    const explanation = screen.getByText(th.audit.unverified.explanation);
    expect(explanation.id).not.toBe('');
    expect(badge.closest('[aria-describedby]')).toHaveAttribute('aria-describedby', explanation.id);
  });

  it('says nothing about unverified events when none is shown', async () => {
    showLog([{ ...base, outcome: 'success' }]);
    await screen.findByRole('table', { name: th.audit.tableLabel });
    expect(screen.queryByText(th.audit.unverified.explanation)).not.toBeInTheDocument();
    expect(screen.queryByText(th.audit.unverified.badge)).not.toBeInTheDocument();
  });

  it('notes events merged from a mentor’s compartment', async () => {
    showLog([
      { ...base, seq: 2, action: 'session.sign_out', details: { via: 'compartment' } },
      { ...base, seq: 1, action: 'session.sign_in', outcome: 'success' },
    ]);
    const table = await screen.findByRole('table', { name: th.audit.tableLabel });
    const [, mergedRow, ownRow] = within(table).getAllByRole('row');
    expect(within(mergedRow!).getByText(th.audit.viaCompartment)).toBeVisible();
    expect(within(ownRow!).queryByText(th.audit.viaCompartment)).not.toBeInTheDocument();
  });

  it('shows the newest checkpoint and prints it on its own sheet', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const { user } = showLog([base]);
    expect(await screen.findByTestId('audit-anchor-fingerprint')).toHaveTextContent(
      FAKE_ANCHOR_FINGERPRINT,
    );
    await user.click(screen.getByRole('button', { name: th.audit.anchor.print }));
    expect(print).toHaveBeenCalledOnce();
    const sheet = screen.getByTestId('audit-anchor-sheet');
    expect(sheet.parentElement).toBe(document.body);
    expect(sheet).toHaveAttribute('data-printing', 'true');
    expect(sheet).toHaveTextContent('42');
    expect(sheet).toHaveTextContent(FAKE_ANCHOR_FINGERPRINT);
  });
});
