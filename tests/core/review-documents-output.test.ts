import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officeDb } from '../support/cases';
import { ensureLetterhead, insertReferralCase } from '../support/documents';
import { FakePrinter } from '../support/issued-documents';
import { OFFICER, addAccount, firstSignIn, setUpOffice, type TestOffice } from '../support/office';

// Review of the official documents (issue 10), the print paths: what a reprint shows must be what
// the register froze, images included (docs/security.md, "Review of official documents").

let root: string;
let outDir: string;
let office: TestOffice;
let printer: FakePrinter;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'kaona-review-output-'));
  outDir = join(root, 'out');
  mkdirSync(outDir);
  printer = new FakePrinter((ticket) => office.ok('documents.printView', { ticket }));
  office = await setUpOffice(join(root, 'data'), {
    host: {
      printing: printer,
      chooseSavePath: async ({ suggestedName }) => join(outDir, suggestedName),
    },
  });
  await addAccount(office, OFFICER, 'officer');
  await office.ok('session.signOut');
  await firstSignIn(office, OFFICER);
}, 60_000);

afterAll(async () => {
  await office.core.close();
  rmSync(root, { recursive: true, force: true });
});

const db = () => officeDb(office);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A stored image as the upload stores it (content-addressed by its bytes). */
async function storeImage(bytes: Uint8Array): Promise<number> {
  const { id: userId } = await db()
    .selectFrom('users')
    .select('id')
    .orderBy('id')
    .executeTakeFirstOrThrow();
  const { id } = await db()
    .insertInto('document_images')
    .values({
      sha256: sha256(bytes),
      mime: 'image/svg+xml',
      bytes,
      created_at: '2026-11-26T03:00:00.000Z',
      created_by: userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

describe('review: a print shows the images the register froze', () => {
  it('found in review: a signature image swapped in the database printed under an intact letter', async () => {
    const { signerId } = await ensureLetterhead(db());
    const signature = new TextEncoder().encode(
      '<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0L10 10"/></svg>',
    );
    const imageId = await storeImage(signature);
    await db()
      .updateTable('signers')
      .set({ signature_image_id: imageId })
      .where('id', '=', signerId)
      .execute();
    const { referralId } = await insertReferralCase(db());
    const issued = await office.ok('documents.issueLetter', { referralId, signerId });
    expect(Object.keys(issued.images)).toEqual([sha256(signature)]);
    const first = await office.ok('documents.savePdf', { documentIds: [issued.documentId] });
    expect(first).toMatchObject({ done: true });

    // Someone with the key and a SQLite shell puts another signature behind the same hash.
    const { sql: trigger } = (await db()
      .selectFrom('sqlite_master' as never)
      .select('sql' as never)
      .where('name' as never, '=', 'document_images_immutable' as never)
      .executeTakeFirstOrThrow()) as { sql: string };
    await sql`DROP TRIGGER document_images_immutable`.execute(db());
    await db()
      .updateTable('document_images')
      .set({
        bytes: new TextEncoder().encode(
          '<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 10L10 0"/></svg>',
        ),
      })
      .where('id', '=', imageId)
      .execute();
    await sql.raw(trigger).execute(db());

    const detail = await office.ok('documents.get', { documentId: issued.documentId });
    expect(detail.intact).toBe(false);
    expect(detail.images).toEqual({});
    const files = readdirSync(outDir).length;
    const views = printer.views.length;
    for (const channel of ['documents.savePdf', 'documents.print'] as const)
      expect(await office.call(channel, { documentIds: [issued.documentId] })).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT', reason: 'document_snapshot_damaged' },
      });
    expect(printer.views.length).toBe(views);
    expect(readdirSync(outDir)).toHaveLength(files);
  });
});

describe('review: a PDF exists only once its print is recorded', () => {
  it('found in review: a PDF was left in place when recording the print failed (no audit, no สำเนา next time)', async () => {
    const { referralId } = await insertReferralCase(db());
    // A signer without a signature image (the one above had its image swapped).
    const { id: signerId } = await db()
      .insertInto('signers')
      .values({
        full_name: 'นางสาวลงนาม ทดแทน',
        position_lines: '[]',
        signature_image_id: null,
        active: 1,
        created_at: '2026-11-26T03:00:00.000Z',
        updated_at: '2026-11-26T03:00:00.000Z',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const issued = await office.ok('documents.issueLetter', { referralId, signerId });
    const before = readdirSync(outDir);
    // The register refuses the print count's update (a lock closing the database at that moment
    // would do the same).
    await sql`
      CREATE TRIGGER review_no_print BEFORE UPDATE OF print_count ON documents
      BEGIN SELECT RAISE(ABORT, 'review: the print is not recorded'); END
    `.execute(db());
    try {
      const result = await office.call('documents.savePdf', { documentIds: [issued.documentId] });
      expect(result).toMatchObject({ ok: false, error: { reason: 'print_failed' } });
    } finally {
      await sql`DROP TRIGGER review_no_print`.execute(db());
    }
    expect(readdirSync(outDir).sort()).toEqual(before.sort());
  });
});
