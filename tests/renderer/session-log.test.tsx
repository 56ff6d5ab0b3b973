import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { catalogues } from '../../src/renderer/src/i18n/catalogues';
import type { SessionLogInput } from '../../src/shared/domain/mentoring';
import { blockingAxeViolations } from './support/axe';
import { installFakeKaona, type FakeHandlers } from './support/fake-kaona';
import { ACTION_ID, fakeMentoringHandlers, FAKE_MENTOR, session } from './support/fake-mentoring';
import { signedInAs } from './support/fake-session';
import { sessionUser } from './support/render-cases-page';
import { renderMentoringPage } from './support/render-mentoring-page';
import { label } from './support/text';

const { th } = catalogues;
const text = th.mentoring;

beforeEach(() => {
  // Mantine's growing text areas listen for web fonts loading, which jsdom does not have.
  if (!('fonts' in document)) {
    Object.defineProperty(document, 'fonts', {
      configurable: true,
      value: { addEventListener: () => {}, removeEventListener: () => {} },
    });
  }
});

async function openForm(handlers: FakeHandlers = {}) {
  const fake = installFakeKaona({
    session: { info: signedInAs(FAKE_MENTOR) },
    handlers: { ...fakeMentoringHandlers(), ...handlers },
  });
  const rendered = renderMentoringPage('/workspace/cases/1', sessionUser(FAKE_MENTOR));
  await rendered.user.click(await screen.findByRole('button', { name: text.workspace.logSession }));
  const dialog = await screen.findByRole('dialog', { name: text.session.titleNew });
  // The topics arrive with the form.
  await within(dialog).findByRole('checkbox', { name: 'การเปิดร้านค้าออนไลน์' });
  const logged = () =>
    fake.calls
      .filter((call) => call.channel === 'mentoring.logSession')
      .map((call) => call.input as SessionLogInput);
  return { dialog, logged, ...rendered };
}

async function typeInto(
  user: ReturnType<typeof renderMentoringPage>['user'],
  input: HTMLElement,
  value: string,
) {
  await user.clear(input);
  await user.type(input, value);
  await user.tab();
}

describe('the session log form', () => {
  it('refuses an empty log with Thai messages under the fields, without calling main', async () => {
    const { dialog, user, logged } = await openForm();
    await typeInto(
      user,
      within(dialog).getByRole('textbox', { name: label(text.session.heldTime) }),
      '25:00',
    );
    await typeInto(user, within(dialog).getByRole('textbox', { name: text.session.hours }), '0');
    await typeInto(user, within(dialog).getByRole('textbox', { name: text.session.minutes }), '0');
    await typeInto(
      user,
      within(dialog).getByRole('textbox', { name: label(text.session.nextSessionOn) }),
      '1/1/2560',
    );
    await user.click(within(dialog).getByRole('button', { name: text.session.save }));

    expect(await within(dialog).findByText(text.formErrors.time_invalid)).toBeVisible();
    expect(within(dialog).getByText(text.formErrors.duration_too_short)).toBeVisible();
    expect(within(dialog).getByText(th.cases.formErrors.choose_one)).toBeVisible();
    expect(within(dialog).getByText(th.shell.formErrors.required)).toBeVisible();
    expect(within(dialog).getByText(text.formErrors.next_before_held)).toBeVisible();
    expect(
      within(dialog).getByRole('textbox', { name: label(text.session.summary) }),
    ).toHaveAttribute('aria-invalid', 'true');
    expect(logged()).toEqual([]);
    expect(await blockingAxeViolations(dialog)).toEqual([]);
  });

  it('sends the session with its agreed actions, ticked earlier actions and the duration in minutes', async () => {
    const { dialog, user, logged } = await openForm({
      'mentoring.logSession': () => ({ ok: true, value: session() }),
    });
    await typeInto(
      user,
      within(dialog).getByRole('textbox', { name: label(text.session.heldOn) }),
      '20/3/2569',
    );
    await typeInto(
      user,
      within(dialog).getByRole('textbox', { name: label(text.session.heldTime) }),
      '13.30',
    );
    await typeInto(user, within(dialog).getByRole('textbox', { name: text.session.hours }), '1');
    await typeInto(user, within(dialog).getByRole('textbox', { name: text.session.minutes }), '45');
    await user.click(within(dialog).getByRole('radio', { name: text.codes.modes.video }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'การเปิดร้านค้าออนไลน์' }));
    // A retired topic is not offered for a new session.
    expect(within(dialog).queryByRole('checkbox', { name: 'หัวข้อที่เลิกใช้' })).toBeNull();
    await user.type(
      within(dialog).getByRole('textbox', { name: label(text.session.summary) }),
      'สมัครร้านค้าและตั้งชื่อร้าน',
    );

    const add = within(dialog).getByRole('button', { name: text.session.addAction });
    await user.click(add);
    await user.click(add);
    const descriptions = () =>
      within(dialog).getAllByRole('textbox', { name: label(text.session.actionDescription) });
    await user.type(descriptions()[0]!, 'จะถูกลบ');
    await user.type(descriptions()[1]!, 'ถ่ายรูปสินค้า 5 รูป');
    await user.click(within(dialog).getByRole('button', { name: 'ลบสิ่งที่ตกลงทำข้อ 1' }));
    expect(descriptions()).toHaveLength(1);
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: text.session.actionOwner }),
      'mentor',
    );
    await typeInto(
      user,
      within(dialog).getByRole('textbox', { name: label(text.session.actionDue) }),
      '27/3/2569',
    );
    await user.click(within(dialog).getByRole('checkbox', { name: 'ถ่ายรูปสินค้า 10 รูป' }));
    await typeInto(
      user,
      within(dialog).getByRole('textbox', { name: label(text.session.nextSessionOn) }),
      '3/4/2569',
    );
    await user.click(within(dialog).getByRole('button', { name: text.session.save }));

    await waitFor(() => expect(logged()).toHaveLength(1));
    expect(logged()[0]).toEqual({
      caseId: 1,
      heldOn: '2026-03-20',
      heldTime: '13:30',
      durationMinutes: 105,
      mode: 'video',
      topics: ['shop_setup'],
      summary: 'สมัครร้านค้าและตั้งชื่อร้าน',
      actions: [{ description: 'ถ่ายรูปสินค้า 5 รูป', owner: 'mentor', dueOn: '2026-03-27' }],
      completedActionIds: [ACTION_ID],
      nextSessionOn: '2026-04-03',
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it("puts main's reason under the field it concerns", async () => {
    const { dialog, user } = await openForm({
      'mentoring.logSession': () => ({
        ok: false,
        error: { code: 'VALIDATION', reason: 'session_before_case' },
      }),
    });
    await user.click(within(dialog).getByRole('checkbox', { name: 'การเปิดร้านค้าออนไลน์' }));
    await user.type(
      within(dialog).getByRole('textbox', { name: label(text.session.summary) }),
      'โทรคุยเรื่องร้าน',
    );
    await user.click(within(dialog).getByRole('button', { name: text.session.save }));
    expect(await within(dialog).findByText(text.reasons.session_before_case)).toBeVisible();
    expect(
      within(dialog).getByRole('textbox', { name: label(text.session.heldOn) }),
    ).toHaveAttribute('aria-invalid', 'true');
  });
});
