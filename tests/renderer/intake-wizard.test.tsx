import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../src/renderer/src/i18n/catalogues';
import { installFakeKaona } from './support/fake-kaona';
import {
  completeValues,
  draftOf,
  fakeIntakeHandlers,
  NO_DUPLICATES,
  VALID_NATIONAL_ID,
  WRONG_CHECK_NATIONAL_ID,
  type FakeIntakeState,
} from './support/fake-intake';
import { chooseRadio, tabTo } from './support/keyboard';
import { renderIntake } from './support/render-intake';
import { fill, label } from './support/text';

const { th } = catalogues;
const intake = th.intake;
const cases = th.cases;
const addresses = th.addresses;

function open(state: Partial<FakeIntakeState> = {}) {
  const fakeState: FakeIntakeState = { draft: null, duplicates: NO_DUPLICATES, ...state };
  const fake = installFakeKaona({ handlers: fakeIntakeHandlers(fakeState) });
  return { fake, state: fakeState, ...renderIntake() };
}

const field = (name: string) => screen.getByRole('textbox', { name: label(name) });

describe('the intake wizard', () => {
  it('checks the national ID as it is typed and shows it with the card dashes', async () => {
    const { user } = open();
    const id = await screen.findByRole('textbox', { name: label(intake.identity.nationalId) });
    await user.type(id, '11017');
    expect(id).toHaveValue('1-1017');
    expect(screen.getByText('พิมพ์แล้ว 5 จาก 13 หลัก')).toBeInTheDocument();
    await user.clear(id);
    await user.type(id, WRONG_CHECK_NATIONAL_ID);
    expect(id).toHaveValue('1-1017-00230-71-2');
    expect(screen.getByText(intake.identity.nationalIdState.checksum)).toBeInTheDocument();
    await user.clear(id);
    await user.type(id, VALID_NATIONAL_ID);
    expect(id).toHaveValue('1-1017-00230-71-6');
    expect(screen.getByText(intake.identity.nationalIdState.valid)).toBeInTheDocument();
  });

  it('does not go on while the step has errors, and says what is wrong next to each field in Thai', async () => {
    const { user } = open();
    await user.type(
      await screen.findByRole('textbox', { name: label(intake.identity.nationalId) }),
      WRONG_CHECK_NATIONAL_ID,
    );
    await user.type(field(intake.identity.birthDate), '5/3/1987');
    await user.click(screen.getByRole('button', { name: intake.wizard.next }));

    const firstName = field(intake.identity.firstName);
    await waitFor(() => expect(firstName).toHaveAttribute('aria-invalid', 'true'));
    const message = screen.getAllByText(th.shell.formErrors.required)[0]!;
    expect(firstName.getAttribute('aria-describedby')).toContain(message.id);
    expect(screen.getAllByText(cases.formErrors.choose_one)).toHaveLength(2); // title, sex
    expect(screen.getByText(cases.formErrors.national_id_checksum)).toBeInTheDocument();
    expect(screen.getByText(th.shell.dateInput.problems.looks_gregorian)).toBeInTheDocument();
    // Still the first step.
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(intake.steps.identity);
  });

  it('asks for the national ID, or another document, at the first "next"', async () => {
    const { user } = open({
      draft: draftOf(
        { ...completeValues(), identity: { ...completeValues().identity, nationalId: '' } },
        0,
      ),
    });
    await user.click(await screen.findByRole('button', { name: intake.draft.resume }));
    await user.click(await screen.findByRole('button', { name: intake.wizard.next }));
    await waitFor(() =>
      expect(field(intake.identity.nationalId)).toHaveAttribute('aria-invalid', 'true'),
    );
    // A half-typed ID goes with its box, so it cannot block "next" where nobody sees it.
    await user.type(field(intake.identity.nationalId), '123');
    await user.click(screen.getByRole('checkbox', { name: intake.identity.noThaiId }));
    await user.click(screen.getByRole('button', { name: intake.wizard.next }));
    const documentType = screen.getByRole('combobox', {
      name: label(intake.identity.otherIdDocument),
    });
    await waitFor(() => expect(documentType).toHaveAttribute('aria-invalid', 'true'));
    expect(field(intake.identity.otherIdNumber)).toHaveAttribute('aria-invalid', 'true');
    await user.selectOptions(documentType, th.cases.codes.otherIdDocuments.pink_card);
    await user.type(field(intake.identity.otherIdNumber), '0-0000-12345-67-8');
    await user.click(screen.getByRole('button', { name: intake.wizard.next }));
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(intake.steps.contact),
    );
  });

  it('can be completed with the keyboard alone and saves the case', async () => {
    const { user, fake, state } = open({ draft: null });
    const heading = () => screen.getByRole('heading', { level: 2 });
    const next = async () => {
      await tabTo(user, screen.getByRole('button', { name: intake.wizard.next }));
      await user.keyboard('{Enter}');
    };
    const typeIn = async (element: HTMLElement, text: string) => {
      await tabTo(user, element);
      await user.keyboard(text);
    };
    const choose = (name: string) => chooseRadio(user, screen.getByRole('radio', { name }));
    const tick = async (element: HTMLElement) => {
      await tabTo(user, element);
      await user.keyboard(' ');
    };

    // 1. identity
    await screen.findByRole('heading', { level: 2, name: intake.steps.identity });
    await choose(th.cases.codes.titles.mrs);
    await typeIn(field(intake.identity.firstName), 'สมหญิง');
    await typeIn(field(intake.identity.lastName), 'ใจงาม');
    await typeIn(field(intake.identity.birthDate), '5/3/2530');
    await user.keyboard('{Escape}');
    await choose(th.cases.codes.sexes.female);
    await typeIn(field(intake.identity.nationalId), VALID_NATIONAL_ID);
    // Enter in a field goes to the next step; it saves nothing.
    await user.keyboard('{Enter}');
    await waitFor(() => expect(heading()).toHaveTextContent(intake.steps.contact));
    expect(heading()).toHaveFocus();
    // The step indicator says where the clerk is; the step passed is a way back.
    const stepper = screen.getByRole('navigation', { name: intake.stepper.label });
    expect(
      within(stepper).getByRole('button', {
        name: fill(intake.stepper.step, { number: 2, total: 7, name: intake.steps.contact }),
      }),
    ).toHaveAttribute('aria-current', 'step');

    // 2. contact
    await typeIn(field(intake.contact.phone), '081-234-5678');
    await typeIn(
      screen.getAllByRole('textbox', { name: label(addresses.fields.line) })[0]!,
      '12 หมู่ 3',
    );
    await typeIn(
      screen.getAllByRole('textbox', { name: label(addresses.fields.postcode) })[0]!,
      '40000',
    );
    await next();
    await waitFor(() => expect(heading()).toHaveTextContent(intake.steps.programme));

    // 3. programme
    await tick(screen.getByRole('checkbox', { name: th.cases.codes.targetGroups.women }));
    await choose(th.cases.codes.departments.dwf);
    await choose(th.cases.codes.referralSources.walk_in);
    await next();
    await waitFor(() => expect(heading()).toHaveTextContent(intake.steps.baseline));

    // 4. baseline
    await typeIn(field(intake.baseline.householdSize), '3');
    await typeIn(field(intake.baseline.monthlyIncome), '12500.5');
    expect(field(intake.baseline.monthlyIncome)).toHaveValue('12,500.5');
    await next();
    await waitFor(() => expect(heading()).toHaveTextContent(intake.steps.business));

    // 5. business
    await tick(screen.getByRole('checkbox', { name: intake.business.hasSmartphone }));
    await next();
    await waitFor(() => expect(heading()).toHaveTextContent(intake.steps.consents));

    // 6. consents
    await tick(screen.getByRole('checkbox', { name: intake.consents.purposes.programme }));
    await tick(screen.getByRole('checkbox', { name: intake.consents.purposes.share_lazada }));
    await next();
    await waitFor(() => expect(heading()).toHaveTextContent(intake.steps.review));

    // 7. review, in พ.ศ. and with the ID's dashes
    expect(screen.getByText('5 มีนาคม 2530')).toBeInTheDocument();
    expect(screen.getByText('1-1017-00230-71-6')).toBeInTheDocument();
    expect(screen.getByText('นางสมหญิง ใจงาม')).toBeInTheDocument();
    expect(screen.getByText('081-234-5678')).toBeInTheDocument();
    await tabTo(user, screen.getByRole('button', { name: intake.wizard.save }));
    await user.keyboard('{Enter}');

    expect(await screen.findByText('case page 41')).toBeInTheDocument();
    const [save] = fake.calls.filter((call) => call.channel === 'cases.create');
    expect(save?.input).toMatchObject({
      intake: {
        identity: {
          title: 'mrs',
          firstName: 'สมหญิง',
          birthDate: '1987-03-05',
          sex: 'female',
          hasThaiId: true,
          nationalId: VALID_NATIONAL_ID,
        },
        contact: {
          phone: '+66812345678',
          registeredAddress: { line: '12 หมู่ 3', postcode: '40000', subdistrictId: null },
          currentSameAsRegistered: true,
        },
        programme: { targetGroups: ['women'], department: 'dwf', referralSource: 'walk_in' },
        baseline: { householdSize: 3, monthlyIncomeSatang: 1_250_050 },
        business: {
          hasSmartphone: true,
          mentoringNeeds: [],
          productCategory: null,
          languages: ['th'],
        },
        consents: {
          noticeVersion: '2569-2',
          givenBy: 'self',
          choices: [
            { purpose: 'programme', granted: true },
            { purpose: 'share_lazada', granted: true },
            { purpose: 'share_volunteers', granted: false },
            { purpose: 'photos', granted: false },
            { purpose: 'referral', granted: false },
          ],
        },
      },
      reviewedDuplicates: [],
    });
    // The duplicate check ran with the identity, and the draft is gone after the save.
    expect(fake.calls.find((call) => call.channel === 'cases.checkDuplicates')?.input).toEqual({
      nationalId: VALID_NATIONAL_ID,
      firstName: 'สมหญิง',
      lastName: 'ใจงาม',
      birthDate: '1987-03-05',
      phone: '+66812345678',
    });
    expect(fake.calls.at(-1)?.channel).toBe('drafts.discard');
    expect(state.draft).toBeNull();
  }, 30_000);

  it('records what matching needs: needs from the skills, the category and languages', async () => {
    const values = completeValues();
    values.business.mentoringNeeds = ['shop_setup', 'product_photography'];
    values.business.productCategory = 'food';
    values.business.languages = ['th', 'lo'];
    const { user, fake } = open({ draft: draftOf(values, 5) });
    await user.click(await screen.findByRole('button', { name: intake.draft.resume }));
    await user.click(await screen.findByRole('button', { name: intake.wizard.next }));
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(intake.steps.review),
    );
    expect(await screen.findByText('การเปิดร้านค้าออนไลน์, การถ่ายภาพสินค้า')).toBeInTheDocument();
    expect(screen.getByText(cases.codes.productCategories.food)).toBeInTheDocument();
    expect(screen.getByText('ไทย, ลาว (อีสาน)')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: intake.wizard.save }));
    await screen.findByText('case page 41');
    const save = fake.calls.find((call) => call.channel === 'cases.create');
    expect(save?.input).toMatchObject({
      intake: {
        business: {
          mentoringNeeds: ['shop_setup', 'product_photography'],
          productCategory: 'food',
          languages: ['th', 'lo'],
        },
      },
    });
  });

  it('shows script typed into the fields as text on the review page', async () => {
    const script = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const values = completeValues();
    values.identity.nickname = script;
    values.business.skills = `${script}\nขนมไทย`;
    const { user } = open({ draft: draftOf(values, 5) });
    await user.click(await screen.findByRole('button', { name: intake.draft.resume }));
    await user.click(await screen.findByRole('button', { name: intake.wizard.next }));
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(intake.steps.review),
    );
    expect(screen.getByText(script)).toBeInTheDocument();
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect(document.querySelector('script')).toBeNull();
  });

  it('puts a refusal from main on its field and goes to that step', async () => {
    const fakeState: FakeIntakeState = {
      draft: draftOf(completeValues(), 5),
      duplicates: NO_DUPLICATES,
    };
    installFakeKaona({
      handlers: fakeIntakeHandlers(fakeState, {
        'cases.create': () => ({
          ok: false,
          error: { code: 'VALIDATION', reason: 'birth_date_in_future' },
        }),
      }),
    });
    const { user } = renderIntake();
    await user.click(await screen.findByRole('button', { name: intake.draft.resume }));
    await user.click(await screen.findByRole('button', { name: intake.wizard.next }));
    await user.click(await screen.findByRole('button', { name: intake.wizard.save }));
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(intake.steps.identity),
    );
    const birthDate = field(intake.identity.birthDate);
    expect(birthDate).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(cases.reasons.birth_date_in_future)).toBeInTheDocument();
  });
});
