import { expect, test } from '@playwright/test';
import { expectAccessible } from './a11y';
import { startOfficeHost, type OfficeHost } from './office-host';
import { setUpOfficeThroughApi, storedPreferences } from './support';

// The app shell in a real browser against the real core: Thai first, English on request, and the
// choice remembered in the data folder across a reload (as across a restart of the app).
// The second test uses the office the first one set up.
test.describe.configure({ mode: 'serial' });

let host: OfficeHost;
test.beforeAll(async () => {
  host = await startOfficeHost();
});
test.afterAll(async () => {
  await host.close();
});

test('starts in Thai, switches to English and remembers it', async ({ page }) => {
  expect(
    storedPreferences(host.dataDir)?.language ?? 'th',
    'the run starts from a fresh data folder',
  ).toBe('th');

  await page.goto(host.url);
  await setUpOfficeThroughApi(page);
  await page.reload();
  const html = page.locator('html');
  const header = page.getByRole('banner');
  const languageSwitch = header.getByRole('radiogroup', { name: 'ภาษาที่ใช้แสดง' });

  await expect(html).toHaveAttribute('lang', 'th');
  // The admin is an office role: the app opens on the case list.
  await expect(page).toHaveURL(/#\/cases$/);
  await expect(page.getByRole('heading', { level: 1, name: 'ผู้รับบริการ' })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'เมนูหลัก' })
    .getByRole('link', { name: 'เกี่ยวกับโปรแกรม' })
    .click();
  await expect(page).toHaveURL(/#\/about$/);
  await expect(page.getByRole('heading', { level: 1, name: 'เกี่ยวกับโปรแกรม' })).toBeVisible();
  // The pointer off the link just clicked (Mantine's hover shade on the active link is 4.1:1).
  await page.mouse.move(700, 700);
  await expect(languageSwitch.getByRole('radio', { name: 'ไทย' })).toBeChecked();
  // The about page shows what the real core reports: this run's data folder.
  await expect(page.getByText(host.dataDir, { exact: true })).toBeVisible();
  await expect(page).toHaveTitle(/ก้าวหน้า/);
  await expectAccessible(page, 'about (Thai)');
  await page.screenshot({
    path: 'test-results/shell-th.png',
    fullPage: true,
    animations: 'disabled',
  });

  await languageSwitch.getByText('English', { exact: true }).click();

  await expect(html).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'About Kaona' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'เกี่ยวกับโปรแกรม' })).toHaveCount(0);
  const englishSwitch = header.getByRole('radiogroup', { name: 'Display language' });
  await expect(englishSwitch.getByRole('radio', { name: 'English' })).toBeChecked();
  await expect.poll(() => storedPreferences(host.dataDir)?.language).toBe('en');
  await expectAccessible(page, 'about (English)');
  await page.screenshot({
    path: 'test-results/shell-en.png',
    fullPage: true,
    animations: 'disabled',
  });

  await page.reload();

  await expect(html).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'About Kaona' })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'About' }),
  ).toBeVisible();
  await expect(englishSwitch.getByRole('radio', { name: 'English' })).toBeChecked();
});

test('the admin-only pages that no story walks through pass the accessibility check', async ({
  page,
}) => {
  // Still signed in from the test above (the session lives in the host's core), now in English.
  await page.goto(new URL('#/settings', host.url).href);
  await expect(page.getByRole('heading', { level: 1, name: 'Office settings' })).toBeVisible();
  await expectAccessible(page, 'office settings');

  await page.goto(new URL('#/account/password', host.url).href);
  await expect(page.getByRole('heading', { level: 1, name: 'Change password' })).toBeVisible();
  await expectAccessible(page, 'change own password');
});
