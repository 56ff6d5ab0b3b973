import { describe, expect, it } from 'vitest';
import { insertTestCase, officeDb } from '../support/cases';
import { smallPdf, smallPng } from '../support/files';
import { insertReferencePlaces, intakeSave } from '../support/intake-fixtures';
import { setUpOffice, useOffices } from '../support/office';
import { useTempDirs } from '../support/temp-dir';

// Review of the case files: hostile input. These held before the review; they pin what the
// review checked (docs/security.md, "Review of the case files").

const tempDir = useTempDirs();
const keep = useOffices();

describe('review: attachments are what their bytes say, and only four types', () => {
  it('refuses SVG and HTML; a PNG with HTML behind it stays a PNG', async () => {
    const office = keep(await setUpOffice(tempDir()));
    const { caseId } = await insertTestCase(officeDb(office));
    const add = (bytes: Buffer, fileName: string) =>
      office.call('cases.addAttachment', {
        caseId,
        fileName,
        caption: '',
        dataBase64: bytes.toString('base64'),
      });
    const refused = {
      ok: false,
      error: { code: 'VALIDATION', reason: 'attachment_type_not_allowed' },
    };
    const svg =
      '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
    expect(await add(Buffer.from(svg), 'photo.svg')).toEqual(refused);
    expect(await add(Buffer.from(`<!doctype html><script>alert(1)</script>`), 'x.png')).toEqual(
      refused,
    );
    expect(await add(Buffer.from('GIF89a\x01\x00\x01\x00'), 'x.gif')).toEqual(refused);

    const polyglot = Buffer.concat([smallPng(), Buffer.from('<html><script>alert(1)</script>')]);
    const added = await office.ok('cases.addAttachment', {
      caseId,
      fileName: '../../kaona.keys\u202Egpj.exe',
      caption: '<img src=x onerror=alert(1)>',
      dataBase64: polyglot.toString('base64'),
    });
    expect(added).toMatchObject({ mimeType: 'image/png', fileName: '../../kaona.keysgpj.exe' });
    const opened = await office.ok('cases.openAttachment', { attachmentId: added.attachmentId });
    // The viewer builds its blob with this type: the browser shows an image, never runs a page.
    expect(opened.mimeType).toBe('image/png');

    // A PDF naming a JavaScript action is still a PDF: pdf.js draws it and runs no script
    // (pdf-document.ts); what decides is the type, never the content.
    const withScript = smallPdf('/OpenAction << /S /JavaScript /JS (app.alert(1)) >>');
    expect((await add(withScript, 'scan.pdf')) as unknown).toMatchObject({
      ok: true,
      value: { mimeType: 'application/pdf' },
    });
  });
});

describe('review: text fields and double submits', () => {
  it('refuses very long, invisible and reordering characters in names; keeps markup as text', async () => {
    const office = keep(await setUpOffice(tempDir()));
    await insertReferencePlaces(officeDb(office));
    for (const firstName of ['ก'.repeat(5000), 'สม\u200Bศรี', 'สม\u202Eศรี', 'สม\u2066ศรี'])
      expect(
        await office.call('cases.create', intakeSave({ firstName })),
        JSON.stringify(firstName.slice(0, 8)),
      ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });

    const markup = '<script>alert(1)</script><b>😀</b>';
    const save = intakeSave({ nickname: 'ศรี😀' });
    save.intake.business.notes = markup;
    const { caseId } = await office.ok('cases.create', save);
    const opened = await office.ok('cases.open', { caseId });
    expect(opened.case.notes).toBe(markup);
    expect(opened.profile.nickname).toBe('ศรี😀');
  });

  it('two identical registrations sent at once give one person, one case and one case number', async () => {
    const office = keep(await setUpOffice(tempDir()));
    await insertReferencePlaces(officeDb(office));
    const results = await Promise.all([
      office.call('cases.create', intakeSave()),
      office.call('cases.create', intakeSave()),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({
      error: { code: 'CONFLICT', reason: 'national_id_taken' },
    });
    const db = officeDb(office);
    expect(await db.selectFrom('beneficiaries').select('id').execute()).toHaveLength(1);
    expect(await db.selectFrom('case_number_counters').selectAll().execute()).toEqual([
      { buddhist_year: 2569, last_number: 1 },
    ]);
    // The refused one consumed no number: the next case is 000002.
    const next = await office.ok(
      'cases.create',
      intakeSave({ hasThaiId: false, firstName: 'มาลี' }),
    );
    expect(next.caseNumber).toBe('2569-000002');
  });
});
