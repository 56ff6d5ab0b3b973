import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parseSlotFileAt } from '../../src/main/core/auth/vault/slot-file';
import { slotDbKeys, unlockSlot } from '../../src/main/core/auth/vault/slots';
import { openEncryptedDatabase } from '../../src/main/core/db/connection';
import { expectAccessible } from './a11y';
import { storySteps } from './story-steps';
import { startOfficeHost, type OfficeHost } from './office-host';

// The accounts issue, end to end in Thai against the real core: first run → recovery code →
// an officer and a mentor → the officer's first sign-in → idle lock → unlock → the admin removes
// the mentor → the mentor's old key slot never opened the office database and their compartment
// is gone → a forgotten admin password recovered with the code. Screenshots go to test-results/accounts/.
test.describe.configure({ mode: 'serial' });

const ADMIN = {
  fullName: 'นางสาวสมศรี ใจดี',
  userName: 'somsri.j',
  password: 'Mango-river-lantern-2569',
};
const OFFICER = {
  fullName: 'นายอนันต์ ทองดี',
  userName: 'anan.t',
  temporary: 'Temp-officer-pass-81',
  password: 'Rice-field-morning-77',
};
const MENTOR = {
  fullName: 'Mali Srisuk',
  userName: 'mali.lz',
  temporary: 'Temp-mentor-pass-62',
  password: 'Blue-shop-window-35',
};
const NEW_ADMIN_PASSWORD = 'Recovered-lotus-pond-2570';

let host: OfficeHost;
let page: Page;
let recoveryCode = '';

test.beforeAll(async ({ browser }) => {
  host = await startOfficeHost();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
});
test.afterAll(async () => {
  await page.close();
  await host.close();
});

const {
  shot,
  heading,
  signIn,
  signOut,
  fillNewAccount: addAccount,
} = storySteps(() => page, 'accounts');

async function firstSignIn(person: { userName: string; temporary: string; password: string }) {
  await signIn(person.userName, person.temporary);
  await expect(heading('ตั้งรหัสผ่านของคุณเอง')).toBeVisible();
  await page.getByLabel(/^รหัสผ่านชั่วคราว/).fill(person.temporary);
  await page.getByLabel(/^รหัสผ่านใหม่/).fill(person.password);
  await page.getByLabel(/^ยืนยันรหัสผ่านใหม่/).fill(person.password);
}

test('first run: the admin sets up the office and notes the recovery code', async () => {
  // Creating the office derives two Argon2id keys (128 MiB each) and builds the database with its
  // address reference data: seconds on a busy 2-core machine, beside the other spec's Argon2id.
  test.slow();
  await page.goto(host.url);
  await expect(heading('ตั้งค่าโปรแกรมครั้งแรก')).toBeVisible();
  await page.getByLabel(/^ชื่อหน่วยงาน/).fill('สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดขอนแก่น');
  await page.getByLabel(/^ชื่อ–นามสกุล/).fill(ADMIN.fullName);
  await page.getByLabel(/^ชื่อผู้ใช้/).fill(ADMIN.userName);
  await page.getByLabel(/^รหัสผ่าน/).fill(ADMIN.password);
  await page.getByLabel(/^ยืนยันรหัสผ่าน/).fill(ADMIN.password);
  await shot('01-setup');
  await expectAccessible(page, 'setup wizard: office and admin, filled in');
  await page.getByRole('button', { name: 'ถัดไป' }).click();

  const groups = page.getByTestId('recovery-code-group');
  await expect(groups).toHaveCount(5);
  recoveryCode = (await groups.allTextContents()).join('-');
  expect(recoveryCode).toMatch(/^([0-9A-Z]{5}-){4}[0-9A-Z]{5}$/);
  await shot('02-recovery-code');
  await page.getByRole('checkbox', { name: 'ฉันได้เก็บรหัสกู้คืนไว้ในที่ปลอดภัยแล้ว' }).check();
  await page.getByRole('button', { name: 'ตั้งค่าให้เสร็จ' }).click();
  await expect(page.getByRole('button', { name: 'เริ่มใช้งาน' })).toBeVisible({ timeout: 45_000 });
  await expectAccessible(page, 'setup wizard: done');
  await page.getByRole('button', { name: 'เริ่มใช้งาน' }).click();
  await expect(page.getByRole('banner')).toContainText(ADMIN.fullName);
});

test('the admin creates an officer and a mentor', async () => {
  await page
    .getByRole('navigation', { name: 'เมนูหลัก' })
    .getByRole('link', { name: 'บัญชีผู้ใช้' })
    .click();
  await expect(heading('บัญชีผู้ใช้')).toBeVisible();

  const officerDialog = await addAccount(OFFICER, 'เจ้าหน้าที่');
  await shot('03-add-officer');
  await expectAccessible(page, 'accounts: add an account');
  await officerDialog.getByRole('button', { name: 'เพิ่มผู้ใช้' }).click();
  await expect(officerDialog).toBeHidden();

  const mentorDialog = await addAccount(MENTOR, 'พี่เลี้ยง');
  await mentorDialog.getByRole('button', { name: 'เพิ่มผู้ใช้' }).click();
  await expect(mentorDialog).toBeHidden();

  const table = page.getByRole('table', { name: 'รายชื่อบัญชีผู้ใช้' });
  await expect(table).toContainText(OFFICER.fullName);
  await expect(table).toContainText(MENTOR.fullName);
  await expect(table).toContainText('พี่เลี้ยง');
  await shot('04-accounts');
  await expectAccessible(page, 'accounts');
  await signOut(ADMIN.fullName);
});

test('the officer signs in, must replace the temporary password, and sees only their sections', async () => {
  await firstSignIn(OFFICER);
  await shot('05-forced-password-change');
  await expectAccessible(page, 'forced password change');
  await page.getByRole('button', { name: 'บันทึกรหัสผ่านใหม่' }).click();
  await expect(page.getByRole('banner')).toContainText(OFFICER.fullName);
  // An officer starts on the case list.
  await expect(heading('ผู้รับบริการ')).toBeVisible();
  const menu = page.getByRole('navigation', { name: 'เมนูหลัก' });
  await expect(menu.getByRole('link', { name: 'เกี่ยวกับโปรแกรม' })).toBeVisible();
  await expect(menu.getByRole('link', { name: 'บัญชีผู้ใช้' })).toHaveCount(0);
  await expect(menu.getByRole('link', { name: 'บันทึกการใช้งาน' })).toHaveCount(0);
  await expectAccessible(page, 'case list (officer)');
});

test('left idle, the screen locks; the officer unlocks with their password', async () => {
  await host.advanceClock(5 * 60_000 + 1_000);
  // The clerk comes back to the PC: the window regains focus and the page asks main again.
  await page.evaluate(() => globalThis.dispatchEvent(new Event('focus')));
  await expect(heading('หน้าจอล็อกอยู่')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'เมนูหลัก' })).toHaveCount(0);
  await shot('06-locked');
  await expectAccessible(page, 'lock screen after idle');
  await page.getByLabel(/^รหัสผ่านของ/).fill(OFFICER.password);
  await page.getByRole('button', { name: 'ปลดล็อก' }).click();
  await expect(page.getByRole('banner')).toContainText(OFFICER.fullName);
  await signOut(OFFICER.fullName);
});

test('the admin removes the mentor; their old slot opens no office key, their compartment is gone', async () => {
  await firstSignIn(MENTOR);
  await page.getByRole('button', { name: 'บันทึกรหัสผ่านใหม่' }).click();
  await expect(page.getByRole('banner')).toContainText(MENTOR.fullName);
  await signOut(MENTOR.fullName);
  // The mentor keeps a copy of the key file, with their slot in it.
  const stolenCopy = join(host.dataDir, 'copied-by-mentor.keys');
  copyFileSync(join(host.dataDir, 'kaona.keys'), stolenCopy);
  const copied = parseSlotFileAt(stolenCopy);
  const mentorSlot = copied?.slots.find((slot) => slot.userName === MENTOR.userName);
  expect(mentorSlot).toBeDefined();
  const compartment = join(host.dataDir, 'mentors', `mentor-${mentorSlot!.userId}.kaona`);
  expect(existsSync(compartment)).toBe(true);

  await signIn(ADMIN.userName, ADMIN.password);
  await page
    .getByRole('navigation', { name: 'เมนูหลัก' })
    .getByRole('link', { name: 'บัญชีผู้ใช้' })
    .click();
  await page.getByRole('button', { name: `จัดการบัญชีของ ${MENTOR.fullName}` }).click();
  await page.getByRole('menuitem', { name: 'ลบบัญชี' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('โปรแกรมจะเปลี่ยนกุญแจของฐานข้อมูล');
  await shot('07-remove-mentor');
  await expectAccessible(page, 'accounts: remove an account');
  await dialog.getByRole('button', { name: 'ลบบัญชี' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('table', { name: 'รายชื่อบัญชีผู้ใช้' })).not.toContainText(MENTOR.fullName);
  await signOut(ADMIN.fullName);

  await signIn(MENTOR.userName, MENTOR.password);
  await expect(page.getByRole('alert')).toContainText('ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง');

  // A mentor's slot seals only their compartment's key: with the password, the copy still
  // opens, but nothing it holds opens the office database, and the compartment itself is gone.
  expect(mentorSlot!.opens).toBe('compartment');
  const privateKey = await unlockSlot(mentorSlot!, MENTOR.password);
  expect(privateKey).not.toBeNull();
  const keys = slotDbKeys(mentorSlot!, privateKey!);
  expect(keys.length).toBeGreaterThan(0);
  for (const { key } of keys) {
    expect(() => openEncryptedDatabase(join(host.dataDir, 'kaona.db'), key).close()).toThrow();
  }
  expect(existsSync(compartment)).toBe(false);
});

test('a forgotten admin password is recovered with the recovery code', async () => {
  await page
    .getByRole('link', { name: 'ลืมรหัสผ่าน?' })
    .or(page.getByRole('button', { name: 'ลืมรหัสผ่าน?' }))
    .click();
  await expect(heading('ลืมรหัสผ่านผู้ดูแลระบบ')).toBeVisible();
  // Typed as a clerk might from the printed sheet: lower case, spaces instead of dashes.
  await page.getByLabel(/^รหัสกู้คืน/).fill(recoveryCode.toLowerCase().replace(/-/g, ' '));
  await page.getByLabel(/^ชื่อผู้ใช้ของผู้ดูแลระบบ/).fill(ADMIN.userName);
  await page.getByLabel(/^รหัสผ่านใหม่/).fill(NEW_ADMIN_PASSWORD);
  await page.getByLabel(/^ยืนยันรหัสผ่านใหม่/).fill(NEW_ADMIN_PASSWORD);
  await shot('08-recovery');
  await expectAccessible(page, 'admin password recovery');
  await page.getByRole('button', { name: 'ตั้งรหัสผ่านใหม่และเข้าสู่ระบบ' }).click();
  await expect(page.getByRole('banner')).toContainText(ADMIN.fullName);

  await page
    .getByRole('navigation', { name: 'เมนูหลัก' })
    .getByRole('link', { name: 'บันทึกการใช้งาน' })
    .click();
  await expect(heading('บันทึกการใช้งาน')).toBeVisible();
  await page.getByRole('button', { name: 'ตรวจสอบความถูกต้อง' }).click();
  await expect(page.getByText('บันทึกการใช้งานครบถ้วน ไม่ถูกแก้ไข')).toBeVisible();
  await shot('09-audit-verified');
  await expectAccessible(page, 'audit log, verified');

  await signOut(ADMIN.fullName);
  await signIn(ADMIN.userName, ADMIN.password);
  await expect(page.getByRole('alert')).toContainText('ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง');
  await page.getByLabel(/^รหัสผ่าน/).fill(NEW_ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'เข้าสู่ระบบ', exact: true }).click();
  await expect(page.getByRole('banner')).toContainText(ADMIN.fullName);
});
