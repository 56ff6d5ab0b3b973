import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { flushBeforeLock } from '../../src/renderer/src/app/session/before-lock';
import { SignedInSession } from '../../src/renderer/src/app/session/SignedInSession';
import { IntakePage } from '../../src/renderer/src/features/intake/IntakePage';
import { catalogues } from '../../src/renderer/src/i18n/catalogues';
import { installFakeKaona } from './support/fake-kaona';
import {
  completeValues,
  draftOf,
  fakeIntakeHandlers,
  NO_DUPLICATES,
  type FakeIntakeState,
} from './support/fake-intake';
import { renderAdminPage, SIGNED_IN_ADMIN } from './support/render-admin-page';
import { renderIntake } from './support/render-intake';
import { label } from './support/text';

const intake = catalogues.th.intake;

function open(state: Partial<FakeIntakeState> = {}) {
  const fakeState: FakeIntakeState = { draft: null, duplicates: NO_DUPLICATES, ...state };
  const fake = installFakeKaona({ handlers: fakeIntakeHandlers(fakeState) });
  return { fake, state: fakeState, ...renderIntake() };
}

const savesOf = (fake: ReturnType<typeof installFakeKaona>) =>
  fake.calls.filter((call) => call.channel === 'drafts.save');

describe('intake drafts', () => {
  it('offers an unfinished intake and resumes it where it was left, with its values', async () => {
    const { user, fake } = open({ draft: draftOf(completeValues(), 1) });
    expect(await screen.findByText(intake.draft.title)).toBeInTheDocument();
    // Nothing is shown or saved over the draft until the clerk chooses.
    expect(screen.queryByRole('textbox')).toBeNull();
    await user.click(screen.getByRole('button', { name: intake.draft.resume }));

    expect(await screen.findByRole('heading', { level: 2 })).toHaveTextContent(
      intake.steps.contact,
    );
    expect(screen.getByRole('textbox', { name: intake.contact.phone })).toHaveValue('0812345678');
    await user.click(screen.getByRole('button', { name: intake.wizard.back }));
    expect(screen.getByRole('textbox', { name: label(intake.identity.firstName) })).toHaveValue(
      'สมหญิง',
    );
    expect(screen.getByRole('textbox', { name: label(intake.identity.birthDate) })).toHaveValue(
      '5/3/2530',
    );
    expect(screen.getByRole('radio', { name: catalogues.th.cases.codes.titles.mrs })).toBeChecked();
    expect(fake.calls.some((call) => call.channel === 'drafts.discard')).toBe(false);
  });

  it('starts over by discarding the draft', async () => {
    const { user, state } = open({ draft: draftOf(completeValues(), 3) });
    await user.click(await screen.findByRole('button', { name: intake.draft.startOver }));
    const firstName = await screen.findByRole('textbox', {
      name: label(intake.identity.firstName),
    });
    expect(firstName).toHaveValue('');
    expect(state.draft).toBeNull();
  });

  it('saves what is typed about a second after typing stops, once for a burst of keys', async () => {
    const { user, fake, state } = open();
    const firstName = await screen.findByRole('textbox', {
      name: label(intake.identity.firstName),
    });
    expect(savesOf(fake)).toHaveLength(0);
    await user.type(firstName, 'มาลี');
    await waitFor(() => expect(savesOf(fake)).toHaveLength(1), { timeout: 3000 });
    expect(state.draft?.step).toBe(0);
    expect(JSON.parse(state.draft?.json ?? '{}')).toMatchObject({
      identity: { firstName: 'มาลี' },
    });
  });

  it('saves unsaved typing at once when the person locks the screen', async () => {
    const { user, fake, state } = open();
    const firstName = await screen.findByRole('textbox', {
      name: label(intake.identity.firstName),
    });
    await user.type(firstName, 'ดวงใจ');
    // The lock command (SignedInSession) awaits this before it asks main to lock.
    await flushBeforeLock();
    expect(savesOf(fake)).toHaveLength(1);
    expect(JSON.parse(state.draft?.json ?? '{}')).toMatchObject({
      identity: { firstName: 'ดวงใจ' },
    });
  });

  it('writes the draft before the lock command reaches main (Ctrl+L right after typing)', async () => {
    const fakeState: FakeIntakeState = { draft: null, duplicates: NO_DUPLICATES };
    const fake = installFakeKaona({ handlers: fakeIntakeHandlers(fakeState) });
    const { user, session } = renderAdminPage(
      <SignedInSession>
        <IntakePage />
      </SignedInSession>,
      { ...SIGNED_IN_ADMIN, role: 'officer' },
    );
    const firstName = await screen.findByRole('textbox', {
      name: label(intake.identity.firstName),
    });
    await user.type(firstName, 'บุญมี');
    await user.keyboard('{Control>}l{/Control}');
    await waitFor(() => expect(session.apply).toHaveBeenCalled());
    const channels = fake.calls.map((call) => call.channel);
    expect(channels.indexOf('drafts.save')).toBeGreaterThan(-1);
    expect(channels.indexOf('drafts.save')).toBeLessThan(channels.indexOf('session.lock'));
    expect(JSON.parse(fakeState.draft?.json ?? '{}')).toMatchObject({
      identity: { firstName: 'บุญมี' },
    });
  });
});
