import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobProgress } from '../../src/shared/domain/jobs';
import { createOutput } from '../../src/main/core/documents/output-handlers';
import { auditEvents, insertTestCase, officeDb } from '../support/cases';
import { FakePrinter, issueTestDocuments, insertTestLetterhead } from '../support/issued-documents';
import {
  MENTOR,
  OFFICER,
  addAccount,
  firstSignIn,
  setUpOffice,
  type TestOffice,
} from '../support/office';

let root: string;
let office: TestOffice;
let printer: FakePrinter;
/** What the save dialog answers next: a path in the output folder, or null (cancelled). */
let answer: (name: string) => string | null;
let outDir: string;
const progress: JobProgress[] = [];
let letters: number[];
let certificates: number[];

async function printCounts(ids: number[]): Promise<number[]> {
  const rows = await officeDb(office)
    .selectFrom('documents')
    .select(['id', 'print_count'])
    .where('id', 'in', ids)
    .orderBy('id')
    .execute();
  return rows.map((row) => row.print_count);
}

function freshOutDir(): string {
  outDir = join(root, `out-${Math.random().toString(36).slice(2)}`);
  mkdirSync(outDir);
  answer = (name) => join(outDir, name);
  return outDir;
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'kaona-output-'));
  printer = new FakePrinter((ticket) => office.ok('documents.printView', { ticket }));
  office = await setUpOffice(join(root, 'data'), {
    host: {
      printing: printer,
      chooseSavePath: async ({ suggestedName }) => answer(suggestedName),
    },
  });
  office.core.events.subscribe((event, payload) => {
    if (event === 'job.progress') progress.push(payload as JobProgress);
  });
  await addAccount(office, MENTOR, 'mentor');
  const officerId = await addAccount(office, OFFICER, 'officer');
  await office.ok('session.signOut');
  await firstSignIn(office, OFFICER);
  const db = officeDb(office);
  await insertTestLetterhead(db, officerId);
  const { caseId } = await insertTestCase(db, { userId: officerId });
  letters = await issueTestDocuments(db, {
    kind: 'referral_letter',
    caseId,
    userId: officerId,
    count: 3,
  });
  certificates = await issueTestDocuments(db, {
    kind: 'certificate',
    caseId,
    userId: officerId,
    count: 120,
  });
});

afterAll(async () => {
  await office.core.close();
  rmSync(root, { recursive: true, force: true });
});

describe('saving documents as PDF', () => {
  it('tells the page what the host can print', async () => {
    expect(await office.ok('app.info')).toMatchObject({ printing: { pdf: true, paper: true } });
  });

  it('saves one letter, named by its number, and counts the print with one audit event', async () => {
    freshOutDir();
    const outcome = await office.ok('documents.savePdf', { documentIds: [letters[0]!] });
    expect(outcome).toEqual({
      done: true,
      fileName: 'หนังสือส่งตัว-พม 0506-1.pdf',
      pages: 1,
      copies: 0,
    });
    const pdf = await PDFDocument.load(readFileSync(join(outDir, 'หนังสือส่งตัว-พม 0506-1.pdf')));
    expect(pdf.getPageCount()).toBe(1);
    expect(readdirSync(outDir)).toEqual(['หนังสือส่งตัว-พม 0506-1.pdf']);
    expect(printer.views.at(-1)?.items.map((item) => item.copy)).toEqual([false]);
    expect(await printCounts([letters[0]!])).toEqual([1]);
    const [event] = await auditEvents(office, 'document.pdf_saved');
    expect(event?.target_type).toBe('document');
    expect(JSON.parse(event?.details ?? '{}')).toEqual({
      count: 1,
      copies: 0,
      kinds: ['referral_letter'],
      documentIds: [String(letters[0])],
    });
  });

  it('prints a reprint as a copy (สำเนา)', async () => {
    freshOutDir();
    const outcome = await office.ok('documents.savePdf', {
      documentIds: [letters[0]!, letters[1]!],
    });
    expect(outcome).toMatchObject({ done: true, pages: 2, copies: 1 });
    // Each letter is a print page of its own, so its page numbers start again (printChunks).
    expect(printer.views.slice(-2).map((view) => view.items.map((item) => item.copy))).toEqual([
      [true],
      [false],
    ]);
    expect(await printCounts([letters[0]!, letters[1]!])).toEqual([2, 1]);
  });

  it('renders many documents in chunks, one ticket each, into one PDF with progress', async () => {
    freshOutDir();
    progress.length = 0;
    const before = printer.tickets.length;
    const outcome = await office.ok('documents.savePdf', { documentIds: certificates });
    expect(outcome).toEqual({
      done: true,
      fileName: 'เกียรติบัตร-2569-00001-00120.pdf',
      pages: 120,
      copies: 0,
    });
    expect(printer.tickets.length - before).toBe(2);
    const pdf = await PDFDocument.load(
      readFileSync(join(outDir, outcome.done ? outcome.fileName! : '')),
    );
    expect(pdf.getPageCount()).toBe(120);
    const done = progress
      .filter((p) => p.kind === 'documents.pdf')
      .map((p) => [p.state, p.done, p.total]);
    expect(done).toEqual([
      ['running', 0, null],
      ['running', 0, 120],
      ['running', 100, 120],
      ['running', 120, 120],
      ['done', 120, 120],
    ]);
    const events = await auditEvents(office, 'document.pdf_saved');
    expect(JSON.parse(events.at(-1)?.details ?? '{}')).toMatchObject({
      count: 120,
      copies: 0,
      kinds: ['certificate'],
    });
  });

  it('takes each ticket once: a used ticket is invalid', async () => {
    const used = printer.tickets.at(-1)!;
    expect(await office.call('documents.printView', { ticket: used })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'print_ticket_invalid' },
    });
  });

  it('refuses a void document and a damaged snapshot', async () => {
    const db = officeDb(office);
    await db
      .updateTable('documents')
      .set({
        status: 'void',
        void_reason: 'ออกผิด',
        voided_at: '2026-11-26T04:00:00.000Z',
        voided_by: 1,
      })
      .where('id', '=', letters[2]!)
      .execute();
    expect(
      await office.call('documents.savePdf', { documentIds: [letters[1]!, letters[2]!] }),
    ).toEqual({
      ok: false,
      error: { code: 'CONFLICT', reason: 'document_void' },
    });
    // A row whose snapshot no longer matches its SHA-256 (edited outside Kaona).
    const row = await db
      .selectFrom('documents')
      .selectAll()
      .where('id', '=', letters[1]!)
      .executeTakeFirstOrThrow();
    const damaged = await sql<{ id: number }>`
      INSERT INTO documents (kind, number, year, seq, case_id, issued_on, issued_at, issued_by,
        snapshot, sha256)
      VALUES ('referral_letter', 'พม 0506/999', 2026, 999, ${row.case_id}, ${row.issued_on},
        ${row.issued_at}, ${row.issued_by}, ${row.snapshot.replace('ขอส่งตัว', 'ขอส่งตัวปลอม')}, ${row.sha256})
      RETURNING id
    `.execute(db);
    const damagedId = damaged.rows[0]!.id;
    expect(await office.call('documents.savePdf', { documentIds: [damagedId] })).toEqual({
      ok: false,
      error: { code: 'CONFLICT', reason: 'document_snapshot_damaged' },
    });
    expect(await office.call('documents.print', { documentIds: [damagedId] })).toMatchObject({
      ok: false,
      error: { reason: 'document_snapshot_damaged' },
    });
  });

  it('changes nothing when the save dialog is cancelled', async () => {
    answer = () => null;
    const before = printer.tickets.length;
    expect(await office.ok('documents.savePdf', { documentIds: [letters[1]!] })).toEqual({
      done: false,
    });
    expect(printer.tickets.length).toBe(before);
    expect(await printCounts([letters[1]!])).toEqual([1]);
  });

  it('leaves no file and changes nothing when the job is cancelled mid-way', async () => {
    const dir = freshOutDir();
    progress.length = 0;
    const countsBefore = await printCounts(certificates);
    const savedBefore = (await auditEvents(office, 'document.pdf_saved')).length;
    printer.hangOn = printer.tickets.length + 2;
    printer.hanging = Promise.withResolvers<void>();
    const saving = office.ok('documents.savePdf', { documentIds: certificates });
    await printer.hanging.promise;
    const [job] = await office.ok('jobs.list');
    expect(job).toMatchObject({ kind: 'documents.pdf', state: 'running', done: 100, total: 120 });
    await office.ok('jobs.cancel', { jobId: job!.jobId });
    expect(await saving).toEqual({ done: false });
    printer.hangOn = null;
    expect(readdirSync(dir)).toEqual([]);
    expect(await printCounts(certificates)).toEqual(countsBefore);
    expect((await auditEvents(office, 'document.pdf_saved')).length).toBe(savedBefore);
    expect(progress.at(-1)).toMatchObject({ kind: 'documents.pdf', state: 'cancelled' });
    const [ended] = (await auditEvents(office, 'job.ended')).slice(-1);
    expect(JSON.parse(ended?.details ?? '{}')).toMatchObject({
      kind: 'documents.pdf',
      state: 'cancelled',
    });
    expect(await office.ok('jobs.list')).toEqual([]);
  });
});

describe('printing on paper', () => {
  it('prints one letter at a time (two would number their pages as one); a PDF takes several', async () => {
    expect(
      await office.call('documents.print', { documentIds: [letters[0]!, letters[1]!] }),
    ).toEqual({
      ok: false,
      error: { code: 'VALIDATION', reason: 'print_one_letter_at_a_time' },
    });
  });

  it('prints through the host dialog and counts it; a cancelled dialog changes nothing', async () => {
    const [certificate] = certificates;
    const before = await printCounts([certificate!]);
    printer.printAnswer = false;
    expect(await office.ok('documents.print', { documentIds: [certificate!] })).toEqual({
      done: false,
    });
    expect(await printCounts([certificate!])).toEqual(before);
    printer.printAnswer = true;
    expect(await office.ok('documents.print', { documentIds: [certificate!] })).toEqual({
      done: true,
      fileName: null,
      pages: 0,
      copies: 1,
    });
    expect(await printCounts([certificate!])).toEqual([before[0]! + 1]);
    const [event] = (await auditEvents(office, 'document.printed')).slice(-1);
    expect(JSON.parse(event?.details ?? '{}')).toEqual({
      count: 1,
      copies: 1,
      kinds: ['certificate'],
      documentIds: [String(certificate)],
    });
  });

  it('is refused where the host cannot print (FORBIDDEN printing_unavailable)', async () => {
    const { handlers } = createOutput({ sessions: office.core.sessions, clock: office.clock });
    const call = office.core.sessions.signedInCall();
    await expect(
      handlers['documents.print']({ documentIds: [letters[0]!] }, call),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
      reason: 'printing_unavailable',
    });
    await expect(
      handlers['documents.savePdf']({ documentIds: [letters[0]!] }, call),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
      reason: 'printing_unavailable',
    });
  });
});

describe('print tickets', () => {
  it('are single use, expire after a minute and are all dropped when the session locks', async () => {
    const { tickets } = createOutput({ sessions: office.core.sessions, clock: office.clock });
    const view = { items: [], images: {} };
    const once = tickets.issue(view);
    expect(once).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(tickets.take(once)).toBe(view);
    expect(tickets.take(once)).toBeNull();

    const late = tickets.issue(view);
    await office.clock.advance(61_000);
    expect(tickets.take(late)).toBeNull();

    const kept = tickets.issue(view);
    await office.core.sessions.lock('manual');
    expect(tickets.size).toBe(0);
    await office.ok('session.unlock', { password: OFFICER.password });
    expect(tickets.take(kept)).toBeNull();
  });

  it('cannot be taken by a mentor (printView needs documents.issue)', async () => {
    await office.ok('session.signOut');
    await firstSignIn(office, MENTOR);
    expect(await office.call('documents.printView', { ticket: 'A'.repeat(32) })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(existsSync(root)).toBe(true);
  });
});
