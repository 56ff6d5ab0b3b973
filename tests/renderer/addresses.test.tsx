import { zodResolver } from '@hookform/resolvers/zod';
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { AddressFields } from '../../src/renderer/src/features/addresses/AddressFields';
import { AddressView } from '../../src/renderer/src/features/addresses/AddressView';
import { catalogues } from '../../src/renderer/src/i18n/catalogues';
import { addressSchema, type AddressInput } from '../../src/shared/domain/cases/intake';
import { fakeAddressHandlers } from './support/fake-addresses';
import { installFakeKaona, type FakeKaona } from './support/fake-kaona';
import { renderAdminPage } from './support/render-admin-page';
import { label } from './support/text';

const { th, en } = catalogues;
const f = th.addresses.fields;

function installAddressData(language: 'th' | 'en' = 'th'): FakeKaona {
  return installFakeKaona({ preferences: { language }, handlers: fakeAddressHandlers() });
}

const formSchema = z.strictObject({ home: addressSchema });
type FormValues = z.input<typeof formSchema>;
const EMPTY: AddressInput = { line: '', subdistrictId: null, postcode: '' };

function Values() {
  const home = useWatch<FormValues, 'home'>({ name: 'home' });
  return <output data-testid="values">{JSON.stringify(home)}</output>;
}

/** A form as the intake wizard holds one: the address object at `home`. */
function AddressForm({
  home = EMPTY,
  copied,
  onSubmit,
}: {
  home?: AddressInput;
  /** An address another part of the form copies in ("same as the registered address"). */
  copied?: AddressInput;
  onSubmit: (values: FormValues) => void;
}) {
  const form = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: { home },
  });
  return (
    <FormProvider {...form}>
      <form onSubmit={form.handleSubmit(onSubmit)}>
        <AddressFields name="home" legend="ที่อยู่ตามทะเบียนบ้าน" />
        <Values />
        {copied && (
          <button type="button" onClick={() => form.setValue('home', copied)}>
            ใช้ที่อยู่ตามทะเบียนบ้าน
          </button>
        )}
        <button type="submit">บันทึก</button>
      </form>
    </FormProvider>
  );
}

/** Renders the form and waits for the page's language to load (the catalogue shows then). */
async function renderForm(
  home?: AddressInput,
  language: 'th' | 'en' = 'th',
  copied?: AddressInput,
) {
  const fake = installAddressData(language);
  const onSubmit = vi.fn();
  const rendered = renderAdminPage(<AddressForm home={home} copied={copied} onSubmit={onSubmit} />);
  await screen.findByRole('textbox', { name: label(catalogues[language].addresses.fields.line) });
  return { fake, onSubmit, ...rendered };
}

const values = () => JSON.parse(screen.getByTestId('values').textContent ?? '{}') as AddressInput;

/**
 * An option of the open dropdown. Mantine's dropdown is still in its opening transition when
 * jsdom looks, so the option counts as hidden to Testing Library.
 */
const findOption = (name: string) => screen.findByRole('option', { name, hidden: true });

/** Opens a searchable select by its label, types to filter, and picks the option. */
async function pick(user: UserEvent, fieldLabel: string | RegExp, typed: string, option: string) {
  const input = screen.getByRole('combobox', {
    name: typeof fieldLabel === 'string' ? label(fieldLabel) : fieldLabel,
  });
  await user.click(input);
  await user.clear(input);
  await user.type(input, typed);
  await user.click(await findOption(option));
}

describe('AddressFields', () => {
  it('cascades province → district → subdistrict and fills the only postcode', async () => {
    const { user, onSubmit } = await renderForm();
    await user.type(screen.getByRole('textbox', { name: label(f.line) }), '99/9 หมู่ 5');
    expect(screen.getByRole('combobox', { name: label(f.district) })).toBeDisabled();

    await pick(user, f.province, 'เชียง', 'เชียงใหม่');
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: label(f.district) })).toBeEnabled(),
    );
    await pick(user, f.district, 'เมือง', 'เมืองเชียงใหม่');
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: label(f.subdistrict) })).toBeEnabled(),
    );
    await pick(user, f.subdistrict, 'ศรี', 'ศรีภูมิ');

    expect(values()).toEqual({ line: '99/9 หมู่ 5', subdistrictId: 200, postcode: '50200' });
    expect(screen.getByRole('textbox', { name: label(f.postcode) })).toHaveValue('50200');

    // Another province clears what depended on the first one.
    await pick(user, f.province, 'กรุง', 'กรุงเทพมหานคร');
    expect(values()).toEqual({ line: '99/9 หมู่ 5', subdistrictId: null, postcode: '' });

    await user.click(screen.getByRole('button', { name: 'บันทึก' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
  });

  it('says เขต and แขวง in Bangkok, อำเภอ and ตำบล elsewhere, and Khet/Khwaeng in English', async () => {
    const { user, unmount } = await renderForm();
    expect(screen.getByRole('combobox', { name: label(f.district) })).toBeInTheDocument();
    await pick(user, f.province, 'กรุง', 'กรุงเทพมหานคร');
    expect(
      await screen.findByRole('combobox', { name: label(f.districtBangkok) }),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: label(f.subdistrictBangkok) })).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: label(f.subdistrict) })).toBeNull();
    unmount();

    const { user: englishUser } = await renderForm(undefined, 'en');
    await pick(englishUser, en.addresses.fields.province, 'Bang', 'Bangkok (กรุงเทพมหานคร)');
    expect(
      await screen.findByRole('combobox', { name: label(en.addresses.fields.districtBangkok) }),
    ).toBeInTheDocument();
    // The English search shows the Thai subdistrict name beside the dataset's romanisation.
    await pick(
      englishUser,
      en.addresses.fields.postcodeSearch,
      '1033',
      '10330 · Lumpini (ลุมพินี), Pathum Wan, Bangkok',
    );
    await waitFor(() =>
      expect(
        screen.getByRole('combobox', { name: label(en.addresses.fields.subdistrictBangkok) }),
      ).toHaveValue('Lumpini (ลุมพินี)'),
    );
  });

  it('fills province, district, subdistrict and postcode from a postcode search', async () => {
    const { user, fake } = await renderForm();
    const search = screen.getByRole('combobox', { name: label(f.postcodeSearch) });
    await user.click(search);
    await user.type(search, '10');
    // Two digits ask main nothing: a search starts at three.
    expect(fake.calls.some((call) => call.channel === 'addresses.byPostcode')).toBe(false);
    await user.type(search, '3');
    await user.click(await findOption('10330 · แขวงลุมพินี เขตปทุมวัน กรุงเทพมหานคร'));

    expect(values()).toEqual({ line: '', subdistrictId: 110, postcode: '10330' });
    expect(screen.getByRole('combobox', { name: label(f.province) })).toHaveValue('กรุงเทพมหานคร');
    expect(await screen.findByRole('combobox', { name: label(f.districtBangkok) })).toHaveValue(
      'ปทุมวัน',
    );
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: label(f.subdistrictBangkok) })).toHaveValue(
        'ลุมพินี',
      ),
    );
    expect(search).toHaveValue('');
  });

  it('works from the keyboard alone: Tab to the search, type, arrow down, Enter', async () => {
    const { user } = await renderForm();
    await user.click(screen.getByRole('textbox', { name: label(f.line) }));
    await user.keyboard('12/3');
    await user.tab();
    expect(screen.getByRole('combobox', { name: label(f.postcodeSearch) })).toHaveFocus();
    await user.keyboard('502');
    await findOption('50200 · ตำบลพระสิงห์ อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่');
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    await waitFor(() =>
      expect(values()).toEqual({ line: '12/3', subdistrictId: 200, postcode: '50200' }),
    );
  });

  it('asks which postcode when the subdistrict has two, and the postcode stays editable', async () => {
    const { user } = await renderForm();
    await pick(user, f.province, 'กรุง', 'กรุงเทพมหานคร');
    await pick(user, f.districtBangkok, 'คลอง', 'คลองเตย');
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: label(f.subdistrictBangkok) })).toBeEnabled(),
    );
    await pick(user, f.subdistrictBangkok, 'พระ', 'พระโขนง');

    expect(values()).toMatchObject({ subdistrictId: 100, postcode: '' });
    expect(screen.getByText(f.postcodeChoiceBangkok)).toBeVisible();
    const choice = screen.getByRole('radiogroup', { name: f.postcodeChoiceLabel });
    await user.click(within(choice).getByRole('radio', { name: '10260' }));
    expect(values()).toMatchObject({ subdistrictId: 100, postcode: '10260' });

    const postcode = screen.getByRole('textbox', { name: label(f.postcode) });
    expect(postcode).toHaveValue('10260');
    await user.clear(postcode);
    await user.type(postcode, '10110');
    expect(values()).toMatchObject({ postcode: '10110' });
    expect(within(choice).getByRole('radio', { name: '10110' })).toBeChecked();
  });

  it('restores province and district from a subdistrict already in the form (a draft, an edit)', async () => {
    const { fake } = await renderForm({ line: '12/3', subdistrictId: 100, postcode: '10260' });
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: label(f.subdistrictBangkok) })).toHaveValue(
        'พระโขนง',
      ),
    );
    expect(screen.getByRole('combobox', { name: label(f.province) })).toHaveValue('กรุงเทพมหานคร');
    expect(screen.getByRole('combobox', { name: label(f.districtBangkok) })).toHaveValue('คลองเตย');
    expect(screen.getByRole('textbox', { name: label(f.postcode) })).toHaveValue('10260');
    expect(values()).toEqual({ line: '12/3', subdistrictId: 100, postcode: '10260' });
    expect(fake.calls.filter((call) => call.channel === 'addresses.place')).toEqual([
      { channel: 'addresses.place', input: { subdistrictId: 100 } },
    ]);
  });

  it('follows a subdistrict set from elsewhere in the form, after the clerk had picked another', async () => {
    const { user } = await renderForm(undefined, 'th', {
      line: '5 ซอยสุขุมวิท 71',
      subdistrictId: 100,
      postcode: '10110',
    });
    await pick(user, f.province, 'เชียง', 'เชียงใหม่');
    await user.click(screen.getByRole('button', { name: 'ใช้ที่อยู่ตามทะเบียนบ้าน' }));
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: label(f.districtBangkok) })).toHaveValue(
        'คลองเตย',
      ),
    );
    expect(screen.getByRole('combobox', { name: label(f.province) })).toHaveValue('กรุงเทพมหานคร');
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: label(f.subdistrictBangkok) })).toHaveValue(
        'พระโขนง',
      ),
    );
    expect(screen.getByRole('textbox', { name: label(f.postcode) })).toHaveValue('10110');
  });

  it('takes a postcode typed in Thai digits as Arabic digits', async () => {
    const { user } = await renderForm();
    await user.type(screen.getByRole('textbox', { name: label(f.postcode) }), '๑๐๓๓๐');
    expect(values()).toMatchObject({ postcode: '10330' });
  });

  it('shows the form’s errors next to the fields, in the screen’s language', async () => {
    const { user, onSubmit } = await renderForm();
    const postcode = screen.getByRole('textbox', { name: label(f.postcode) });
    await user.type(postcode, '1020');
    await user.click(screen.getByRole('button', { name: 'บันทึก' }));
    expect(await screen.findByText(th.addresses.formErrors.postcode_format)).toBeVisible();
    expect(postcode).toHaveAttribute('aria-invalid', 'true');
    expect(onSubmit).not.toHaveBeenCalled();
  });
});

describe('AddressView', () => {
  const view = {
    line: '12/3 หมู่ 4 ถนนมิตรภาพ',
    subdistrictId: 200,
    postcode: '50200',
    subdistrictName: 'ศรีภูมิ',
    districtName: 'เมืองเชียงใหม่',
    provinceId: 30,
    provinceName: 'เชียงใหม่',
    isBangkok: false,
  };

  it('writes a provincial address with ตำบล อำเภอ จังหวัด', async () => {
    installAddressData();
    renderAdminPage(<AddressView address={view} />);
    expect(
      await screen.findByText('12/3 หมู่ 4 ถนนมิตรภาพ ตำบลศรีภูมิ อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่ 50200'),
    ).toBeVisible();
  });

  it('writes a Bangkok address with แขวง เขต and no จังหวัด', async () => {
    installAddressData();
    renderAdminPage(
      <AddressView
        address={{
          ...view,
          line: '99 ซอยสุขุมวิท 71',
          subdistrictId: 100,
          postcode: '10110',
          subdistrictName: 'พระโขนง',
          districtName: 'คลองเตย',
          provinceId: 2,
          provinceName: 'กรุงเทพมหานคร',
          isBangkok: true,
        }}
      />,
    );
    expect(
      await screen.findByText('99 ซอยสุขุมวิท 71 แขวงพระโขนง เขตคลองเตย กรุงเทพมหานคร 10110'),
    ).toBeVisible();
  });

  it('says when no address is recorded', async () => {
    installAddressData();
    renderAdminPage(
      <AddressView
        address={{
          line: '',
          subdistrictId: null,
          postcode: '',
          subdistrictName: null,
          districtName: null,
          provinceId: null,
          provinceName: null,
          isBangkok: false,
        }}
      />,
    );
    expect(await screen.findByText(th.addresses.view.none)).toBeVisible();
  });
});
