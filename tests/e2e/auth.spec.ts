import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './a11y';
import { startOfficeHost, type OfficeHost } from './office-host';

// Getting in and out on a shared PC, in a real browser against the real core: first-run setup,
// sign-out and sign-in, Ctrl+L, and main's idle lock. The tests walk through one office in order.
test.describe.configure({ mode: 'serial' });

const AGENCY = 'สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดขอนแก่น';
const ADMIN = {
  fullName: 'นางสาวสมศรี ใจดี',
  userName: 'somsri.j',
  password: 'Mango-river-lantern-2569',
};

let host: OfficeHost;
let page: Page;
test.beforeAll(async ({ browser }) => {
  host = await startOfficeHost();
  page = await browser.newPage();
});
test.afterAll(async () => {
  await page.close();
  await host.close();
});

const heading = (name: string) => page.getByRole('heading', { level: 1, name });
const mainMenu = () => page.getByRole('navigation', { name: 'เมนูหลัก' });

test('first run: the wizard sets up the office and signs the admin in', async () => {
  // Creating the office derives two Argon2id keys and builds the database: slow on a busy machine.
  test.slow();
  await page.goto(host.url);
  await expect(heading('ตั้งค่าโปรแกรมครั้งแรก')).toBeVisible();
  await expectAccessible(page, 'setup wizard: office and admin');

  await page.getByLabel(/^ชื่อหน่วยงาน/).fill(AGENCY);
  await page.getByLabel(/^ชื่อ–นามสกุล/).fill(ADMIN.fullName);
  await page.getByLabel(/^ชื่อผู้ใช้/).fill(ADMIN.userName);
  await page.getByLabel(/^รหัสผ่าน/).fill(ADMIN.password);
  await page.getByLabel(/^ยืนยันรหัสผ่าน/).fill(ADMIN.password);
  await page.getByRole('button', { name: 'ถัดไป' }).click();

  const groups = page.getByTestId('recovery-code-group');
  await expect(groups).toHaveCount(5);
  for (const group of await groups.allTextContents()) expect(group).toMatch(/^[0-9A-Z]{5}$/);
  await expectAccessible(page, 'setup wizard: recovery code');
  await page.getByRole('checkbox', { name: 'ฉันได้เก็บรหัสกู้คืนไว้ในที่ปลอดภัยแล้ว' }).check();
  await page.getByRole('button', { name: 'ตั้งค่าให้เสร็จ' }).click();
  await page.getByRole('button', { name: 'เริ่มใช้งาน' }).click({ timeout: 45_000 });

  // An office role starts on the case list.
  await expect(heading('ผู้รับบริการ')).toBeVisible();
  await expect(page).toHaveURL(/#\/cases$/);
  const header = page.getByRole('banner');
  await expect(header).toContainText(ADMIN.fullName);
  await expect(header).toContainText('ผู้ดูแลระบบ');
  await expect(header).toContainText(AGENCY);
  await expectAccessible(page, 'case list (admin)');
});

test('signs out, and signs in again with the last user name filled in', async () => {
  await page.getByRole('button', { name: new RegExp(ADMIN.fullName) }).click();
  await page.getByRole('menuitem', { name: 'ออกจากระบบ' }).click();
  await expect(heading('เข้าสู่ระบบ')).toBeVisible();
  await expect(mainMenu()).toHaveCount(0);
  await expect(page.getByLabel(/^ชื่อผู้ใช้/)).toHaveValue(ADMIN.userName);
  await expectAccessible(page, 'sign-in');

  await page.getByLabel(/^รหัสผ่าน/).fill('not-the-password');
  await page.getByRole('button', { name: 'เข้าสู่ระบบ', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง');
  await expectAccessible(page, 'sign-in: wrong password');

  await page.getByLabel(/^รหัสผ่าน/).fill(ADMIN.password);
  await page.getByRole('button', { name: 'เข้าสู่ระบบ', exact: true }).click();
  await expect(heading('ผู้รับบริการ')).toBeVisible();
  // The page to come back to after the lock below.
  await mainMenu().getByRole('link', { name: 'เกี่ยวกับโปรแกรม' }).click();
  await expect(heading('เกี่ยวกับโปรแกรม')).toBeVisible();
});

test('Ctrl+L locks at once; unlocking returns to the same page', async () => {
  await page.keyboard.press('Control+l');
  await expect(heading('หน้าจอล็อกอยู่')).toBeVisible();
  await expect(mainMenu()).toHaveCount(0);
  await expect(page.getByText('เกี่ยวกับโปรแกรม')).toHaveCount(0);
  await expectAccessible(page, 'lock screen');

  await page.getByLabel(/^รหัสผ่านของ/).fill(ADMIN.password);
  await page.getByRole('button', { name: 'ปลดล็อก' }).click();
  await expect(heading('เกี่ยวกับโปรแกรม')).toBeVisible();
  await expect(page).toHaveURL(/#\/about$/);
});

test('main’s idle timer locks the screen, and the page follows', async () => {
  // Nobody touches the page: main's idle timer fires and main pushes session.changed, so the
  // lock screen replaces the case data at once, without waiting for the page's next question.
  await host.advanceClock(5 * 60_000 + 1_000);
  await expect(heading('หน้าจอล็อกอยู่')).toBeVisible();
  await expect(mainMenu()).toHaveCount(0);
});
