import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../src/renderer/src/i18n/catalogues';
import { installFakeKaona } from './support/fake-kaona';
import { fakeMentoringHandlers, FAKE_MENTOR, reminders } from './support/fake-mentoring';
import { FAKE_OFFICER, signedInAs } from './support/fake-session';
import { renderApp } from './support/render-app';
import { sessionUser } from './support/render-cases-page';
import { renderMentoringPage } from './support/render-mentoring-page';
import { fill } from './support/text';

const { th } = catalogues;
const text = th.mentoring;

describe('the reminders', () => {
  it("lists the office's reminders grouped by kind, each linked to its case file", async () => {
    const fake = installFakeKaona({
      session: { info: signedInAs(FAKE_OFFICER) },
      handlers: fakeMentoringHandlers(),
    });
    renderMentoringPage('/reminders', sessionUser(FAKE_OFFICER));
    const overdue = await screen.findByRole('region', {
      name: `${text.codes.reminderKinds.overdue_action} (1)`,
    });
    expect(
      within(overdue).getByRole('link', { name: 'นางสาวสมศรี ใจดี 1 · KK-2569-00001' }),
    ).toHaveAttribute('href', '/cases/1');
    expect(
      within(overdue).getByText(
        fill(text.reminders.overdueItem, { description: 'ถ่ายรูปสินค้า 10 รูป', days: 6 }),
      ),
    ).toBeVisible();
    const quiet = screen.getByRole('region', {
      name: `${text.codes.reminderKinds.no_recent_session} (1)`,
    });
    expect(within(quiet).getByText(fill(text.reminders.noSessionRule, { days: 30 }))).toBeVisible();
    expect(within(quiet).getByText(fill(text.reminders.noSessionItem, { days: 45 }))).toBeVisible();
    const capacity = screen.getByRole('region', {
      name: `${text.codes.reminderKinds.mentor_over_capacity} (1)`,
    });
    expect(
      within(capacity).getByText(
        fill(text.reminders.overCapacityItem, { name: 'มานี มีสุข', count: 3 }),
      ),
    ).toBeVisible();
    expect(within(capacity).getByRole('link', { name: 'มานี มีสุข' })).toHaveAttribute(
      'href',
      '/mentors/10',
    );
    const channels = fake.calls.map((call) => call.channel);
    expect(channels).toContain('reminders.list');
    expect(channels).not.toContain('mentoring.reminders');
  });

  it("shows a mentor their own reminders, linked to their mentee's page", async () => {
    const fake = installFakeKaona({
      session: { info: signedInAs(FAKE_MENTOR) },
      handlers: {
        ...fakeMentoringHandlers(),
        'mentoring.reminders': () => ({
          ok: true,
          value: reminders({
            items: reminders().items.filter((item) => item.kind === 'overdue_action'),
          }),
        }),
      },
    });
    renderMentoringPage('/reminders', sessionUser(FAKE_MENTOR));
    expect(
      await screen.findByRole('link', { name: 'นางสาวสมศรี ใจดี 1 · KK-2569-00001' }),
    ).toHaveAttribute('href', '/workspace/cases/1');
    expect(
      screen.queryByRole('region', {
        name: new RegExp(text.codes.reminderKinds.no_recent_session),
      }),
    ).toBeNull();
    expect(fake.calls.map((call) => call.channel)).not.toContain('reminders.list');
  });

  it('counts them in a header badge that leads to the list', async () => {
    installFakeKaona({
      session: { info: signedInAs(FAKE_OFFICER) },
      handlers: fakeMentoringHandlers(),
    });
    const { user, router } = renderApp('/about');
    const header = await screen.findByRole('banner');
    const badge = await within(header).findByRole('link', {
      name: fill(text.reminders.badge, { count: 3 }),
    });
    expect(badge).toHaveTextContent('3');
    await user.click(badge);
    await waitFor(() => expect(router.state.location.pathname).toBe('/reminders'));
    expect(
      await screen.findByRole('heading', { level: 1, name: text.reminders.title }),
    ).toBeVisible();
  });
});
