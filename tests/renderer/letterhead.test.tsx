import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LetterheadPage } from '../../src/renderer/src/features/letterhead/LetterheadPage';
import { catalogues } from '../../src/renderer/src/i18n/catalogues';
import type { Letterhead, Signer } from '../../src/shared/domain/documents';
import { installFakeKaona, type FakeHandlers } from './support/fake-kaona';
import { renderAdminPage } from './support/render-admin-page';
import { fill, label } from './support/text';

const { th } = catalogues;
const lh = th.letterhead;

const UNCONFIGURED: Letterhead = {
  agencyName: '',
  addressLines: [],
  phone: '',
  fax: '',
  email: '',
  owningDivision: '',
  numberPrefix: '',
  thaiDigits: true,
  emblemImageId: null,
  defaultLetterSignerId: null,
  defaultCertificateSignerIds: [],
  version: 0,
  configured: false,
};

const SIGNER: Signer = {
  signerId: 7,
  fullName: 'นางสาวสมศรี ใจดี',
  positionLines: ['ผู้อำนวยการกลุ่มการพัฒนาสังคม', 'ปฏิบัติราชการแทน'],
  signatureImageId: null,
  active: true,
  version: 1,
};

function setup(handlers: FakeHandlers = {}, initial: Letterhead = UNCONFIGURED) {
  let stored = { ...initial };
  const fake = installFakeKaona({
    handlers: {
      'letterhead.get': () => ({ ok: true, value: { ...stored } }),
      'letterhead.signers': () => ({ ok: true, value: [SIGNER] }),
      'letterhead.save': (input) => {
        stored = { ...input, configured: true, version: input.version + 1 };
        return { ok: true, value: { ...stored } };
      },
      ...handlers,
    },
  });
  const rendered = renderAdminPage(<LetterheadPage />);
  const sent = (channel: string) =>
    fake.calls.filter((call) => call.channel === channel).map((call) => call.input);
  return { fake, sent, ...rendered };
}

describe('the letterhead page', () => {
  it('explains the emblem, lists the signers and refuses an empty form in Thai', async () => {
    const { user, sent } = setup();
    expect(await screen.findByText(lh.emblemNotice.body)).toBeInTheDocument();
    expect(await screen.findByText(lh.form.notConfigured)).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: lh.signers.tableLabel });
    expect(within(table).getByText('ปฏิบัติราชการแทน')).toBeInTheDocument();

    // Nothing typed yet: the save button waits for a change; type a bad prefix.
    await user.type(screen.getByLabelText(label(lh.form.numberPrefix)), 'พม<0506>');
    await user.click(screen.getByRole('button', { name: lh.save }));
    expect(await screen.findAllByText(th.shell.formErrors.required)).toHaveLength(3);
    expect(screen.getByText(th.documents.formErrors.number_prefix_format)).toBeInTheDocument();
    expect(sent('letterhead.save')).toEqual([]);
  });

  it('shows the number in the chosen digits and saves the form', async () => {
    const { user, sent } = setup();
    // Long Thai text is pasted, as clerks do; typing it key by key only slows the test.
    const paste = async (field: HTMLElement, text: string) => {
      await user.click(field);
      await user.paste(text);
    };
    await paste(await screen.findByLabelText(label(lh.form.agencyName)), 'สำนักงาน พม. จังหวัดขอนแก่น');
    await paste(
      screen.getByLabelText(label(lh.form.address)),
      'ศาลากลางจังหวัด\nถนนหน้าเมือง ขอนแก่น 40000',
    );
    await paste(screen.getByLabelText(label(lh.form.owningDivision)), 'กลุ่มการพัฒนาสังคม');
    await user.type(screen.getByLabelText(label(lh.form.numberPrefix)), 'พม 0506/');
    expect(
      screen.getByText(fill(lh.form.numberPrefixExample, { example: 'ที่ พม ๐๕๐๖/๑๒๓' })),
    ).toBeInTheDocument();
    // The preview prints the address in the same digits.
    expect(screen.getByText('ถนนหน้าเมือง ขอนแก่น ๔๐๐๐๐')).toBeInTheDocument();
    await user.click(screen.getByRole('switch', { name: new RegExp(`^${lh.form.thaiDigits}`) }));
    expect(
      await screen.findByText(fill(lh.form.numberPrefixExample, { example: 'ที่ พม 0506/123' })),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: lh.save }));
    expect(await screen.findByText(lh.saved)).toBeInTheDocument();
    expect(sent('letterhead.save')).toEqual([
      {
        agencyName: 'สำนักงาน พม. จังหวัดขอนแก่น',
        addressLines: 'ศาลากลางจังหวัด\nถนนหน้าเมือง ขอนแก่น 40000',
        phone: '',
        fax: '',
        email: '',
        owningDivision: 'กลุ่มการพัฒนาสังคม',
        numberPrefix: 'พม 0506/',
        thaiDigits: false,
        emblemImageId: null,
        defaultLetterSignerId: null,
        defaultCertificateSignerIds: [],
        version: 0,
      },
    ]);
  });

  it('shows why an emblem was refused', async () => {
    const { user, container, sent } = setup({
      'letterhead.uploadImage': () => ({
        ok: false,
        error: { code: 'VALIDATION', reason: 'image_unsafe_svg' },
      }),
    });
    await screen.findByLabelText(label(lh.form.agencyName));
    const input = container.ownerDocument.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('the emblem picker');
    const svg = new File(['<svg onload="alert(1)"/>'], 'emblem.svg', { type: 'image/svg+xml' });
    await user.upload(input, svg);
    expect(await screen.findByText(lh.reasons.image_unsafe_svg)).toBeInTheDocument();
    expect(sent('letterhead.uploadImage')).toEqual([
      { purpose: 'emblem', dataBase64: btoa('<svg onload="alert(1)"/>') },
    ]);
  });

  it('reloads the form with a notice when someone saved in between', async () => {
    let reads = 0;
    const newer: Letterhead = {
      ...UNCONFIGURED,
      agencyName: 'ชื่อที่ผู้อื่นบันทึก',
      addressLines: ['ขอนแก่น'],
      owningDivision: 'กลุ่มอื่น',
      numberPrefix: 'ขก 0033/',
      version: 3,
      configured: true,
    };
    const { user } = setup({
      'letterhead.get': () => {
        reads += 1;
        return {
          ok: true,
          value: reads === 1 ? { ...newer, agencyName: 'เดิม', version: 2 } : newer,
        };
      },
      'letterhead.save': () => ({
        ok: false,
        error: { code: 'CONFLICT', reason: 'stale_version' },
      }),
    });
    const agency = await screen.findByLabelText(label(lh.form.agencyName));
    expect(agency).toHaveValue('เดิม');
    await user.type(agency, ' ใหม่');
    await user.click(screen.getByRole('button', { name: lh.save }));
    expect(await screen.findByText(lh.reasons.stale_version)).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByLabelText(label(lh.form.agencyName))).toHaveValue('ชื่อที่ผู้อื่นบันทึก'),
    );
  });

  it('adds a signer with several position lines and explains why a default stays active', async () => {
    const { user, sent } = setup({
      'letterhead.saveSigner': (input) =>
        input.signerId === undefined
          ? { ok: true, value: { ...SIGNER, ...input, signerId: 8, version: 1 } }
          : { ok: false, error: { code: 'CONFLICT', reason: 'signer_is_default' } },
    });
    await user.click(await screen.findByRole('button', { name: lh.signers.add }));
    const dialog = await screen.findByRole('dialog', { name: lh.signers.addTitle });
    await user.click(within(dialog).getByRole('button', { name: lh.signers.save }));
    expect(await within(dialog).findAllByText(th.shell.formErrors.required)).toHaveLength(2);
    await user.click(within(dialog).getByLabelText(label(lh.signers.fullName)));
    await user.paste('นายสมชาย รักงาน');
    await user.click(within(dialog).getByLabelText(label(lh.signers.position)));
    await user.paste('ผู้อำนวยการกลุ่มการพัฒนาสังคม\nปฏิบัติราชการแทน');
    await user.click(within(dialog).getByRole('button', { name: lh.signers.save }));
    expect(await screen.findByText(lh.signers.saved)).toBeInTheDocument();
    expect(sent('letterhead.saveSigner')).toEqual([
      {
        fullName: 'นายสมชาย รักงาน',
        positionLines: 'ผู้อำนวยการกลุ่มการพัฒนาสังคม\nปฏิบัติราชการแทน',
        signatureImageId: null,
        active: true,
        version: 0,
      },
    ]);

    await user.click(screen.getByRole('button', { name: `${lh.signers.edit} ${SIGNER.fullName}` }));
    const edit = await screen.findByRole('dialog', { name: lh.signers.editTitle });
    await user.click(
      within(edit).getByRole('checkbox', { name: new RegExp(`^${lh.signers.active}`) }),
    );
    await user.click(within(edit).getByRole('button', { name: lh.signers.save }));
    expect(await within(edit).findByText(lh.reasons.signer_is_default)).toBeInTheDocument();
  });
});
