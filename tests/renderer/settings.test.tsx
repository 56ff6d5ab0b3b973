import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SettingsPage } from '../../src/renderer/src/features/settings/SettingsPage';
import { catalogues } from '../../src/renderer/src/i18n/catalogues';
import type { OfficeSettings } from '../../src/shared/domain/office-settings';
import { installFakeKaona } from './support/fake-kaona';
import { renderAdminPage } from './support/render-admin-page';
import { label } from './support/text';

const { th } = catalogues;

function setup(
  initial: OfficeSettings = {
    agencyName: 'สำนักงาน พม. จังหวัดขอนแก่น',
    idleLockMinutes: 5,
    noSessionDays: 30,
    referralReplyDays: 15,
    backupReminderDays: 7,
    retentionYears: 5,
  },
) {
  let stored = { ...initial };
  const fake = installFakeKaona({
    handlers: {
      'settings.get': () => ({ ok: true, value: { ...stored } }),
      'settings.update': (patch) => {
        stored = { ...stored, ...patch };
        return { ok: true, value: { ...stored } };
      },
    },
  });
  const rendered = renderAdminPage(<SettingsPage />);
  const updates = () =>
    fake.calls.filter((call) => call.channel === 'settings.update').map((call) => call.input);
  return { fake, updates, ...rendered };
}

describe('the office settings page', () => {
  it('shows the saved settings and explains the idle lock', async () => {
    setup();
    expect(await screen.findByLabelText(label(th.settings.agencyName))).toHaveValue(
      'สำนักงาน พม. จังหวัดขอนแก่น',
    );
    expect(screen.getByLabelText(label(th.settings.idleLockMinutes))).toHaveValue('5');
    expect(screen.getByText(th.settings.idleLockMinutesHint)).toBeInTheDocument();
    expect(screen.getByText(th.settings.agencyNameHint)).toBeInTheDocument();
  });

  it.each(['0', '61', ''])('refuses %j minutes without calling main', async (typed) => {
    const { user, updates } = setup();
    const minutes = await screen.findByLabelText(label(th.settings.idleLockMinutes));
    await user.clear(minutes);
    if (typed) await user.type(minutes, typed);
    await user.click(screen.getByRole('button', { name: th.settings.save }));

    expect(await screen.findByText(th.settings.idleLockMinutesError)).toBeInTheDocument();
    expect(minutes).toHaveAttribute('aria-invalid', 'true');
    expect(updates()).toEqual([]);
  });

  it('refuses an empty agency name', async () => {
    const { user, updates } = setup();
    await user.clear(await screen.findByLabelText(label(th.settings.agencyName)));
    await user.click(screen.getByRole('button', { name: th.settings.save }));
    expect(await screen.findByText(th.settings.agencyNameError)).toBeInTheDocument();
    expect(updates()).toEqual([]);
  });

  it('saves valid settings, says so, and lets the signed-in shell pick them up', async () => {
    const { user, updates, session } = setup();
    const minutes = await screen.findByLabelText(label(th.settings.idleLockMinutes));
    await user.clear(minutes);
    await user.type(minutes, '15');
    const agency = screen.getByLabelText(label(th.settings.agencyName));
    await user.clear(agency);
    await user.type(agency, 'สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดขอนแก่น');
    await user.click(screen.getByRole('button', { name: th.settings.save }));

    expect(await screen.findByText(th.settings.saved)).toBeInTheDocument();
    expect(updates()).toEqual([
      {
        agencyName: 'สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดขอนแก่น',
        idleLockMinutes: 15,
        noSessionDays: 30,
        referralReplyDays: 15,
        backupReminderDays: 7,
        retentionYears: 5,
      },
    ]);
    await waitFor(() => expect(session.refresh).toHaveBeenCalled());
    // Saved: nothing left to save until something changes again.
    expect(screen.getByRole('button', { name: th.settings.save })).toBeDisabled();
  });

  it('saves the days without a session after which a mentee is listed in the reminders', async () => {
    const { user, updates } = setup();
    const days = await screen.findByLabelText(label(th.settings.noSessionDays));
    expect(days).toHaveValue('30');
    await user.clear(days);
    await user.type(days, '400');
    await user.click(screen.getByRole('button', { name: th.settings.save }));
    expect(await screen.findByText(th.settings.noSessionDaysError)).toBeInTheDocument();
    expect(updates()).toEqual([]);

    await user.clear(days);
    await user.type(days, '45');
    await user.click(screen.getByRole('button', { name: th.settings.save }));
    expect(await screen.findByText(th.settings.saved)).toBeInTheDocument();
    expect(updates()).toEqual([
      {
        agencyName: 'สำนักงาน พม. จังหวัดขอนแก่น',
        idleLockMinutes: 5,
        noSessionDays: 45,
        referralReplyDays: 15,
        backupReminderDays: 7,
        retentionYears: 5,
      },
    ]);
  });

  it('shows a failure to save and keeps what was typed', async () => {
    installFakeKaona({
      handlers: {
        'settings.get': () => ({
          ok: true,
          value: {
            agencyName: 'สำนักงาน',
            idleLockMinutes: 5,
            noSessionDays: 30,
            referralReplyDays: 15,
            backupReminderDays: 7,
            retentionYears: 5,
          },
        }),
        'settings.update': () => ({ ok: false, error: { code: 'FORBIDDEN' } }),
      },
    });
    const { user } = renderAdminPage(<SettingsPage />);
    const minutes = await screen.findByLabelText(label(th.settings.idleLockMinutes));
    await user.clear(minutes);
    await user.type(minutes, '10');
    await user.click(screen.getByRole('button', { name: th.settings.save }));
    expect(await screen.findByText(th.shell.errors.FORBIDDEN)).toBeInTheDocument();
    expect(minutes).toHaveValue('10');
  });
});
