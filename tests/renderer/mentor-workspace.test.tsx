import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../src/renderer/src/i18n/catalogues';
import { blockingAxeViolations } from './support/axe';
import type { FakeHandlers } from './support/fake-kaona';
import { installFakeKaona } from './support/fake-kaona';
import { fakeMentoringHandlers, FAKE_MENTOR, workspace } from './support/fake-mentoring';
import { FAKE_OFFICER, signedInAs } from './support/fake-session';
import { renderApp } from './support/render-app';
import { sessionUser } from './support/render-cases-page';
import { renderMentoringPage } from './support/render-mentoring-page';
import { fill } from './support/text';

const { th } = catalogues;
const text = th.mentoring;

function setup(handlers: FakeHandlers = {}) {
  const fake = installFakeKaona({
    session: { info: signedInAs(FAKE_MENTOR) },
    handlers: { ...fakeMentoringHandlers(), ...handlers },
  });
  const rendered = renderMentoringPage('/workspace', sessionUser(FAKE_MENTOR));
  const callsTo = (channel: string) => fake.calls.filter((call) => call.channel === channel);
  return { fake, callsTo, ...rendered };
}

describe('the mentor workspace', () => {
  it('lists my mentees with next session in พ.ศ., overdue badges, this week and overdue actions', async () => {
    setup();
    expect(
      await screen.findByRole('heading', { level: 1, name: text.workspace.title }),
    ).toBeVisible();
    const mentees = screen.getByRole('region', { name: text.workspace.mentees });
    const first = within(mentees).getByRole('rowheader', { name: /นางสาวสมศรี ใจดี 1/ });
    const row = first.closest('tr')!;
    expect(within(row).getByRole('link', { name: 'นางสาวสมศรี ใจดี 1' })).toHaveAttribute(
      'href',
      '/workspace/cases/1',
    );
    expect(within(row).getByText('ศรี')).toBeVisible();
    expect(within(row).getByText('เมืองขอนแก่น, ขอนแก่น')).toBeVisible();
    expect(within(row).getByText('3 เม.ย. 2569')).toBeVisible();
    expect(within(row).getByText(fill(text.workspace.overdueBadge, { count: 1 }))).toBeVisible();
    expect(
      within(row).getByRole('button', {
        name: fill(text.workspace.logSessionFor, { name: 'นางสาวสมศรี ใจดี 1' }),
      }),
    ).toBeVisible();

    const week = screen.getByRole('region', { name: text.workspace.thisWeek });
    expect(within(week).getByText(/1 ชั่วโมง 30 นาที · LINE/)).toBeVisible();
    const overdue = screen.getByRole('region', { name: text.workspace.overdue });
    expect(within(overdue).getByText('ถ่ายรูปสินค้า 10 รูป')).toBeVisible();
    // Office mode: nothing to carry out, no "refreshed at".
    expect(screen.queryByRole('button', { name: text.carry.export })).not.toBeInTheDocument();
    expect(await blockingAxeViolations()).toEqual([]);
  });

  it('in a compartment: says when the office refreshed it, flags conflicts, and carries out', async () => {
    const { user, callsTo } = setup({
      'mentoring.workspace': () => ({
        ok: true,
        value: workspace({
          mode: 'compartment',
          conflicts: 2,
          refreshedAt: '2026-03-21T02:15:00.000Z',
        }),
      }),
      'carry.export': () => ({
        ok: true,
        value: {
          savedTo: 'D:\\kaona-boonmee.kaona',
          sequence: 3,
          exportedAt: '2026-03-21T03:00:00.000Z',
        },
      }),
    });
    expect(await screen.findByText(/^ข้อมูลจากสำนักงาน ณ 21 มี\.ค\. 2569/)).toBeVisible();
    expect(screen.getByText(fill(text.workspace.conflicts, { count: 2 }))).toBeVisible();
    expect(screen.getByRole('link', { name: text.workspace.resolveConflicts })).toHaveAttribute(
      'href',
      '/workspace/conflicts',
    );
    await user.click(screen.getByRole('button', { name: text.carry.export }));
    expect(
      await screen.findByText(
        fill(text.carry.savedTo, { path: 'D:\\kaona-boonmee.kaona', sequence: 3 }),
      ),
    ).toBeVisible();
    expect(callsTo('carry.export')).toHaveLength(1);
  });

  it("says so when this account has no mentor profile (main's reason)", async () => {
    setup({
      'mentoring.workspace': () => ({
        ok: false,
        error: { code: 'FORBIDDEN', reason: 'not_a_mentor' },
      }),
    });
    expect(await screen.findByText(text.reasons.not_a_mentor)).toBeVisible();
  });

  it('opens a mentor on the workspace, and hides it from an officer who is not a mentor', async () => {
    installFakeKaona({
      session: { info: signedInAs(FAKE_MENTOR) },
      handlers: fakeMentoringHandlers(),
    });
    const mentor = renderApp('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: text.workspace.title }),
    ).toBeVisible();
    expect(mentor.router.state.location.pathname).toBe('/workspace');
    mentor.unmount();

    installFakeKaona({
      session: { info: signedInAs(FAKE_OFFICER) },
      handlers: {
        'mentoring.workspace': () => ({
          ok: false,
          error: { code: 'FORBIDDEN', reason: 'not_a_mentor' },
        }),
      },
    });
    renderApp('/about');
    const nav = await screen.findByRole('navigation', { name: th.shell.nav.label });
    expect(within(nav).getByRole('link', { name: th.shell.nav.cases })).toBeVisible();
    await waitFor(() =>
      expect(within(nav).queryByRole('link', { name: th.shell.nav.workspace })).toBeNull(),
    );
  });
});
