import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CertificatesPage } from '../../src/renderer/src/features/certificates/CertificatesPage';
import { VerifyPage } from '../../src/renderer/src/features/certificates/VerifyPage';
import { catalogues } from '../../src/renderer/src/i18n/catalogues';
import type { CohortMember, VerifyResult } from '../../src/shared/domain/documents';
import { fakeCaseFileHandlers, sampleCaseFile } from './support/fake-cases';
import { installFakeKaona, type FakeHandlers } from './support/fake-kaona';
import { progress } from './support/fake-mentoring';
import { FAKE_OFFICER, signedInAs } from './support/fake-session';
import { renderAdminPage } from './support/render-admin-page';
import { renderCasesPage, sessionUser } from './support/render-cases-page';

const savePdfLabel = catalogues.th.documents.output.savePdf;

const c = catalogues.th.certificates;

const VALID: VerifyResult = {
  verdict: 'valid',
  serial: '2569/00017',
  holderName: 'นางสาวสมศรี ใจดี',
  issuedOn: '2026-11-26',
  achievement: 'shop_opened',
  voidReason: null,
  voidedAt: null,
  bySerialOnly: false,
  unknownCause: null,
};

function setup(handlers: FakeHandlers) {
  return installFakeKaona({
    session: { info: signedInAs(FAKE_OFFICER) },
    handlers: {
      'certificates.publicKey': () => ({
        ok: true,
        value: { keyId: '0123456789abcdef', publicKeyBase64: 'AAAA' },
      }),
      'letterhead.get': () => ({
        ok: true,
        value: {
          agencyName: 'สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดขอนแก่น',
          addressLines: ['ศาลากลางจังหวัดขอนแก่น'],
          phone: '',
          fax: '',
          email: '',
          owningDivision: 'กลุ่มการพัฒนาสังคม',
          numberPrefix: 'ขก 0506/',
          thaiDigits: false,
          emblemImageId: null,
          defaultLetterSignerId: null,
          defaultCertificateSignerIds: [],
          version: 1,
          configured: true,
        },
      }),
      'letterhead.signers': () => ({ ok: true, value: [] }),
      'addresses.provinces': () => ({ ok: true, value: [] }),
      ...handlers,
    },
  });
}

describe('the verify screen', () => {
  it('checks what the scanner typed when Enter comes, shows the verdict and selects the box again', async () => {
    const answers: VerifyResult[] = [
      VALID,
      { ...VALID, verdict: 'void', voidReason: 'พิมพ์ชื่อผิด', voidedAt: '2026-11-27T03:00:00.000Z' },
      {
        ...VALID,
        verdict: 'forged',
        serial: null,
        holderName: null,
        issuedOn: null,
        achievement: null,
      },
      {
        ...VALID,
        verdict: 'unknown',
        serial: null,
        holderName: null,
        issuedOn: null,
        achievement: null,
        unknownCause: 'other_office',
      },
    ];
    const fake = setup({ 'certificates.verify': () => ({ ok: true, value: answers.shift()! }) });
    const { user } = renderAdminPage(<VerifyPage />, sessionUser(FAKE_OFFICER));
    const box = await screen.findByLabelText(c.verify.inputLabel, { exact: false });
    expect(box).toHaveFocus();
    expect(await screen.findByText(/0123456789abcdef/)).toBeInTheDocument();

    await user.type(box, 'KN1.abc.def{Enter}');
    const valid = await screen.findByRole('status');
    expect(valid).toHaveAttribute('data-verdict', 'valid');
    expect(within(valid).getByText('นางสาวสมศรี ใจดี')).toBeInTheDocument();
    expect(within(valid).getByText(/2569\/00017/)).toBeInTheDocument();
    expect(within(valid).getByText(/26 พฤศจิกายน 2569/)).toBeInTheDocument();
    expect(fake.calls.filter((call) => call.channel === 'certificates.verify')).toEqual([
      { channel: 'certificates.verify', input: { code: 'KN1.abc.def' } },
    ]);
    // The box is selected: the next scan replaces the last code.
    await waitFor(() => expect(box).toHaveFocus());
    expect((box as HTMLInputElement).selectionStart).toBe(0);
    expect((box as HTMLInputElement).selectionEnd).toBe('KN1.abc.def'.length);

    await user.keyboard('2569/00018{Enter}');
    await waitFor(() => expect(screen.getByRole('status')).toHaveAttribute('data-verdict', 'void'));
    expect(screen.getByText(/พิมพ์ชื่อผิด/)).toBeInTheDocument();
    const verifyCalls = () => fake.calls.filter((call) => call.channel === 'certificates.verify');
    expect(verifyCalls().at(-1)!.input).toEqual({ code: '2569/00018' });

    await user.keyboard('x{Enter}');
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveAttribute('data-verdict', 'forged'),
    );
    expect(screen.getByText(c.verify.verdicts.forged.body)).toBeInTheDocument();

    await user.keyboard('y{Enter}');
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveAttribute('data-verdict', 'unknown'),
    );
    expect(screen.getByText(c.verify.unknownCauses.other_office)).toBeInTheDocument();
  });

  it('takes a pasted code', async () => {
    const fake = setup({ 'certificates.verify': () => ({ ok: true, value: VALID }) });
    const { user } = renderAdminPage(<VerifyPage />, sessionUser(FAKE_OFFICER));
    const box = await screen.findByLabelText(c.verify.inputLabel, { exact: false });
    await user.click(box);
    await user.paste('KN1.pasted.code');
    await user.click(screen.getByRole('button', { name: c.verify.submit }));
    await screen.findByRole('status');
    expect(fake.calls.find((call) => call.channel === 'certificates.verify')!.input).toEqual({
      code: 'KN1.pasted.code',
    });
  });
});

describe('the batch page', () => {
  const members: CohortMember[] = [
    {
      caseId: 11,
      caseNumber: '2569-000011',
      personName: 'นางกมล ทดสอบ',
      provinceName: 'ขอนแก่น',
      reachedOn: '2026-10-15',
      existingSerial: null,
    },
    {
      caseId: 12,
      caseNumber: '2569-000012',
      personName: 'นางเกษม ทดสอบ',
      provinceName: 'ขอนแก่น',
      reachedOn: '2026-10-20',
      existingSerial: '2569/00003',
    },
    {
      caseId: 13,
      caseNumber: '2569-000013',
      personName: 'นางขวัญ ทดสอบ',
      provinceName: null,
      reachedOn: '2026-11-01',
      existingSerial: null,
    },
  ];

  it('selects members one by one or all, and issues the chosen ones after a confirmation', async () => {
    const fake = setup({
      'certificates.cohort': () => ({ ok: true, value: members }),
      'certificates.issueBatch': ({ caseIds }) => ({
        ok: true,
        value: {
          batchId: 4,
          documentIds: caseIds.map((id) => id + 100),
          firstSerial: '2569/00020',
          lastSerial: `2569/000${19 + caseIds.length}`,
        },
      }),
    });
    const { user } = renderAdminPage(<CertificatesPage />, sessionUser(FAKE_OFFICER));
    expect(await screen.findByText('นางกมล ทดสอบ')).toBeInTheDocument();
    expect(screen.getByText('2569/00003')).toBeInTheDocument();
    const cohortCall = fake.calls.find((call) => call.channel === 'certificates.cohort')!;
    expect(cohortCall.input).toMatchObject({ milestone: 'shop_opened', provinceId: null });
    expect((cohortCall.input as { fiscalYear: number }).fiscalYear).toBeGreaterThanOrEqual(2570);

    const issueButton = () => screen.getByRole('button', { name: /ออกเกียรติบัตร \d+ ฉบับ/ });
    expect(issueButton()).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: c.batch.selectAll }));
    expect(screen.getByText('เลือกแล้ว 3 จาก 3 คน')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'เลือก นางเกษม ทดสอบ' }));
    expect(screen.getByText('เลือกแล้ว 2 จาก 3 คน')).toBeInTheDocument();
    expect(issueButton()).toHaveTextContent('ออกเกียรติบัตร 2 ฉบับ');

    await user.click(issueButton());
    const dialog = await screen.findByRole('dialog', { name: c.batch.confirmTitle });
    expect(fake.calls.some((call) => call.channel === 'certificates.issueBatch')).toBe(false);
    await user.click(within(dialog).getByRole('button', { name: 'ออกเกียรติบัตร 2 ฉบับ' }));
    expect(await screen.findByText('ออกเกียรติบัตรแล้ว 2 ฉบับ')).toBeInTheDocument();
    expect(screen.getByText(/2569\/00020 ถึง 2569\/00021/)).toBeInTheDocument();
    const batch = fake.calls.find((call) => call.channel === 'certificates.issueBatch')!;
    expect(batch.input).toMatchObject({
      caseIds: [11, 13],
      wording: { achievement: 'shop_opened' },
    });
    // The two new certificates go to the PDF as one job.
    await user.click(screen.getByRole('button', { name: savePdfLabel }));
    await waitFor(() =>
      expect(fake.calls.find((call) => call.channel === 'documents.savePdf')?.input).toEqual({
        documentIds: [111, 113],
      }),
    );
  });
});

describe('the case page', () => {
  it('offers only the certificates the case has reached, previews, then issues', async () => {
    const file = sampleCaseFile();
    const fake = setup({
      ...fakeCaseFileHandlers(file),
      // A shop opened, no first order yet.
      'progress.get': () => ({ ok: true, value: progress() }),
      'certificates.preview': () => ({ ok: true, value: { items: [], images: {} } }),
      'certificates.issue': ({ caseId }) => ({
        ok: true,
        value: { documentId: 77, number: '2569/00042', caseId } as never,
      }),
    });
    const { user } = renderCasesPage(`/cases/${file.case.caseId}`, sessionUser(FAKE_OFFICER));
    await user.click(await screen.findByRole('button', { name: c.issue.open }));
    const dialog = await screen.findByRole('dialog', { name: c.issue.title });
    const select = await within(dialog).findByRole('combobox', { name: c.wording.achievement });
    const option = (value: string) =>
      within(select).getByRole('option', { name: new RegExp(c.achievements[value as 'custom']) });
    expect(option('first_order')).toBeDisabled();
    expect(option('shop_opened')).toBeEnabled();
    expect(
      within(dialog).getByText(new RegExp(c.issue.notReached.first_order)),
    ).toBeInTheDocument();
    expect(select).toHaveValue('shop_opened');

    await user.click(within(dialog).getByRole('button', { name: c.issue.preview }));
    expect(await within(dialog).findByTestId('print-preview')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: c.issue.submit }));
    expect(await within(dialog).findByText(/2569\/00042/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: savePdfLabel }));
    await waitFor(() =>
      expect(fake.calls.find((call) => call.channel === 'documents.savePdf')?.input).toEqual({
        documentIds: [77],
      }),
    );
    const issued = fake.calls.find((call) => call.channel === 'certificates.issue')!;
    expect(issued.input).toMatchObject({
      caseId: file.case.caseId,
      wording: { achievement: 'shop_opened', signerIds: [] },
    });
  });
});
