import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../src/renderer/src/i18n/catalogues';
import type { SessionInfo } from '../../src/shared/domain/accounts';
import { installFakeKaona, type FakeHandlers } from './support/fake-kaona';
import { FAKE_AGENCY, type FakePerson } from './support/fake-session';
import { renderApp } from './support/render-app';

const { th, en } = catalogues;

const FAKE_MENTOR: FakePerson = {
  id: 7,
  userName: 'mentor.lz',
  fullName: 'Mali Lazada',
  position: '',
  role: 'mentor',
  mustChangePassword: false,
  password: 'Mentor-pass-2569',
};

const MENTOR_ONLY: SessionInfo = {
  status: 'signed-out',
  lastUserName: FAKE_MENTOR.userName,
  mentorOnly: true,
};

function firstRun(handlers: FakeHandlers = {}, language: 'th' | 'en' = 'th') {
  const fake = installFakeKaona({
    session: { info: { status: 'needs-setup' }, people: [FAKE_MENTOR] },
    preferences: { language },
    handlers,
  });
  return { fake, ...renderApp('/about') };
}

function fileInput(container: HTMLElement): HTMLInputElement {
  const input = container.ownerDocument.querySelector<HTMLInputElement>(
    'input[type=file][accept=".kaona-carry"]',
  );
  if (!input) throw new Error('no carried-file input');
  return input;
}

describe('first run: opening a mentor’s carried file', () => {
  it('offers the second choice, sends the picked file as base64, then shows the mentor-only sign-in', async () => {
    const { fake, user, container } = firstRun({
      'carry.open': () => {
        fake.session.info = MENTOR_ONLY;
        return {
          ok: true,
          value: {
            userName: FAKE_MENTOR.userName,
            fullName: '',
            agencyName: FAKE_AGENCY,
            exportedAt: '2026-11-26T03:00:00.000Z',
          },
        };
      },
    });
    expect(await screen.findByRole('heading', { name: th.auth.setup.carry.heading })).toBeVisible();
    await user.upload(
      fileInput(container),
      new File(['KAONA-CARRY'], 'mentor.kaona-carry', { type: '' }),
    );

    expect(await screen.findByText(th.auth.signIn.mentorOnly)).toBeVisible();
    expect(fake.calls.filter((call) => call.channel === 'carry.open').map((c) => c.input)).toEqual([
      { fileName: 'mentor.kaona-carry', contentBase64: btoa('KAONA-CARRY') },
    ]);
    expect(screen.getByLabelText(th.auth.signIn.userName)).toHaveValue(FAKE_MENTOR.userName);
    // No office here, so no administrator's recovery code either.
    expect(screen.queryByRole('button', { name: th.auth.signIn.forgot })).toBeNull();
    expect(fake.calls.map((call) => call.channel)).not.toContain('setup.begin');
  });

  it('shows main’s reason when the file is refused, and stays on the first-run screen', async () => {
    const { user, container } = firstRun(
      {
        'carry.open': () => ({
          ok: false,
          error: { code: 'VALIDATION', reason: 'carry_file_damaged' },
        }),
      },
      'en',
    );
    await screen.findByRole('heading', { name: en.auth.setup.carry.heading });
    await user.upload(fileInput(container), new File(['x'], 'old.kaona-carry'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      en.mentors.reasons.carry_file_damaged,
    );
    expect(screen.getByRole('heading', { name: en.auth.setup.carry.heading })).toBeVisible();
  });

  it('marks a carried session in the header', async () => {
    installFakeKaona({
      session: {
        info: {
          status: 'signed-in',
          user: {
            id: FAKE_MENTOR.id,
            userName: FAKE_MENTOR.userName,
            fullName: FAKE_MENTOR.fullName,
            position: '',
            role: 'mentor',
            mustChangePassword: false,
          },
          agencyName: FAKE_AGENCY,
          idleLockMinutes: 5,
          mentorOnly: true,
        },
        people: [FAKE_MENTOR],
      },
    });
    renderApp('/about');
    const banner = await screen.findByRole('banner');
    expect(await screen.findByText(th.mentoring.carry.badge)).toBeVisible();
    expect(banner).toHaveTextContent(th.mentoring.carry.badge);
  });
});
