import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../src/renderer/src/i18n/catalogues';
import type { RestoreContents, RestoreManifestSummary } from '../../src/shared/domain/restore';
import { blockingAxeViolations } from './support/axe';
import { installFakeKaona, type FakeHandlers, type FakeKaona } from './support/fake-kaona';
import { renderApp } from './support/render-app';

const { th } = catalogues;

const SUMMARY: RestoreManifestSummary = {
  folderName: 'kaona-backup-20261202-134501',
  createdAt: '2026-12-02T06:45:01.000Z',
  appVersion: '0.4.0',
  schemaVersion: 9,
  counts: { cases: 1234, users: 3 },
  files: 3,
  bytes: 4096,
};

const CONTENTS: RestoreContents = {
  token: '6f1c1a53-3a55-4cf5-9d6b-0ab0b0c0d0e0',
  manifest: SUMMARY,
  officeName: 'สำนักงาน พม. จังหวัดขอนแก่น',
  accounts: [
    { userName: 'admin.kk', role: 'admin', active: true },
    { userName: 'officer.a', role: 'officer', active: true },
  ],
  counts: { cases: 1234, users: 3 },
  integrity: 'ok',
  anchorMatches: true,
  sameOffice: null,
  erasuresUndone: null,
  accountsRevived: null,
};

function restoreHandlers(fake: () => FakeKaona, extra: FakeHandlers = {}): FakeHandlers {
  return {
    'restore.choose': () => ({ ok: true, value: { folderName: SUMMARY.folderName } }),
    'restore.inspect': () => ({ ok: true, value: SUMMARY }),
    'restore.unlock': () => ({ ok: true, value: CONTENTS }),
    'restore.apply': () => {
      fake().session.info = { status: 'signed-out', lastUserName: null };
      return { ok: true, value: fake().session.info };
    },
    'restore.cancel': () => ({ ok: true, value: null }),
    ...extra,
  };
}

function firstRun(extra: FakeHandlers = {}) {
  const fake: FakeKaona = installFakeKaona({
    session: { info: { status: 'needs-setup' } },
    handlers: restoreHandlers(() => fake, extra),
  });
  return { fake, ...renderApp('/') };
}

describe('restore from a backup', () => {
  it('at first run: choose, check, admin password, contents, confirm, done, then sign-in', async () => {
    const { fake, user } = firstRun();
    await user.click(await screen.findByRole('button', { name: th.restore.flow.offerButton }));
    await user.click(screen.getByRole('button', { name: th.restore.flow.choose }));
    expect(await screen.findByTestId('restore-folder')).toHaveTextContent(SUMMARY.folderName);
    await user.click(screen.getByRole('button', { name: th.restore.flow.verify }));

    await user.type(await screen.findByLabelText(th.restore.flow.userName), 'admin.kk');
    await user.type(screen.getByLabelText(th.restore.flow.password), 'Kaona-admin-2569!');
    await user.click(screen.getByRole('button', { name: th.restore.flow.open }));

    const table = await screen.findByTestId('restore-contents');
    // The backup's time in the Buddhist era, Bangkok time.
    expect(within(table).getByTestId('restore-created-at')).toHaveTextContent('2 ธันวาคม 2569');
    expect(within(table).getByTestId('restore-count-cases')).toHaveTextContent('1,234');
    expect(within(table).getByText(/officer\.a/)).toBeVisible();

    expect(await blockingAxeViolations()).toEqual([]);
    const apply = screen.getByRole('button', { name: th.restore.flow.apply });
    expect(apply).toBeDisabled();
    expect(screen.getByText(th.restore.flow.confirmWarning)).toBeVisible();
    await user.click(screen.getByLabelText(th.restore.flow.confirmCheck));
    await user.click(apply);

    await user.click(await screen.findByRole('button', { name: th.restore.flow.signIn }));
    expect(await screen.findByRole('heading', { name: th.auth.signIn.title })).toBeVisible();
    expect(fake.calls.find((call) => call.channel === 'restore.unlock')?.input).toEqual({
      userName: 'admin.kk',
      password: 'Kaona-admin-2569!',
    });
    expect(fake.calls.find((call) => call.channel === 'restore.apply')?.input).toEqual({
      token: CONTENTS.token,
    });
  });

  it('shows why a backup is refused', async () => {
    const { user } = firstRun({
      'restore.inspect': () => ({
        ok: false,
        error: { code: 'VALIDATION', reason: 'backup_file_changed' },
      }),
    });
    await user.click(await screen.findByRole('button', { name: th.restore.flow.offerButton }));
    await user.click(screen.getByRole('button', { name: th.restore.flow.choose }));
    await user.click(await screen.findByRole('button', { name: th.restore.flow.verify }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      th.restore.reasons.backup_file_changed,
    );
  });

  it('refuses an officer of the backup with a clear message', async () => {
    const { user } = firstRun({
      'restore.unlock': () => ({
        ok: false,
        error: { code: 'FORBIDDEN', reason: 'restore_admin_only' },
      }),
    });
    await user.click(await screen.findByRole('button', { name: th.restore.flow.offerButton }));
    await user.click(screen.getByRole('button', { name: th.restore.flow.choose }));
    await user.click(await screen.findByRole('button', { name: th.restore.flow.verify }));
    await user.type(await screen.findByLabelText(th.restore.flow.userName), 'officer.a');
    await user.type(screen.getByLabelText(th.restore.flow.password), 'Officer-pass-2569');
    await user.click(screen.getByRole('button', { name: th.restore.flow.open }));
    expect(await screen.findByText(th.restore.reasons.restore_admin_only)).toBeVisible();
  });

  it('shows the check’s progress and cancels it', async () => {
    const inspect = Promise.withResolvers<
      | { ok: true; value: RestoreManifestSummary }
      | { ok: false; error: { code: 'CONFLICT'; reason: 'restore_cancelled' } }
    >();
    const { fake, user } = firstRun({
      'restore.inspect': () => inspect.promise,
      'restore.cancel': () => {
        inspect.resolve({ ok: false, error: { code: 'CONFLICT', reason: 'restore_cancelled' } });
        return { ok: true, value: null };
      },
    });
    await user.click(await screen.findByRole('button', { name: th.restore.flow.offerButton }));
    await user.click(screen.getByRole('button', { name: th.restore.flow.choose }));
    await user.click(await screen.findByRole('button', { name: th.restore.flow.verify }));
    await screen.findByTestId('restore-progress');
    act(() =>
      fake.emit('job.progress', {
        jobId: '6f1c1a53-3a55-4cf5-9d6b-0ab0b0c0d0e1',
        kind: 'backup.restore',
        state: 'running',
        done: 2048,
        total: 4096,
        reason: null,
      }),
    );
    expect(
      await screen.findByText(th.restore.flow.progress.replace('{{percent}}', '50')),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: th.restore.flow.cancel }));
    expect(await screen.findByText(th.restore.reasons.restore_cancelled)).toBeVisible();
    expect(fake.calls.some((call) => call.channel === 'restore.cancel')).toBe(true);
  });

  it('is offered on the database-missing screen', async () => {
    const fake: FakeKaona = installFakeKaona({
      session: { info: { status: 'database-missing' } },
      handlers: restoreHandlers(() => fake),
    });
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('button', { name: th.restore.flow.offerButton }));
    expect(await screen.findByRole('heading', { name: th.restore.title })).toBeVisible();
  });

  it('found in review: warns that the copy brings back people erased and accounts removed since', async () => {
    const { user } = firstRun({
      'restore.unlock': () => ({
        ok: true,
        value: { ...CONTENTS, erasuresUndone: 2, accountsRevived: ['officer.a'] },
      }),
    });
    await user.click(await screen.findByRole('button', { name: th.restore.flow.offerButton }));
    await user.click(screen.getByRole('button', { name: th.restore.flow.choose }));
    await user.click(await screen.findByRole('button', { name: th.restore.flow.verify }));
    await user.type(await screen.findByLabelText(th.restore.flow.userName), 'admin.kk');
    await user.type(screen.getByLabelText(th.restore.flow.password), 'Kaona-admin-2569!');
    await user.click(screen.getByRole('button', { name: th.restore.flow.open }));
    expect(await screen.findByTestId('restore-erasures-undone')).toHaveTextContent(
      /2 คนที่ลบไปแล้วตามคำขอ/,
    );
    expect(screen.getByTestId('restore-account-revived')).toHaveTextContent(
      th.restore.flow.revived,
    );
  });

  it('is a page for the signed-in admin', async () => {
    const fake: FakeKaona = installFakeKaona({ handlers: restoreHandlers(() => fake) });
    renderApp('/restore');
    expect(await screen.findByRole('heading', { name: th.restore.title })).toBeVisible();
    expect(screen.getByRole('button', { name: th.restore.flow.choose })).toBeVisible();
  });
});
