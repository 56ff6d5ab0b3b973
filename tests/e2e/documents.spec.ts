import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './a11y';
import {
  callCore,
  firstSignInThroughApi,
  seedAccounts,
  seedCase,
  type SeedAccount,
  type SeedPerson,
} from './api-steps';
import {
  ARTIFACTS,
  pdfFonts,
  pdfPages,
  pdfPageSize,
  pdfText,
  pngPages,
  qrCodes,
  savedPdf,
  squeezed,
} from './document-files';
import { startOfficeHost, type OfficeHost } from './office-host';
import { storySteps } from './story-steps';
import { setUpOfficeThroughApi } from './support';
import type {
  CertificateModel,
  DocumentDetail,
  LetterModel,
} from '../../src/shared/domain/documents';
import { bangkokToday, formatBuddhistDate, withDigits } from '../../src/shared/thai';
import { nationalId } from '../support/intake-fixtures';
import { PAYLOADS } from '../support/payloads';

// Official documents, end to end in Thai against the real core (issue 10): an officer creates a
// referral on screen, previews and issues its letter, saves it as PDF twice (the second says
// "สำเนา") and voids it in the register; issues a certificate from a case page and a batch for a
// cohort, and checks codes on /verify; hostile text goes through the referral form into a letter.
// Each PDF is read back with poppler (text, fonts, pages) and its pages kept as PNG. The admin's
// letterhead, the accounts, the cases and the shop-opened milestones are seeded through the API
// (walked on screen in letterhead, accounts, cases and mentoring specs). Artifacts go to
// test-results/documents/.
test.describe.configure({ mode: 'serial' });
// A step that cannot happen fails in seconds, not at the test's end.
test.use({ actionTimeout: 15_000 });

const OFFICER: SeedAccount = {
  fullName: 'นายธนา ใจเย็น',
  userName: 'thana.j',
  position: 'นักพัฒนาสังคมปฏิบัติการ',
  role: 'officer',
  temporary: 'Temp-officer-pass-62',
  password: 'Mango-harbour-silk-83',
};
const person = (firstName: string, lastName: string, id: string): SeedPerson => ({
  firstName,
  lastName,
  nickname: '',
  nationalId: nationalId(id),
  birthDate: '1985-05-20',
  phone: '081-234-5678',
  shareLazada: false,
  monthlyIncomeSatang: 650_000,
  business: { products: 'ผ้าไหมมัดหมี่' },
});
const SOMSRI = person('สมศรี', 'ใจดี', '110370012345');
const COHORT = [
  SOMSRI,
  person('กาญจนา', 'ทองดี', '110370054321'),
  person('ประเสริฐ', 'มั่นคง', '110370011111'),
  person('วันเพ็ญ', 'ศรีงาม', '110370022222'),
  person('บุญมี', 'แก้วใส', '110370033333'),
];
const AGENCY = 'ศูนย์พัฒนาฝีมือแรงงานจังหวัดเชียงใหม่';
const EMBLEM =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">' +
  '<circle cx="50" cy="50" r="45" fill="#b8860b"/><circle cx="50" cy="50" r="30" fill="#fff"/>' +
  '<path d="M50 28 L58 50 L50 72 L42 50 Z" fill="#b8860b"/></svg>';

let host: OfficeHost;
let page: Page;
const caseIds: number[] = [];
let letterPages = 0;
/** Dialogs (alert, confirm…) the page opened: hostile text must never run, so none may appear. */
const dialogs: string[] = [];
const consoleErrors: string[] = [];

test.beforeAll(async ({ browser }) => {
  host = await startOfficeHost();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
});
test.afterAll(async () => {
  await page.close();
  await host.close();
});

const steps = storySteps(() => page, 'documents');
const { heading } = steps;
/** A screenshot without the toasts of the steps before it (they would hide the page). */
async function shot(name: string) {
  const toasts = page.locator('.mantine-Notification-root');
  for (const close of await toasts.getByRole('button', { name: 'ปิด' }).all())
    await close.click().catch(() => undefined);
  await expect(toasts).toHaveCount(0);
  await steps.shot(name);
}
const menu = () => page.getByRole('navigation', { name: 'เมนูหลัก' });
const thai = (text: string) => withDigits(text, 'thai');
/** "2 ธันวาคม ๒๕๖๙" in the letterhead's digits. */
const longDate = (isoDate: string) =>
  formatBuddhistDate(isoDate, 'th', { style: 'long', digits: 'thai' });

async function openCase(name: string) {
  await menu().getByRole('link', { name: 'ผู้รับบริการ', exact: true }).click();
  await page.getByRole('table', { name: 'รายชื่อผู้รับบริการ' }).getByRole('link', { name }).click();
  await expect(heading(new RegExp(name))).toBeVisible();
}

/** The admin's letterhead (walked on screen in letterhead.spec.ts), Thai digits on. */
async function seedLetterhead() {
  const emblem = await callCore<{ imageId: number }>(page, 'letterhead.uploadImage', {
    purpose: 'emblem',
    dataBase64: Buffer.from(EMBLEM).toString('base64'),
  });
  const signer = await callCore<{ signerId: number }>(page, 'letterhead.saveSigner', {
    fullName: 'นางสาวพรทิพย์ สุขใจ',
    positionLines: 'พัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดเชียงใหม่\nปฏิบัติราชการแทนผู้ว่าราชการจังหวัดเชียงใหม่',
    signatureImageId: null,
    active: true,
    version: 0,
  });
  const current = await callCore<{ version: number }>(page, 'letterhead.get');
  await callCore(page, 'letterhead.save', {
    agencyName: 'สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดเชียงใหม่',
    addressLines: 'ศาลากลางจังหวัดเชียงใหม่ ถนนโชตนา\nตำบลช้างเผือก อำเภอเมืองเชียงใหม่\nจังหวัดเชียงใหม่ 50300',
    phone: '0 5311 2345',
    fax: '0 5311 2346',
    email: 'chiangmai@m-society.go.th',
    owningDivision: 'กลุ่มการพัฒนาสังคม',
    numberPrefix: 'ชม 0033/',
    thaiDigits: true,
    emblemImageId: emblem.imageId,
    defaultLetterSignerId: signer.signerId,
    defaultCertificateSignerIds: [signer.signerId],
    version: current.version,
  });
}

test('seeded office: letterhead, an officer, five cases with a shop opened', async () => {
  test.slow();
  await page.goto(host.url);
  await setUpOfficeThroughApi(page);
  await seedLetterhead();
  for (const each of COHORT) caseIds.push(await seedCase(page, each));
  await seedAccounts(page, [OFFICER]);
  await callCore(page, 'session.signOut');
  await firstSignInThroughApi(page, OFFICER);
  await callCore(page, 'cases.changeConsent', {
    caseId: caseIds[0],
    purpose: 'referral',
    granted: true,
    noticeVersion: '2569-2',
    givenBy: 'self',
    guardianName: '',
    note: '',
  });
  const today = bangkokToday();
  for (const [index, caseId] of caseIds.entries())
    await callCore(page, 'progress.recordMilestone', {
      caseId,
      kind: 'shop_opened',
      occurredOn: today,
      shopName: `ร้านผ้าทอบ้านดอย ${index + 1}`,
      shopRef: `https://www.lazada.co.th/shop/bandoi-${index + 1}`,
      productsCount: null,
      note: '',
      expectedRevision: null,
    });
  await callCore(page, 'referrals.saveAgency', {
    name: AGENCY,
    addressee: `ผู้อำนวยการ${AGENCY}`,
    addressLines: 'ถนนโชตนา\nอำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่ 50300',
    phone: '053-000000',
    email: '',
    contactPerson: '',
    active: true,
    version: 0,
  });
  await page.reload();
  await expect(page.getByRole('banner')).toContainText(OFFICER.fullName);
});

test('referral letter: created, previewed, issued, saved twice as PDF, voided', async () => {
  test.slow();
  await openCase('สมศรี ใจดี');
  await page.getByRole('tab', { name: 'การส่งต่อ' }).click();
  await expect(page.getByRole('button', { name: 'สร้างการส่งต่อ' })).toBeEnabled();
  await shot('01-referral-tab');
  await expectAccessible(page, 'case referrals tab');

  await page.getByRole('button', { name: 'สร้างการส่งต่อ' }).click();
  const form = page.getByRole('dialog', { name: 'สร้างการส่งต่อ' });
  await form.getByRole('combobox', { name: /^หน่วยงานที่ส่งต่อไป/ }).fill('ฝีมือแรงงาน');
  await page.getByRole('option', { name: AGENCY }).click();
  await expect(form.getByRole('textbox', { name: /^เรียน/ })).toHaveValue(`ผู้อำนวยการ${AGENCY}`);
  await form.getByLabel(/^เหตุผลที่ส่งต่อ/).fill('ต้องการพัฒนาทักษะการทอผ้าเพื่อขายออนไลน์');
  await form.getByLabel(/^บริการที่ขอรับ/).fill('ขอให้รับเข้าอบรมหลักสูตรการออกแบบลายผ้า');
  await form.getByRole('button', { name: 'สิ่งที่ส่งมาด้วย: เพิ่มรายการ' }).click();
  await form.getByRole('textbox', { name: 'สิ่งที่ส่งมาด้วย รายการที่ 1' }).fill('สำเนาบัตรประชาชน');
  await form.getByLabel(/^ผู้ประสานงาน/).fill('นายธนา ใจเย็น โทร 053-112345');
  await form.getByRole('button', { name: 'บันทึกร่าง' }).click();
  await expect(heading(`การส่งต่อไปยัง ${AGENCY}`)).toBeVisible();

  const panel = page.getByRole('region', { name: 'หนังสือส่งตัว' });
  await expect(panel.getByRole('combobox', { name: 'ผู้ลงนาม' })).toHaveValue('นางสาวพรทิพย์ สุขใจ');
  await shot('02-referral-page-letter-panel');
  await expectAccessible(page, 'referral page with the letter panel');

  await panel.getByRole('button', { name: 'ดูตัวอย่างหนังสือ' }).click();
  const preview = page.getByRole('dialog', { name: 'ตัวอย่างหนังสือส่งตัว (ยังไม่ออกเลข)' });
  await expect(preview).toContainText('ต้องการพัฒนาทักษะการทอผ้าเพื่อขายออนไลน์');
  await expect(preview).toContainText(`เรียนผู้อำนวยการ${AGENCY}`);
  await preview.screenshot({ path: `${ARTIFACTS}/03-letter-preview.png`, animations: 'disabled' });
  await expectAccessible(page, 'letter preview');
  await preview.getByRole('button', { name: 'ปิด' }).click();

  await panel.getByRole('button', { name: 'ออกเลขหนังสือ' }).click();
  const confirm = page.getByRole('dialog', { name: 'ออกเลขหนังสือส่งตัว' });
  await expectAccessible(page, 'issue letter confirmation');
  await confirm.getByRole('button', { name: 'ออกเลขหนังสือ' }).click();
  await expect(page.getByText(/^ออกเลขหนังสือ .+ แล้ว$/)).toBeVisible();
  const numberRow = panel.getByRole('row').filter({ hasText: 'เลขที่หนังสือ' });
  await expect(numberRow).toContainText('ชม 0033/');
  const shownNumber = ((await numberRow.locator('td').last().textContent()) ?? '').trim();
  await expect(panel.getByText('ออกแล้ว', { exact: true })).toBeVisible();

  const letterId = await referralLetterId();
  const letter = (await callCore<DocumentDetail>(page, 'documents.get', { documentId: letterId }))
    .model as LetterModel;
  expect(letter.number).toBe(shownNumber);

  const first = await savedPdf(host.dataDir, () =>
    panel.getByRole('button', { name: 'บันทึกเป็น PDF' }).click(),
  );
  await expect(page.getByText('บันทึก PDF แล้ว').first()).toBeVisible();
  const text = squeezed(pdfText(first));
  // The name, the number in Thai digits (the letterhead's setting), the long พ.ศ. date.
  expect(text).toContain(squeezed('นางสาวสมศรี ใจดี'));
  expect(text).toContain(squeezed(`ที่ ${thai(letter.number)}`));
  expect(text).not.toContain(squeezed(letter.number));
  expect(text).toContain(squeezed(longDate(letter.issuedOn)));
  expect(text).toMatch(/[๒][๕][๖-๙][๐-๙]/);
  // The enclosure "สำเนาบัตรประชาชน" is the only สำเนา on the first print.
  expect(text.split('สำเนา').length - 1).toBe(1);
  expectSarabunEmbedded(first);
  letterPages = pdfPages(first);
  expect(letterPages).toBeLessThanOrEqual(2);
  pngPages(first, 'letter');

  const second = await savedPdf(host.dataDir, () =>
    panel.getByRole('button', { name: 'บันทึกเป็น PDF' }).click(),
  );
  // The reprint is marked "สำเนา" (on every page), besides the enclosure.
  expect(squeezed(pdfText(second)).split('สำเนา').length - 1).toBeGreaterThanOrEqual(2);
  pngPages(second, 'letter-copy');

  await panel.getByRole('link', { name: 'ดูในทะเบียนเอกสาร' }).click();
  await expect(heading(`หนังสือส่งตัว ${letter.number}`)).toBeVisible();
  await expect(page.getByTestId('document-intact')).toBeVisible();
  await expect(page.getByText(/2 ครั้ง/)).toBeVisible();
  await shot('05-document-page');
  await expectAccessible(page, 'document page');
  await page.getByRole('button', { name: 'ยกเลิกเอกสาร' }).click();
  const voiding = page.getByRole('dialog', { name: `ยกเลิกเอกสาร ${letter.number}` });
  await voiding.getByLabel(/^เหตุผลที่ยกเลิก/).fill('พิมพ์ชื่อหน่วยงานผิด ออกฉบับใหม่แทน');
  await expectAccessible(page, 'void dialog');
  await voiding.getByRole('button', { name: 'ยกเลิกเอกสาร' }).click();
  await expect(voiding).toBeHidden();
  await expect(page.getByText('พิมพ์ชื่อหน่วยงานผิด ออกฉบับใหม่แทน').first()).toBeVisible();

  await menu().getByRole('link', { name: 'ทะเบียนเอกสาร', exact: true }).click();
  await expect(heading('ทะเบียนเอกสาร')).toBeVisible();
  const row = page
    .getByRole('table', { name: 'ทะเบียนเอกสาร' })
    .getByRole('row')
    .filter({ hasText: letter.number });
  await expect(row).toContainText('ยกเลิก');
  await expect(row).toContainText('สมศรี ใจดี');
  await page.mouse.move(640, 850);
  await shot('04-register');
  await expectAccessible(page, 'document register');
});

async function referralLetterId(): Promise<number> {
  const list = await callCore<{ rows: { documentId: number; kind: string }[] }>(
    page,
    'documents.list',
    {
      kind: 'referral_letter',
      status: null,
      caseId: caseIds[0],
      from: null,
      to: null,
      text: '',
      offset: 0,
      limit: 200,
    },
  );
  return Math.max(...list.rows.map((row) => row.documentId));
}

function expectSarabunEmbedded(path: string) {
  const fonts = pdfFonts(path);
  const sarabun = fonts.filter((font) => /Sarabun/i.test(font.name));
  expect(sarabun.length, `fonts: ${JSON.stringify(fonts)}`).toBeGreaterThan(0);
  expect(sarabun.every((font) => font.embedded)).toBe(true);
  // No font is left for the reader to substitute.
  expect(fonts.filter((font) => !font.embedded)).toEqual([]);
}

async function documentsOf(caseId: number, kind: 'certificate' | 'referral_letter') {
  const list = await callCore<{ rows: { documentId: number }[] }>(page, 'documents.list', {
    kind,
    status: null,
    caseId,
    from: null,
    to: null,
    text: '',
    offset: 0,
    limit: 200,
  });
  return list.rows.map((row) => row.documentId).sort((a, b) => a - b);
}

async function modelOf<T>(documentId: number): Promise<T> {
  return (await callCore<DocumentDetail>(page, 'documents.get', { documentId })).model as T;
}

/** "ให้ไว้ ณ วันที่ ๒ ธันวาคม พ.ศ. ๒๕๖๙" */
const givenOn = (isoDate: string) =>
  `ให้ไว้ ณ วันที่ ${longDate(isoDate).replace(/ ([๐-๙]{4})$/u, ' พ.ศ. $1')}`;

function expectLandscape(path: string) {
  const [width, height] = pdfPageSize(path);
  expect(width).toBeGreaterThan(height);
  // A4: 842 × 595 points.
  expect(Math.round(width)).toBe(842);
}

let certificateCode = '';
let certificateSerial = '';
let certificateHolder = '';
let certificateId = 0;

test('certificate: issued from the case page, saved as PDF, its QR holds the code', async () => {
  test.slow();
  await openCase('สมศรี ใจดี');
  await page.getByRole('button', { name: 'ออกเกียรติบัตร', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'ออกเกียรติบัตร' });
  await expect(dialog.getByRole('combobox', { name: /^เกียรติบัตรสำหรับ/ })).toHaveValue('shop_opened');
  await dialog.getByRole('button', { name: 'ดูตัวอย่าง' }).click();
  await expect(dialog).toContainText('สมศรี ใจดี');
  // The landscape sheet is scaled down to the dialog's width: none of it is cut off.
  // (The preview measures its box after the first paint, then scales: poll until it has.)
  await expect
    .poll(async () => {
      const frame = await dialog.getByTestId('print-preview').boundingBox();
      const sheet = await dialog.locator('.pd-sheet--certificate').boundingBox();
      return frame && sheet ? frame.x + frame.width - (sheet.x + sheet.width) : -1;
    })
    .toBeGreaterThanOrEqual(15);
  await dialog.screenshot({
    path: `${ARTIFACTS}/06-certificate-dialog.png`,
    animations: 'disabled',
  });
  await expectAccessible(page, 'certificate dialog with preview');
  await dialog.getByRole('button', { name: 'ออกเกียรติบัตร', exact: true }).click();
  await expect(dialog.getByText('ออกเกียรติบัตรแล้ว')).toBeVisible();

  certificateId = (await documentsOf(caseIds[0]!, 'certificate'))[0]!;
  const model = await modelOf<CertificateModel>(certificateId);
  certificateCode = model.verificationCode;
  certificateSerial = model.serial;
  certificateHolder = model.holderName;
  await expect(dialog).toContainText(`เลขที่ ${model.serial}`);

  const pdf = await savedPdf(host.dataDir, () =>
    dialog.getByRole('button', { name: 'บันทึกเป็น PDF' }).click(),
  );
  const text = squeezed(pdfText(pdf));
  expect(text).toContain(squeezed(model.holderName));
  expect(text).toContain(squeezed(thai(model.serial)));
  expect(text).toContain(squeezed(givenOn(model.issuedOn)));
  expectSarabunEmbedded(pdf);
  expect(pdfPages(pdf)).toBe(1);
  expectLandscape(pdf);
  pngPages(pdf, 'certificate');
  // The QR, read back from the page as a phone would (150 dpi: 70 is too coarse for a scanner).
  const [scan] = pngPages(pdf, 'certificate-qr', 150);
  const codes = qrCodes(scan!);
  if (codes === null) test.info().annotations.push({ type: 'qr', description: 'no zbarimg' });
  else expect(codes).toEqual([certificateCode]);
  await dialog.getByRole('button', { name: 'ปิด' }).last().click();
});

test('certificates in a batch: a cohort of five, one PDF of five pages', async () => {
  test.slow();
  await menu().getByRole('link', { name: 'เกียรติบัตร', exact: true }).click();
  await expect(heading('ออกเกียรติบัตรเป็นชุด')).toBeVisible();
  await page.mouse.move(640, 850);
  await page.getByRole('checkbox', { name: 'เลือกทั้งหมด' }).check();
  await expect(page.getByText('เลือกแล้ว 5 จาก 5 คน')).toBeVisible();
  await page.getByRole('button', { name: 'ออกเกียรติบัตร 5 ฉบับ' }).click();
  const confirm = page.getByRole('dialog', { name: 'ยืนยันการออกเกียรติบัตร' });
  await confirm.getByRole('button', { name: 'ออกเกียรติบัตร 5 ฉบับ' }).click();
  await expect(page.getByText('ออกเกียรติบัตรแล้ว 5 ฉบับ')).toBeVisible();
  await expectAccessible(page, 'batch issued');

  let sawProgress = false;
  const pdf = await savedPdf(host.dataDir, async () => {
    await page.getByRole('button', { name: 'บันทึกเป็น PDF' }).click();
    // The job's progress shows while main prints; it may be over before a screenshot.
    const progress = page.getByRole('status').filter({ hasText: /กำลัง/ });
    sawProgress = await progress
      .waitFor({ timeout: 5_000 })
      .then(() => true)
      .catch(() => false);
    if (sawProgress) await steps.shot('07-batch-progress');
  });
  test.info().annotations.push({ type: 'progress', description: `seen: ${sawProgress}` });
  await expect(page.getByText('บันทึก PDF แล้ว').first()).toBeVisible();
  await shot('07-batch-done');
  expect(pdfPages(pdf)).toBe(5);
  expectLandscape(pdf);
  const text = squeezed(pdfText(pdf));
  for (const each of COHORT) expect(text).toContain(squeezed(`${each.firstName} ${each.lastName}`));
  expectSarabunEmbedded(pdf);
  pngPages(pdf, 'batch', 40);
});

test('verify: a real code, a tampered one, a typed serial, a voided certificate', async () => {
  await menu().getByRole('link', { name: 'ตรวจสอบเกียรติบัตร', exact: true }).click();
  await expect(heading('ตรวจสอบเกียรติบัตร')).toBeVisible();
  // Off the menu link just clicked: its hover colour is the shell's, not this page's.
  await page.mouse.move(640, 850);
  const box = page.getByRole('textbox', { name: /^รหัสจากคิวอาร์โค้ด/ });
  const check = async (code: string) => {
    await box.fill(code);
    await box.press('Enter');
  };
  await check(certificateCode);
  await expect(page.getByText('เกียรติบัตรถูกต้อง')).toBeVisible();
  await expect(page.getByText(certificateHolder)).toBeVisible();
  await shot('08-verify-valid');
  await expectAccessible(page, 'verify: valid');

  // One character of the signature changed: the signature no longer matches.
  const at = certificateCode.lastIndexOf('.') + 10;
  const swapped = certificateCode[at] === 'A' ? 'B' : 'A';
  await check(`${certificateCode.slice(0, at)}${swapped}${certificateCode.slice(at + 1)}`);
  await expect(page.getByText('ไม่ผ่านการตรวจสอบ')).toBeVisible();
  await shot('09-verify-forged');
  await expectAccessible(page, 'verify: forged');

  await check(certificateSerial);
  await expect(page.getByText('เกียรติบัตรถูกต้อง')).toBeVisible();
  await expect(page.getByText(/ตรวจจากเลขที่เท่านั้น/)).toBeVisible();
  await expect(page.getByText(certificateHolder)).toBeVisible();

  await callCore(page, 'documents.void', {
    documentId: certificateId,
    reason: 'ออกซ้ำกับชุดเกียรติบัตรประจำปี',
  });
  await check(certificateCode);
  await expect(page.getByText('เกียรติบัตรนี้ถูกยกเลิกแล้ว')).toBeVisible();
  await expect(page.getByText(/ออกซ้ำกับชุดเกียรติบัตรประจำปี/)).toBeVisible();
  await shot('10-verify-void');
  await expectAccessible(page, 'verify: void');
});

test('hostile text through the agency and the referral form prints as text, runs nowhere', async () => {
  test.slow();
  // Bidi overrides and zero-width characters are refused at the door (a name must look like itself).
  for (const payload of PAYLOADS.filter((each) => /[\p{Cf}]/u.test(each))) {
    const refused = await page.evaluate(async (name) => {
      type Call = (input: unknown) => Promise<{ ok: boolean; reason?: string }>;
      const { kaona } = globalThis as unknown as { kaona: { referrals: { saveAgency: Call } } };
      return kaona.referrals.saveAgency({
        name,
        addressee: name,
        addressLines: '',
        phone: '',
        email: '',
        contactPerson: '',
        active: true,
        version: 0,
      });
    }, payload);
    expect(refused.ok, payload).toBe(false);
  }
  const [script, img, attribute, url, longThai, longLatin, , , style] = PAYLOADS;
  const agency = await callCore<{ agencyId: number }>(page, 'referrals.saveAgency', {
    name: img,
    addressee: attribute,
    addressLines: `${url}\n${style}`,
    phone: '',
    email: '',
    contactPerson: '',
    active: true,
    version: 0,
  });
  // Saved behind the page's back: start from a fresh page, so the agency list an earlier story
  // left in the query cache is read again (it once was not, and the new agency was missing).
  await page.reload();
  await openCase('สมศรี ใจดี');
  await page.getByRole('tab', { name: 'การส่งต่อ' }).click();
  await page.getByRole('button', { name: 'สร้างการส่งต่อ' }).click();
  const form = page.getByRole('dialog', { name: 'สร้างการส่งต่อ' });
  await form.getByRole('combobox', { name: /^หน่วยงานที่ส่งต่อไป/ }).fill('img');
  await page.getByRole('option', { name: img }).click();
  await form.getByLabel(/^เหตุผลที่ส่งต่อ/).fill(`${script} ${longThai}`);
  await form.getByLabel(/^บริการที่ขอรับ/).fill(`${longLatin} ${url}`);
  await form.getByRole('button', { name: 'สิ่งที่ส่งมาด้วย: เพิ่มรายการ' }).click();
  await form.getByRole('textbox', { name: 'สิ่งที่ส่งมาด้วย รายการที่ 1' }).fill(style!);
  await form.getByLabel(/^ผู้ประสานงาน/).fill(attribute!);
  await form.getByRole('button', { name: 'บันทึกร่าง' }).click();
  await expect(heading(`การส่งต่อไปยัง ${img}`)).toBeVisible();

  const panel = page.getByRole('region', { name: 'หนังสือส่งตัว' });
  await panel.getByRole('button', { name: 'ดูตัวอย่างหนังสือ' }).click();
  const preview = page.getByRole('dialog', { name: 'ตัวอย่างหนังสือส่งตัว (ยังไม่ออกเลข)' });
  // Printed as typed, except digits: the letterhead prints Thai digits (alert(๑)).
  await expect(preview).toContainText(thai(script!));
  await expect(preview).toContainText(thai(style!));
  await expect(preview.locator('img[src="x"], script')).toHaveCount(0);
  await preview.screenshot({ path: `${ARTIFACTS}/11-payload-preview.png`, animations: 'disabled' });
  await preview.getByRole('button', { name: 'ปิด' }).click();

  const referrals = await callCore<{ referralId: number; agencyId: number }[]>(
    page,
    'referrals.list',
    { caseId: caseIds[0], status: null, overdueOnly: false },
  );
  const referralId = referrals.find((row) => row.agencyId === agency.agencyId)?.referralId;
  expect(referralId).toBeDefined();
  const issued = await callCore<{ documentId: number }>(page, 'documents.issueLetter', {
    referralId,
    signerId: null,
  });
  const pdf = await savedPdf(host.dataDir, async () => {
    await callCore(page, 'documents.savePdf', { documentIds: [issued.documentId] });
  });
  const text = pdfText(pdf);
  const flat = squeezed(text);
  // What a letter prints: เรียน (the addressee), the body, the enclosures and the contact. The
  // agency's own name and address are not on a หนังสือภายนอก (only เรียน), so `img` stays out.
  for (const literal of [script, url, style, attribute])
    expect(flat, literal).toContain(squeezed(thai(literal!)));
  // The long words wrap inside the page rather than pushing it wider: all of each is there.
  expect(flat.split('ก').length - 1).toBeGreaterThanOrEqual(500);
  expect(flat.split('W').length - 1).toBeGreaterThanOrEqual(500);
  expectSarabunEmbedded(pdf);
  pngPages(pdf, 'payload-letter');
  const [width] = pdfPageSize(pdf);
  expect(Math.round(width)).toBe(595);

  expect(dialogs).toEqual([]);
  expect(consoleErrors.filter((line) => /Content Security Policy|Refused to/i.test(line))).toEqual(
    [],
  );
});
