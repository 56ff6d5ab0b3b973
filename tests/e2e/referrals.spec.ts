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
import { startOfficeHost, type OfficeHost } from './office-host';
import { storySteps } from './story-steps';
import { setUpOfficeThroughApi } from './support';
import { nationalId } from '../support/intake-fixtures';

// Referrals, in Thai against the real core: an officer opens a case whose owner has not consented
// to referral and is told why nothing can be sent and how to record the consent; once it is
// recorded, they create a referral to an agency they add to the directory from the form, and find
// it on its page, in the office's list and the agency in the directory. (Issuing and printing the
// letter is the documents story.) Screenshots go to test-results/referrals/.
test.describe.configure({ mode: 'serial' });

const OFFICER: SeedAccount = {
  fullName: 'นายธนา ใจเย็น',
  userName: 'thana.j',
  position: 'นักพัฒนาสังคมปฏิบัติการ',
  role: 'officer',
  temporary: 'Temp-officer-pass-62',
  password: 'Mango-harbour-silk-83',
};
const SOMSRI: SeedPerson = {
  firstName: 'สมศรี',
  lastName: 'ใจดี',
  nickname: 'ศรี',
  nationalId: nationalId('110370012345'),
  birthDate: '1988-02-14',
  phone: '081-234-5678',
  shareLazada: false,
  monthlyIncomeSatang: 650_000,
  business: { products: 'ผ้าไหมมัดหมี่' },
};
const AGENCY = 'ศูนย์พัฒนาฝีมือแรงงานจังหวัดเชียงใหม่';

let host: OfficeHost;
let page: Page;
let caseId = 0;

test.beforeAll(async ({ browser }) => {
  host = await startOfficeHost();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
});
test.afterAll(async () => {
  await page.close();
  await host.close();
});

const { shot, heading } = storySteps(() => page, 'referrals');
const menu = () => page.getByRole('navigation', { name: 'เมนูหลัก' });

async function openCaseReferrals() {
  await menu().getByRole('link', { name: 'ผู้รับบริการ', exact: true }).click();
  await page
    .getByRole('table', { name: 'รายชื่อผู้รับบริการ' })
    .getByRole('link', { name: 'สมศรี ใจดี' })
    .click();
  await expect(heading('สมศรี ใจดี')).toBeVisible();
  await page.getByRole('tab', { name: 'การส่งต่อ' }).click();
}

test('seeded office: an officer and a case without the referral consent', async () => {
  test.slow();
  await page.goto(host.url);
  await setUpOfficeThroughApi(page);
  caseId = await seedCase(page, SOMSRI);
  await seedAccounts(page, [OFFICER]);
  await callCore(page, 'session.signOut');
  await firstSignInThroughApi(page, OFFICER);
  await page.reload();
  await expect(page.getByRole('banner')).toContainText(OFFICER.fullName);
});

test('without the consent the tab says why and how, and offers no referral', async () => {
  await openCaseReferrals();
  await expect(page.getByText('ยังส่งต่อไม่ได้: ไม่มีความยินยอมให้ส่งต่อข้อมูล')).toBeVisible();
  await expect(page.getByRole('button', { name: 'สร้างการส่งต่อ' })).toBeDisabled();
  await shot('01-no-consent');
  await expectAccessible(page, 'case referrals tab without consent');
});

test('with the consent recorded, the officer creates a referral to a new agency', async () => {
  await callCore(page, 'cases.changeConsent', {
    caseId,
    purpose: 'referral',
    granted: true,
    noticeVersion: '2569-2',
    givenBy: 'self',
    guardianName: '',
    note: '',
  });
  await page.reload();
  await page.getByRole('tab', { name: 'การส่งต่อ' }).click();
  await page.getByRole('button', { name: 'สร้างการส่งต่อ' }).click();
  const form = page.getByRole('dialog', { name: 'สร้างการส่งต่อ' });
  await form.getByRole('button', { name: 'เพิ่มหน่วยงานใหม่' }).click();
  const agency = page.getByRole('dialog', { name: 'เพิ่มหน่วยงาน' });
  await agency.getByLabel(/^ชื่อหน่วยงาน/).fill(AGENCY);
  await agency.getByLabel(/^เรียน/).fill(`ผู้อำนวยการ${AGENCY}`);
  await agency.getByLabel(/^ที่อยู่/).fill('ถนนโชตนา\nอำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่ 50300');
  await agency.getByRole('button', { name: 'บันทึก' }).click();
  await expect(agency).toBeHidden();
  await expect(form.getByRole('textbox', { name: /^เรียน/ })).toHaveValue(`ผู้อำนวยการ${AGENCY}`);
  await form.getByLabel(/^เหตุผลที่ส่งต่อ/).fill('ต้องการพัฒนาทักษะการทอผ้าเพื่อขายออนไลน์');
  await form.getByLabel(/^บริการที่ขอรับ/).fill('ขอให้รับเข้าอบรมหลักสูตรการออกแบบลายผ้า');
  await form.getByRole('button', { name: 'สิ่งที่ส่งมาด้วย: เพิ่มรายการ' }).click();
  await form.getByRole('textbox', { name: 'สิ่งที่ส่งมาด้วย รายการที่ 1' }).fill('สำเนาบัตรประชาชน');
  await form.getByLabel(/^ผู้ประสานงาน/).fill('นายธนา ใจเย็น โทร 053-000000');
  await form.getByRole('checkbox', { name: 'หมายเลขโทรศัพท์' }).check();
  await shot('02-form');
  await expectAccessible(page, 'referral form');
  await form.getByRole('button', { name: 'บันทึกร่าง' }).click();
  await expect(heading(`การส่งต่อไปยัง ${AGENCY}`)).toBeVisible();
  await expect(page.getByText('ต้องการพัฒนาทักษะการทอผ้าเพื่อขายออนไลน์')).toBeVisible();
  await shot('03-referral-page');
  await expectAccessible(page, 'referral page');
});

test("the office's list and the agencies directory show it", async () => {
  await menu().getByRole('link', { name: 'การส่งต่อ', exact: true }).click();
  await expect(heading('การส่งต่อ')).toBeVisible();
  const table = page.getByRole('table', { name: 'รายการส่งต่อ' });
  await expect(table.getByRole('row').filter({ hasText: 'สมศรี ใจดี' })).toContainText(AGENCY);
  await expect(table).toContainText('ร่าง');
  // Off the menu link just clicked: its hover colour is the shell's, not this page's.
  await page.mouse.move(640, 700);
  await shot('04-list');
  await expectAccessible(page, 'referrals list');
  await page.getByRole('link', { name: 'ทะเบียนหน่วยงาน' }).click();
  await expect(heading('ทะเบียนหน่วยงาน')).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'ทะเบียนหน่วยงาน' }).getByRole('row').filter({ hasText: AGENCY }),
  ).toContainText('1');
  await shot('05-agencies');
  await expectAccessible(page, 'agencies directory');
});

test('the same screens in English', async () => {
  await page.getByText('English', { exact: true }).click();
  await expect(heading('Agencies directory')).toBeVisible();
  await shot('06-agencies-en');
  await expectAccessible(page, 'agencies directory in English');
  await page
    .getByRole('navigation', { name: 'Main menu' })
    .getByRole('link', { name: 'Referrals', exact: true })
    .click();
  await expect(heading('Referrals')).toBeVisible();
  await page.mouse.move(640, 700);
  await shot('07-list-en');
  await expectAccessible(page, 'referrals list in English');
  await page.getByRole('table', { name: 'Referrals' }).getByRole('link', { name: /สมศรี/ }).click();
  await expect(heading(`Referral to ${AGENCY}`)).toBeVisible();
  await shot('08-referral-page-en');
  await expectAccessible(page, 'referral page in English');
});
