import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DuplicateReport } from '../../src/shared/domain/cases/duplicates';
import { catalogues } from '../../src/renderer/src/i18n/catalogues';
import { installFakeKaona, type FakeHandlers } from './support/fake-kaona';
import {
  candidate,
  completeValues,
  draftOf,
  fakeIntakeHandlers,
  NO_DUPLICATES,
  type FakeIntakeState,
} from './support/fake-intake';
import { renderIntake } from './support/render-intake';
import { fill } from './support/text';

const intake = catalogues.th.intake;
const CONSENT_STEP = 5;

/** Opens the wizard on the consent step of a complete draft and presses "next". */
async function reachDuplicateCheck(duplicates: DuplicateReport, handlers: FakeHandlers = {}) {
  const state: FakeIntakeState = { draft: draftOf(completeValues(), CONSENT_STEP), duplicates };
  const fake = installFakeKaona({ handlers: fakeIntakeHandlers(state, handlers) });
  const rendered = renderIntake();
  await rendered.user.click(await screen.findByRole('button', { name: intake.draft.resume }));
  await rendered.user.click(await screen.findByRole('button', { name: intake.wizard.next }));
  return { fake, state, ...rendered };
}

describe('the duplicate check before the review', () => {
  it('blocks a national ID that is registered and shows that person, without the full ID', async () => {
    const { user } = await reachDuplicateCheck({
      sameNationalId: candidate({ matchedOn: ['national_id'] }),
      similar: [],
    });
    expect(await screen.findByText(intake.duplicates.sameIdTitle)).toBeInTheDocument();
    expect(screen.getByText('นางสมหญิง ใจงาม')).toBeInTheDocument();
    expect(screen.getByText('5 มีนาคม 2530')).toBeInTheDocument();
    expect(
      screen.getByText(fill(intake.duplicates.endsWith, { digits: '716' })),
    ).toBeInTheDocument();
    expect(screen.getByText('ขอนแก่น')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: intake.wizard.next })).toBeNull();
    expect(screen.queryByRole('button', { name: intake.wizard.save })).toBeNull();

    await user.click(screen.getByRole('button', { name: intake.duplicates.openPerson }));
    // Their newest case (by intake date).
    expect(await screen.findByText('case page 9')).toBeInTheDocument();
  });

  it('starts a new case for the registered person, or says they still have an open case', async () => {
    let refuse = true;
    const { user, fake } = await reachDuplicateCheck(
      { sameNationalId: candidate({ matchedOn: ['national_id'] }), similar: [] },
      {
        'cases.createForPerson': () =>
          refuse
            ? { ok: false, error: { code: 'CONFLICT', reason: 'open_case_exists' } }
            : { ok: true, value: { caseId: 12, caseNumber: '2569-000012', beneficiaryId: 7 } },
      },
    );
    const newCase = await screen.findByRole('button', { name: intake.duplicates.newCaseForPerson });
    await user.click(newCase);
    expect(await screen.findByText(intake.duplicates.openCaseExists)).toBeInTheDocument();

    refuse = false;
    await user.click(newCase);
    expect(await screen.findByText('case page 12')).toBeInTheDocument();
    const sent = fake.calls.filter((call) => call.channel === 'cases.createForPerson').at(-1);
    expect(sent?.input).toMatchObject({
      beneficiaryId: 7,
      programme: { targetGroups: ['women'], department: 'dwf' },
      baseline: { householdSize: 3, monthlyIncomeSatang: 1_250_000 },
    });
    expect(fake.calls.at(-1)?.channel).toBe('drafts.discard');
  });

  it('shows a similar person side by side, and sends "someone else" with the save', async () => {
    const { user, fake } = await reachDuplicateCheck({
      sameNationalId: null,
      similar: [candidate()],
    });
    const table = await screen.findByRole('table', {
      name: fill(intake.duplicates.compareCaption, { name: 'นางสมหญิง ใจงาม' }),
    });
    const row = (name: string) => within(table).getByRole('row', { name: new RegExp(name) });
    // Same birth date; a different nickname and phone are marked as such, in words.
    expect(
      within(row(intake.duplicates.fields.birthDate)).queryByText(intake.duplicates.differs),
    ).toBeNull();
    expect(
      within(row(intake.duplicates.fields.nickname)).getByText(intake.duplicates.differs),
    ).toBeInTheDocument();
    expect(
      within(row(intake.duplicates.fields.phone)).getByText('089-999-9999'),
    ).toBeInTheDocument();
    expect(
      within(row(intake.duplicates.fields.phone)).getByText('081-234-5678'),
    ).toBeInTheDocument();

    const goOn = screen.getByRole('button', { name: intake.duplicates.continue });
    expect(goOn).toBeDisabled();
    await user.click(screen.getByRole('radio', { name: intake.duplicates.someoneElse }));
    await user.click(goOn);
    expect(await screen.findByRole('heading', { level: 2 })).toHaveTextContent(intake.steps.review);
    await user.click(screen.getByRole('button', { name: intake.wizard.save }));
    expect(await screen.findByText('case page 41')).toBeInTheDocument();
    const save = fake.calls.find((call) => call.channel === 'cases.create');
    expect(save?.input).toMatchObject({ reviewedDuplicates: [7] });
  });

  it('goes to the person the clerk says is the same one', async () => {
    const { user } = await reachDuplicateCheck({ sameNationalId: null, similar: [candidate()] });
    await user.click(await screen.findByRole('radio', { name: intake.duplicates.samePerson }));
    await user.click(screen.getByRole('button', { name: intake.duplicates.openPerson }));
    expect(await screen.findByText('case page 9')).toBeInTheDocument();
  });

  it('shows the check again when main refuses the save as a possible duplicate', async () => {
    let report: DuplicateReport = NO_DUPLICATES;
    const { user } = await reachDuplicateCheck(NO_DUPLICATES, {
      'cases.checkDuplicates': () => ({ ok: true, value: report }),
      'cases.create': () => ({
        ok: false,
        error: { code: 'CONFLICT', reason: 'possible_duplicate' },
      }),
    });
    expect(await screen.findByRole('heading', { level: 2 })).toHaveTextContent(intake.steps.review);
    // Someone registered the same person on another PC in the meantime.
    report = { sameNationalId: null, similar: [candidate()] };
    await user.click(screen.getByRole('button', { name: intake.wizard.save }));
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
        intake.duplicates.heading,
      ),
    );
    expect(screen.getByText(intake.duplicates.similarTitle)).toBeInTheDocument();
  });
});
