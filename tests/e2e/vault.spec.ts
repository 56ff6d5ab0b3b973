import { existsSync, readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './a11y';
import { storySteps } from './story-steps';
import { startOfficeHost, type OfficeHost } from './office-host';
import { setUpOfficeThroughApi } from './support';

// The vault-hardening issue, end to end in Thai against the real core: the admin creates a
// mentor → the mentor's first sign-in shows only a mentor's sections → the admin adds a second
// admin and removes them → the banner asks for a new recovery code → the admin renews it (the
// password again, the tick) → the audit log names the compartment and key events in Thai, with
// the checkpoint to print → the database file goes missing and comes back. Screenshots go to
// test-results/vault/.
test.describe.configure({ mode: 'serial' });

// The admin that setUpOfficeThroughApi creates.
const ADMIN = {
  fullName: 'นายวิชัย รักงาน',
  userName: 'wichai.r',
  password: 'Kaona-setup-through-api-2569',
};
const MENTOR = {
  fullName: 'นางสาวมะลิ ศรีสุข',
  userName: 'mali.s',
  temporary: 'Temp-mentor-pass-62',
  password: 'Blue-shop-window-35',
};
const SECOND_ADMIN = {
  fullName: 'นายประเสริฐ ชั่วคราว',
  userName: 'prasert.c',
  temporary: 'Temp-admin-pass-4471',
};
const NOTICES = 'เรื่องที่ผู้ดูแลระบบต้องจัดการเกี่ยวกับกุญแจของสำนักงาน';

let host: OfficeHost;
let page: Page;

test.beforeAll(async ({ browser }) => {
  host = await startOfficeHost();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
});
test.afterAll(async () => {
  await page.close();
  await host.close();
});

const { shot, heading, signIn, signOut, fillNewAccount } = storySteps(() => page, 'vault');
const menu = () => page.getByRole('navigation', { name: 'เมนูหลัก' });
const notices = () => page.getByRole('region', { name: NOTICES });

async function addAccount(
  person: { fullName: string; userName: string; temporary: string },
  roleLabel: string,
) {
  const dialog = await fillNewAccount(person, roleLabel);
  await dialog.getByRole('button', { name: 'เพิ่มผู้ใช้' }).click();
  await expect(dialog).toBeHidden();
}

/** What the printer gets: the page in print media, with the browser's print window stubbed. */
async function shotOfPrint(name: string, printButton: string) {
  await page.evaluate(() => {
    globalThis.print = () => undefined;
  });
  await page.getByRole('button', { name: printButton }).click();
  await page.emulateMedia({ media: 'print' });
  await shot(name);
  await page.emulateMedia({ media: 'screen' });
}

test('the admin sets up the office and creates a mentor', async () => {
  // The office is created first (two Argon2id keys, the database with its reference data).
  test.slow();
  await page.goto(host.url);
  await setUpOfficeThroughApi(page);
  await page.reload();
  await expect(page.getByRole('banner')).toContainText(ADMIN.fullName);
  // A new office has nothing to do about its keys. The admin opens on the case list.
  await expect(heading('ผู้รับบริการ')).toBeVisible();
  await expect(notices()).toHaveCount(0);

  await menu().getByRole('link', { name: 'บัญชีผู้ใช้' }).click();
  await expect(heading('บัญชีผู้ใช้')).toBeVisible();
  await addAccount(MENTOR, 'พี่เลี้ยง');
  await expect(page.getByRole('table', { name: 'รายชื่อบัญชีผู้ใช้' })).toContainText(MENTOR.fullName);
  await signOut(ADMIN.fullName);
});

test('the mentor signs in, must change the temporary password, and sees only a mentor’s sections', async () => {
  await signIn(MENTOR.userName, MENTOR.temporary);
  await expect(heading('ตั้งรหัสผ่านของคุณเอง')).toBeVisible();
  await expect(menu()).toHaveCount(0);
  await page.getByLabel(/^รหัสผ่านชั่วคราว/).fill(MENTOR.temporary);
  await page.getByLabel(/^รหัสผ่านใหม่/).fill(MENTOR.password);
  await page.getByLabel(/^ยืนยันรหัสผ่านใหม่/).fill(MENTOR.password);
  await page.getByRole('button', { name: 'บันทึกรหัสผ่านใหม่' }).click();

  await expect(page.getByRole('banner')).toContainText(MENTOR.fullName);
  await expect(page.getByRole('banner')).toContainText('พี่เลี้ยง');
  await expect(menu().getByRole('link', { name: 'เกี่ยวกับโปรแกรม' })).toBeVisible();
  for (const section of ['บัญชีผู้ใช้', 'ตั้งค่าสำนักงาน', 'บันทึกการใช้งาน']) {
    await expect(menu().getByRole('link', { name: section })).toHaveCount(0);
  }
  await expect(notices()).toHaveCount(0);
  await shot('01-mentor-home');
  await expectAccessible(page, 'about (mentor)');
  await signOut(MENTOR.fullName);
});

test('removing a second admin makes the banner ask for a new recovery code', async () => {
  await signIn(ADMIN.userName, ADMIN.password);
  await expect(page.getByRole('banner')).toContainText(ADMIN.fullName);
  await menu().getByRole('link', { name: 'บัญชีผู้ใช้' }).click();
  await expect(heading('บัญชีผู้ใช้')).toBeVisible();
  await addAccount(SECOND_ADMIN, 'ผู้ดูแลระบบ');
  await expect(notices()).toHaveCount(0);

  await page.getByRole('button', { name: `จัดการบัญชีของ ${SECOND_ADMIN.fullName}` }).click();
  await page.getByRole('menuitem', { name: 'ลบบัญชี' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'ลบบัญชี' }).click();
  await expect(dialog).toBeHidden();

  await expect(notices()).toContainText('ควรออกรหัสกู้คืนใหม่');
  await expect(notices()).toContainText('มีผู้ดูแลระบบออกจากระบบของสำนักงานไป');
  // Nothing to dismiss it with: it goes when a new code is made.
  await expect(notices().getByRole('button', { name: 'รับทราบ' })).toHaveCount(0);
  await shot('02-renewal-banner');
  await expectAccessible(page, 'accounts with the renewal banner');

  // The banner is under the header on every page.
  await menu().getByRole('link', { name: 'เกี่ยวกับโปรแกรม' }).click();
  await expect(heading('เกี่ยวกับโปรแกรม')).toBeVisible();
  await expect(notices()).toContainText('ควรออกรหัสกู้คืนใหม่');
});

test('the admin renews the recovery code, typing the password again, and the banner goes', async () => {
  await notices().getByRole('button', { name: 'ออกรหัสกู้คืนใหม่' }).click();
  const dialog = page.getByRole('dialog', { name: 'ออกรหัสกู้คืนใหม่' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel(/^รหัสผ่านของคุณ/).fill('not-the-admin-password');
  await dialog.getByRole('button', { name: 'ออกรหัสกู้คืนใหม่' }).click();
  await expect(dialog.getByText('รหัสผ่านปัจจุบันไม่ถูกต้อง')).toBeVisible();
  await expect(dialog.getByLabel(/^รหัสผ่านของคุณ/)).toHaveAttribute('aria-invalid', 'true');
  await shot('03-renew-wrong-password');
  await expectAccessible(page, 'renew recovery code: wrong password');

  await dialog.getByLabel(/^รหัสผ่านของคุณ/).fill(ADMIN.password);
  await dialog.getByRole('button', { name: 'ออกรหัสกู้คืนใหม่' }).click();
  const groups = dialog.getByTestId('recovery-code-group');
  await expect(groups).toHaveCount(5);
  const code = (await groups.allTextContents()).join('-');
  expect(code).toMatch(/^([0-9A-Z]{5}-){4}[0-9A-Z]{5}$/);
  await expect(dialog.getByRole('button', { name: 'ปิด' })).toHaveCount(0);
  await shot('04-renew-new-code');
  await expectAccessible(page, 'renew recovery code: the new code');

  await shotOfPrint('05-recovery-sheet-print', 'พิมพ์แผ่นรหัสกู้คืน');
  const sheet = page.getByTestId('recovery-sheet');
  await expect(sheet).toContainText(code.split('-').join(' '));
  await expect(sheet).not.toContainText(ADMIN.userName);
  await expect(sheet).toContainText('Save as PDF');

  await page.keyboard.press('Escape');
  await dialog.getByRole('button', { name: 'ยืนยันและใช้รหัสใหม่' }).click();
  await expect(dialog.getByText('กรุณาเก็บรหัสกู้คืนแล้วทำเครื่องหมายในช่องนี้ก่อนปิด')).toBeVisible();
  await dialog.getByRole('checkbox', { name: 'ฉันได้เก็บรหัสกู้คืนชุดใหม่ไว้ในที่ปลอดภัยแล้ว' }).check();
  await dialog.getByRole('button', { name: 'ยืนยันและใช้รหัสใหม่' }).click();
  await expect(dialog).toBeHidden();
  await expect(notices()).toHaveCount(0);
});

test('the audit log names the compartment and key events in Thai, with the checkpoint to print', async () => {
  await menu().getByRole('link', { name: 'บันทึกการใช้งาน' }).click();
  await expect(heading('บันทึกการใช้งาน')).toBeVisible();
  const table = page.getByRole('table', { name: 'รายการในบันทึกการใช้งาน ใหม่สุดอยู่บน' });
  await expect(table).toContainText('สร้างพื้นที่ข้อมูลเฉพาะของพี่เลี้ยง');
  await expect(table).toContainText('ออกรหัสกู้คืนใหม่');
  await expect(table).toContainText('เปลี่ยนกุญแจฐานข้อมูล');
  // The mentor's own sign-in was written in their compartment and merged at the admin's.
  await expect(table.getByText('จากเครื่องของพี่เลี้ยง').first()).toBeVisible();
  await expect(table).not.toContainText('vault.');

  const checkpoint = page.getByRole('region', { name: 'จุดตรวจสอบล่าสุด' });
  await expect(checkpoint.getByTestId('audit-anchor-fingerprint')).toHaveText(
    /^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/,
  );
  // Off the menu link just clicked: its hover colours are not what this check is about.
  await page.mouse.move(640, 780);
  await shot('06-audit-log');
  await expectAccessible(page, 'audit log with vault events and the checkpoint');

  await shotOfPrint('07-checkpoint-sheet-print', 'พิมพ์จุดตรวจสอบ');
  await expect(page.getByTestId('audit-anchor-sheet')).toContainText(
    (await checkpoint.getByTestId('audit-anchor-fingerprint').textContent()) ?? '',
  );
  await signOut(ADMIN.fullName);
});

test('a missing database file is explained, never set up again, and found once put back', async () => {
  const moved = join(host.dataDir, 'moved-by-antivirus');
  const databaseFiles = readdirSync(host.dataDir).filter((name) => name.startsWith('kaona.db'));
  for (const name of databaseFiles) renameSync(join(host.dataDir, name), `${moved}-${name}`);

  await page.reload();
  await expect(heading('ไม่พบไฟล์ฐานข้อมูล')).toBeVisible();
  await expect(page.getByText('โปรแกรมไม่ได้ลบข้อมูลใด ๆ และจะไม่สร้างฐานข้อมูลใหม่ทับ')).toBeVisible();
  await expect(page.getByText(host.dataDir)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'ตั้งค่าโปรแกรมครั้งแรก' })).toHaveCount(0);
  await shot('08-database-missing');
  await expectAccessible(page, 'database missing');

  await page.getByRole('button', { name: 'ลองอีกครั้ง' }).click();
  await expect(page.getByText('ยังไม่พบไฟล์ kaona.db ในโฟลเดอร์ข้อมูล')).toBeVisible();

  await page.getByText('English', { exact: true }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'The database file is missing' }),
  ).toBeVisible();
  await shot('09-database-missing-en');
  await expectAccessible(page, 'database missing (English)');
  await page.getByText('ไทย', { exact: true }).click();
  await expect(heading('ไม่พบไฟล์ฐานข้อมูล')).toBeVisible();

  for (const name of databaseFiles) renameSync(`${moved}-${name}`, join(host.dataDir, name));
  expect(existsSync(join(host.dataDir, 'kaona.db'))).toBe(true);
  await page.getByRole('button', { name: 'ลองอีกครั้ง' }).click();
  await signIn(ADMIN.userName, ADMIN.password);
  await expect(page.getByRole('banner')).toContainText(ADMIN.fullName);
});
