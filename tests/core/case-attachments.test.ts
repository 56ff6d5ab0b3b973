import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { ATTACHMENT_MAX_BYTES } from '../../src/shared/domain/cases';
import { OFFICER, useOffices } from '../support/office';
import { auditEvents, insertTestCase, officeDb, officeWithOfficer } from '../support/cases';
import { elfHeader, peHeader, smallJpeg, smallPdf, smallPng } from '../support/files';
import { useTempDirs } from '../support/temp-dir';

const b64 = (bytes: Buffer) => bytes.toString('base64');

async function countStored(office: Parameters<typeof officeDb>[0]) {
  const db = officeDb(office);
  const rows = await db.selectFrom('attachments').select('id').execute();
  const contents = await db.selectFrom('attachment_contents').select('attachment_id').execute();
  const events = await db
    .selectFrom('case_events')
    .select('id')
    .where('kind', '=', 'attachment_added')
    .execute();
  return { rows: rows.length, contents: contents.length, events: events.length };
}

describe('attachments: typed by content, stored encrypted in the database', () => {
  const tempDir = useTempDirs();
  const keep = useOffices();

  it('stores a photo, a PNG and a PDF with their sniffed type, size and hash; opens and removes them', async () => {
    const dir = tempDir();
    const office = keep(await officeWithOfficer(dir));
    const db = officeDb(office);
    const { caseId } = await insertTestCase(db);
    const marker = 'KAONA-SECRET-SCAN-7731';
    const pdf = smallPdf(marker);

    // The name says PNG, the bytes say JPEG: the bytes decide.
    const photo = await office.ok('cases.addAttachment', {
      caseId,
      fileName: 'บัตรคนพิการ.png',
      caption: 'บัตร',
      dataBase64: b64(smallJpeg()),
    });
    expect(photo).toMatchObject({
      fileName: 'บัตรคนพิการ.png',
      mimeType: 'image/jpeg',
      sizeBytes: smallJpeg().length,
      caption: 'บัตร',
      addedByName: OFFICER.fullName,
    });
    const png = await office.ok('cases.addAttachment', {
      caseId,
      fileName: 'shop.png',
      caption: '',
      dataBase64: b64(smallPng()),
    });
    const scan = await office.ok('cases.addAttachment', {
      caseId,
      fileName: 'letter',
      caption: '',
      dataBase64: b64(pdf),
    });
    expect([png.mimeType, scan.mimeType]).toEqual(['image/png', 'application/pdf']);

    const row = await db
      .selectFrom('attachments')
      .selectAll()
      .where('id', '=', scan.attachmentId)
      .executeTakeFirstOrThrow();
    expect(row.sha256).toBe(createHash('sha256').update(pdf).digest('hex'));

    const file = await office.ok('cases.open', { caseId });
    expect(file.attachments.map((a) => a.attachmentId)).toEqual([
      scan.attachmentId,
      png.attachmentId,
      photo.attachmentId,
    ]);
    expect(file.timeline.slice(0, 3).map((e) => [e.kind, e.detail])).toEqual([
      [
        'attachment_added',
        { attachmentId: String(scan.attachmentId), mimeType: 'application/pdf' },
      ],
      ['attachment_added', { attachmentId: String(png.attachmentId), mimeType: 'image/png' }],
      ['attachment_added', { attachmentId: String(photo.attachmentId), mimeType: 'image/jpeg' }],
    ]);

    const opened = await office.ok('cases.openAttachment', { attachmentId: scan.attachmentId });
    expect(opened).toEqual({
      attachmentId: scan.attachmentId,
      fileName: 'letter',
      mimeType: 'application/pdf',
      dataBase64: b64(pdf),
    });
    const openEvents = await auditEvents(office, 'case.attachment_opened');
    expect(
      openEvents.map((e) => [e.target_type, e.target_id, JSON.parse(e.details ?? '{}')]),
    ).toEqual([['attachment', String(scan.attachmentId), { caseId }]]);
    const added = await auditEvents(office, 'case.attachment_added');
    expect(added).toHaveLength(3);
    expect(JSON.stringify(added)).not.toContain('บัตรคนพิการ');

    // Encrypted at rest: the PDF's text is nowhere in the data folder's files.
    await office.core.sessions.signedInCall().audit.flushAnchor();
    for (const name of readdirSync(dir)) {
      if (!name.startsWith('kaona.db')) continue;
      expect(readFileSync(join(dir, name)).includes(marker), name).toBe(false);
    }

    await office.ok('cases.removeAttachment', { attachmentId: scan.attachmentId });
    expect(await office.call('cases.openAttachment', { attachmentId: scan.attachmentId })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'attachment_not_found' },
    });
    expect(
      await office.call('cases.removeAttachment', { attachmentId: scan.attachmentId }),
    ).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'attachment_not_found' },
    });
    const content = await db
      .selectFrom('attachment_contents')
      .select('attachment_id')
      .where('attachment_id', '=', scan.attachmentId)
      .executeTakeFirst();
    expect(content).toBeUndefined();
    const removed = await db
      .selectFrom('attachments')
      .select(['removed_at', 'removed_by'])
      .where('id', '=', scan.attachmentId)
      .executeTakeFirstOrThrow();
    expect(removed).toEqual({
      removed_at: office.clock.now().toISOString(),
      removed_by: office.officerId,
    });
    const after = await office.ok('cases.open', { caseId });
    expect(after.attachments.map((a) => a.attachmentId)).toEqual([
      png.attachmentId,
      photo.attachmentId,
    ]);
    expect(after.timeline[0]).toMatchObject({
      kind: 'attachment_removed',
      detail: { attachmentId: String(scan.attachmentId) },
    });
    expect((await auditEvents(office, 'case.attachment_removed')).map((e) => e.target_id)).toEqual([
      String(scan.attachmentId),
    ]);
  });

  it('refuses executables renamed .jpg, unknown content, empty and oversized files, and saves nothing', async () => {
    const office = keep(await officeWithOfficer(tempDir()));
    const { caseId } = await insertTestCase(officeDb(office));
    const refused = (reason: string) => ({ ok: false, error: { code: 'VALIDATION', reason } });
    const add = (dataBase64: string, fileName = 'photo.jpg') =>
      office.call('cases.addAttachment', { caseId, fileName, caption: '', dataBase64 });

    expect(await add(b64(elfHeader()))).toEqual(refused('attachment_type_not_allowed'));
    expect(await add(b64(peHeader()))).toEqual(refused('attachment_type_not_allowed'));
    expect(await add(b64(Buffer.from('<script>alert(1)</script>')), 'photo.png')).toEqual(
      refused('attachment_type_not_allowed'),
    );
    expect(await add('')).toEqual(refused('attachment_empty'));
    // Text that is not base64 is refused, not decoded into other bytes.
    expect(await add('/9j/4AAQ!!!not base64')).toEqual({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await add(b64(smallJpeg()).slice(0, -1))).toEqual({
      ok: false,
      error: { code: 'VALIDATION' },
    });

    // One byte over the limit passes the schema's length cap and is refused by the size check.
    const tooBig = Buffer.alloc(ATTACHMENT_MAX_BYTES + 1);
    smallJpeg().copy(tooBig);
    expect(await add(b64(tooBig))).toEqual(refused('attachment_too_large'));
    // A 200 MB upload never reaches the decoder: the schema refuses its length.
    const huge = 'A'.repeat(200 * 1024 * 1024);
    const hugeResult = await add(huge);
    expect(hugeResult).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: ['dataBase64'], code: 'too_big' }] },
    });

    expect(await countStored(office)).toEqual({ rows: 0, contents: 0, events: 0 });
    expect(await auditEvents(office, 'case.attachment_added')).toEqual([]);

    // Exactly the limit is accepted.
    const largest = Buffer.alloc(ATTACHMENT_MAX_BYTES);
    smallJpeg().copy(largest);
    expect((await add(b64(largest))).ok).toBe(true);
  });

  it('a failure inside the save leaves neither the row nor the bytes', async () => {
    const office = keep(await officeWithOfficer(tempDir()));
    const db = officeDb(office);
    const { caseId } = await insertTestCase(db);
    // Fail the last write of the transaction (the timeline line), after the bytes are written.
    await sql`
      CREATE TEMP TRIGGER fail_attachment_event BEFORE INSERT ON main.case_events
      WHEN new.kind = 'attachment_added'
      BEGIN SELECT RAISE(ABORT, 'injected failure'); END
    `.execute(db);
    expect(
      await office.call('cases.addAttachment', {
        caseId,
        fileName: 'a.png',
        caption: '',
        dataBase64: b64(smallPng()),
      }),
    ).toEqual({ ok: false, error: { code: 'INTERNAL' } });
    expect(await countStored(office)).toEqual({ rows: 0, contents: 0, events: 0 });
    expect(await auditEvents(office, 'case.attachment_added')).toEqual([]);
    await sql`DROP TRIGGER temp.fail_attachment_event`.execute(db);
  });

  it('a file name loses bidi and zero-width characters before it is stored', async () => {
    const office = keep(await officeWithOfficer(tempDir()));
    const { caseId } = await insertTestCase(officeDb(office));
    const added = await office.ok('cases.addAttachment', {
      caseId,
      fileName: 'photo\u202Egpj.exe\u200B',
      caption: '',
      dataBase64: b64(smallJpeg()),
    });
    expect(added).toMatchObject({ fileName: 'photogpj.exe', mimeType: 'image/jpeg' });
  });

  it('an unknown case or attachment is NOT_FOUND', async () => {
    const office = keep(await officeWithOfficer(tempDir()));
    expect(
      await office.call('cases.addAttachment', {
        caseId: 4242,
        fileName: 'a.png',
        caption: '',
        dataBase64: b64(smallPng()),
      }),
    ).toEqual({ ok: false, error: { code: 'NOT_FOUND', reason: 'case_not_found' } });
    expect(await office.call('cases.openAttachment', { attachmentId: 4242 })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'attachment_not_found' },
    });
  });
});
