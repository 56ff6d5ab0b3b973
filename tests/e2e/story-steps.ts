import { expect, type Page } from '@playwright/test';

/**
 * The steps the Thai user stories share: screenshots, headings, signing in and out, filling in a new
 * account as the admin. `getPage` is read at each step because a spec opens its page in
 * `beforeAll`, after these helpers are made.
 */
export function storySteps(getPage: () => Page, screenshotFolder: string) {
  const page = () => getPage();
  const heading = (name: string | RegExp) => page().getByRole('heading', { level: 1, name });

  return {
    heading,
    // From the top: a full-page shot of a scrolled page would paint the sticky header mid-page.
    shot: async (name: string) => {
      await page().evaluate(() => globalThis.scrollTo(0, 0));
      await page().screenshot({
        path: `test-results/${screenshotFolder}/${name}.png`,
        fullPage: true,
        animations: 'disabled',
      });
    },
    async signIn(userName: string, password: string) {
      await expect(heading('เข้าสู่ระบบ')).toBeVisible();
      await page()
        .getByLabel(/^ชื่อผู้ใช้/)
        .fill(userName);
      await page()
        .getByLabel(/^รหัสผ่าน/)
        .fill(password);
      await page().getByRole('button', { name: 'เข้าสู่ระบบ', exact: true }).click();
    },
    async signOut(fullName: string) {
      await page()
        .getByRole('button', { name: `เมนูของ ${fullName}` })
        .click();
      await page().getByRole('menuitem', { name: 'ออกจากระบบ' }).click();
      await expect(heading('เข้าสู่ระบบ')).toBeVisible();
    },
    /** Opens "add user" and fills it in; the story decides when to press add. */
    async fillNewAccount(
      person: { fullName: string; userName: string; temporary: string },
      roleLabel: string,
    ) {
      await page().getByRole('button', { name: 'เพิ่มผู้ใช้' }).first().click();
      const dialog = page().getByRole('dialog');
      await dialog.getByLabel(/^ชื่อผู้ใช้/).fill(person.userName);
      await dialog.getByLabel(/^ชื่อ-นามสกุล/).fill(person.fullName);
      await dialog.getByRole('radio', { name: new RegExp(`^${roleLabel}`) }).check();
      await dialog.getByLabel(/^รหัสผ่านชั่วคราว/).fill(person.temporary);
      await dialog.getByLabel(/^พิมพ์รหัสผ่านชั่วคราวอีกครั้ง/).fill(person.temporary);
      return dialog;
    },
  };
}
