import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './a11y';
import { startOfficeHost, type OfficeHost } from './office-host';
import { setUpOfficeThroughApi } from './support';

// The letterhead, end to end in Thai against the real core: the admin opens it from the settings
// page, fills it in with the live preview, stores an SVG emblem, is told why an SVG with an event
// attribute is refused, adds a signer with a two-line position and saves. Screenshots go to
// test-results/letterhead/.
test.describe.configure({ mode: 'serial' });

let host: OfficeHost;
let page: Page;
test.beforeAll(async ({ browser }) => {
  host = await startOfficeHost();
  page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
});
test.afterAll(async () => {
  await page.close();
  await host.close();
});

const EMBLEM =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">' +
  '<circle cx="50" cy="50" r="45" fill="#b8860b"/><circle cx="50" cy="50" r="30" fill="#fff"/></svg>';
const UNSAFE = '<svg xmlns="http://www.w3.org/2000/svg" onload="steal()"/>';

async function pickEmblem(name: string, svg: string) {
  await page
    .locator('input[type="file"]')
    .first()
    .setInputFiles({ name, mimeType: 'image/svg+xml', buffer: Buffer.from(svg) });
}

test('the admin sets up the letterhead and a signer', async () => {
  test.slow();
  await page.goto(host.url);
  await setUpOfficeThroughApi(page);
  await page.reload();
  await page.getByRole('link', { name: 'ตั้งค่าสำนักงาน' }).click();
  await page.getByRole('link', { name: 'ตั้งค่าหัวหนังสือ' }).click();
  await expect(page.getByText(/การใช้ตราครุฑมีกฎหมาย/)).toBeVisible();

  await page
    .getByLabel(/^ส่วนราชการเจ้าของหนังสือ/)
    .fill('สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดเชียงใหม่');
  await page
    .getByLabel(/^ที่อยู่/)
    .fill('ศาลากลางจังหวัดเชียงใหม่ ถนนโชตนา\nตำบลช้างเผือก อำเภอเมืองเชียงใหม่\nจังหวัดเชียงใหม่ 50300');
  await page.getByLabel(/^โทรศัพท์/).fill('0 5311 2345');
  await page.getByLabel(/^ส่วนราชการเจ้าของเรื่อง/).fill('กลุ่มการพัฒนาสังคม');
  await page.getByLabel(/^รหัสเลขที่หนังสือ/).fill('ชม 0033/');
  const preview = page.getByRole('figure', { name: 'ตัวอย่างส่วนหัวของหนังสือภายนอก' });
  await expect(preview).toContainText('ที่ ชม ๐๐๓๓/๑๒๓');
  await expect(preview).toContainText('จังหวัดเชียงใหม่ ๕๐๓๐๐');

  await pickEmblem('emblem.svg', EMBLEM);
  await expect(preview.getByRole('img', { name: 'ตราครุฑหรือตราสัญลักษณ์' })).toBeVisible();
  await pickEmblem('emblem-with-script.svg', UNSAFE);
  await expect(page.getByText(/ไฟล์ SVG นี้มีสคริปต์/)).toBeVisible();

  await page.getByRole('button', { name: 'บันทึกหัวหนังสือ' }).click();
  await expect(page.getByText('บันทึกหัวหนังสือแล้ว')).toBeVisible();
  await expectAccessible(page, 'letterhead page');
  await page
    .getByRole('region', { name: 'หัวหนังสือ' })
    .screenshot({ path: 'test-results/letterhead/letterhead.png' });

  await page.getByRole('button', { name: 'เพิ่มผู้ลงนาม' }).click();
  const dialog = page.getByRole('dialog', { name: 'เพิ่มผู้ลงนาม' });
  await dialog.getByLabel(/^ชื่อ-นามสกุล/).fill('นางสาวสมศรี ใจดี');
  await dialog
    .getByLabel(/^ตำแหน่ง/)
    .fill('ผู้อำนวยการกลุ่มการพัฒนาสังคม\nปฏิบัติราชการแทน\nพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดเชียงใหม่');
  await expectAccessible(page, 'signer dialog');
  await dialog.getByRole('button', { name: 'บันทึกผู้ลงนาม' }).click();
  await expect(dialog).toBeHidden();
  const signers = page.getByRole('table', { name: 'รายชื่อผู้ลงนาม' });
  await expect(signers).toContainText('ปฏิบัติราชการแทน');
  await page
    .getByRole('region', { name: 'ผู้ลงนาม' })
    .screenshot({ path: 'test-results/letterhead/signers.png' });
});
