import { writeFile } from 'node:fs/promises';
import { PDFDocument } from 'pdf-lib';
import type {
  DocumentKind,
  OutputOutcome,
  PrintItem,
  PrintView,
} from '../../../shared/domain/documents';
import type { SignedInCall } from '../call/call-context';
import { AppError } from '../errors';
import { saveUserFile, type ChooseSavePath } from '../files/save-file';
import type { HostJobContext } from '../jobs/session-jobs';
import type { DocumentPrinter } from './document-printer';
import { outputFileName } from './output-file-name';
import { printImages, storedImages } from './print-images';
import type { PrintTickets } from './print-tickets';
import { readSnapshot } from './register-repository';

/**
 * Certificates per print page: big enough that Chromium's per-page cost is shared, small enough
 * that progress moves and a cancel is felt within a second or two (about 1 s per 100 on 2 cores).
 */
export const PDF_CHUNK_SIZE = 100;

/**
 * How documents are grouped into print pages: each letter alone, because a letter's page numbers
 * ("- ๒ -" from its second page) come from CSS page counters that run through a whole print and
 * cannot restart per letter in Chromium; certificates (one page each, no numbers) in runs of up
 * to `size`.
 */
export function printChunks<T extends { kind: DocumentKind }>(
  documents: readonly T[],
  size: number,
): T[][] {
  const chunks: T[][] = [];
  let run: T[] = [];
  for (const document of documents) {
    if (document.kind === 'referral_letter') {
      if (run.length > 0) chunks.push(run);
      run = [];
      chunks.push([document]);
      continue;
    }
    run.push(document);
    if (run.length === size) {
      chunks.push(run);
      run = [];
    }
  }
  if (run.length > 0) chunks.push(run);
  return chunks;
}

export interface OutputDeps {
  tickets: PrintTickets;
  printing: DocumentPrinter | undefined;
  chooseSavePath: ChooseSavePath | undefined;
  chunkSize?: number;
}

interface LoadedDocument {
  id: number;
  kind: DocumentKind;
  number: string;
  item: PrintItem;
}

/** Thrown inside the save's write when the job was cancelled: the temporary file goes. */
class JobCancelled extends Error {}

/**
 * The documents to print, in the order asked, each from its snapshot: every one must exist, be
 * issued (not void) and still match its SHA-256, and so must every image they print. A document
 * printed before prints as a copy.
 */
export async function loadPrintItems(
  call: SignedInCall,
  documentIds: readonly number[],
): Promise<LoadedDocument[]> {
  const ids = [...new Set(documentIds)];
  const rows = await call.db
    .selectFrom('documents')
    .select(['id', 'kind', 'number', 'status', 'snapshot', 'sha256', 'print_count'])
    .where('id', 'in', ids)
    .execute();
  const byId = new Map(rows.map((row) => [row.id, row]));
  const documents = ids.map((id): LoadedDocument => {
    const row = byId.get(id);
    if (!row) throw new AppError('NOT_FOUND', 'document_not_found');
    if (row.status === 'void') throw new AppError('CONFLICT', 'document_void');
    const { model, intact } = readSnapshot(row);
    if (!intact) throw new AppError('CONFLICT', 'document_snapshot_damaged');
    return {
      id: row.id,
      kind: row.kind,
      number: row.number,
      item: {
        documentId: row.id,
        kind: row.kind,
        status: 'issued',
        copy: row.print_count > 0,
        model,
      },
    };
  });
  // Before the save dialog: every image the documents print still matches its SHA-256.
  const { intact } = await storedImages(
    call.db,
    documents.map((document) => document.item.model),
  );
  if (!intact) throw new AppError('CONFLICT', 'document_snapshot_damaged');
  return documents;
}

async function viewOf(
  call: SignedInCall,
  documents: readonly LoadedDocument[],
): Promise<PrintView> {
  const items = documents.map((document) => document.item);
  return {
    items,
    images: await printImages(
      call.db,
      items.map((item) => item.model),
    ),
  };
}

/**
 * Saves the documents as one PDF: the save path is asked first, then the pages are rendered in
 * chunks (one ticket each) by the host's Chromium as a background job with progress and cancel,
 * merged into one file written beside the target and renamed into place. Only a finished file
 * counts as printed, and only a recorded print gets its name: one transaction adds the print and
 * its audit event once the temporary file is complete, before the rename.
 */
export async function saveDocumentsPdf(
  call: SignedInCall,
  deps: OutputDeps,
  documentIds: readonly number[],
): Promise<OutputOutcome> {
  const printer = deps.printing;
  if (!printer) throw new AppError('FORBIDDEN', 'printing_unavailable');
  const documents = await loadPrintItems(call, documentIds);
  let pages = 0;
  let copies = 0;
  try {
    const saved = await saveUserFile(
      deps.chooseSavePath,
      { suggestedName: outputFileName(documents), kind: 'pdf' },
      async (path) => {
        const end = await call.jobs.runInMain('documents.pdf', (job) =>
          renderMergedPdf(call, deps, printer, documents, job),
        );
        if (end.state === 'cancelled') throw new JobCancelled();
        if (end.state === 'failed') throw end.error;
        pages = end.result.pageCount;
        await writeFile(path, end.result.bytes, { mode: 0o600 });
        // Recorded before the file takes its name: a print the register cannot record (a lock
        // closing the database, a failed write) leaves no PDF behind, unaudited and not counted
        // (the next print would not say "สำเนา").
        copies = await recordPrint(call, documents, 'document.pdf_saved');
      },
    );
    if (!saved.saved) return { done: false };
    return { done: true, fileName: saved.fileName, pages, copies };
  } catch (error) {
    if (error instanceof JobCancelled) return { done: false };
    if (error instanceof AppError) throw error;
    // Chromium's or the file system's message may name paths or data: a reason only.
    throw new AppError('INTERNAL', 'print_failed');
  }
}

async function renderMergedPdf(
  call: SignedInCall,
  deps: OutputDeps,
  printer: DocumentPrinter,
  documents: readonly LoadedDocument[],
  job: HostJobContext,
): Promise<{ bytes: Uint8Array; pageCount: number }> {
  const size = deps.chunkSize ?? PDF_CHUNK_SIZE;
  const merged = await PDFDocument.create();
  merged.setTitle(outputFileName(documents).replace(/\.pdf$/, ''));
  merged.setProducer('Kaona');
  merged.setCreator('Kaona');
  job.report(0, documents.length);
  let done = 0;
  for (const chunk of printChunks(documents, size)) {
    job.signal.throwIfAborted();
    const ticket = deps.tickets.issue(await viewOf(call, chunk));
    let bytes: Uint8Array;
    try {
      bytes = await printer.toPdf(ticket, { signal: job.signal });
    } finally {
      deps.tickets.drop(ticket);
    }
    job.signal.throwIfAborted();
    const part = await PDFDocument.load(bytes);
    const copied = await merged.copyPages(part, part.getPageIndices());
    for (const page of copied) merged.addPage(page);
    done += chunk.length;
    job.report(done, documents.length);
  }
  job.signal.throwIfAborted();
  return { bytes: await merged.save(), pageCount: merged.getPageCount() };
}

/** Prints the documents through the system dialog; nothing counts when the person cancels it. */
export async function printDocuments(
  call: SignedInCall,
  deps: OutputDeps,
  documentIds: readonly number[],
): Promise<OutputOutcome> {
  const print = deps.printing?.print?.bind(deps.printing);
  if (!print) throw new AppError('FORBIDDEN', 'printing_unavailable');
  const documents = await loadPrintItems(call, documentIds);
  // One dialog prints one print page; two letters in it would number their pages as one
  // (see printChunks). Several letters go through a PDF, which is assembled letter by letter.
  if (documents.filter((document) => document.kind === 'referral_letter').length > 1)
    throw new AppError('VALIDATION', 'print_one_letter_at_a_time');
  const ticket = deps.tickets.issue(await viewOf(call, documents));
  let printed: boolean;
  try {
    printed = await print(ticket);
  } catch {
    throw new AppError('INTERNAL', 'print_failed');
  } finally {
    deps.tickets.drop(ticket);
  }
  if (!printed) return { done: false };
  const copies = await recordPrint(call, documents, 'document.printed');
  // The system dialog does not say how many sheets it printed.
  return { done: true, fileName: null, pages: 0, copies };
}

/** One transaction: every document's print count and date, and one audit event (ids, counts). */
async function recordPrint(
  call: SignedInCall,
  documents: readonly LoadedDocument[],
  action: 'document.pdf_saved' | 'document.printed',
): Promise<number> {
  const copies = documents.filter((document) => document.item.copy).length;
  const kinds = [...new Set(documents.map((document) => document.kind))].sort();
  const ids = documents.map((document) => document.id);
  const now = call.clock.now().toISOString();
  await call.audited(
    {
      action,
      outcome: 'success',
      ...(ids.length === 1 && ids[0] !== undefined
        ? { target: { type: 'document', id: ids[0] } }
        : {}),
      details: {
        count: documents.length,
        copies,
        kinds,
        documentIds: ids.map(String),
      },
    },
    async (trx) => {
      await trx
        .updateTable('documents')
        .set((eb) => ({ print_count: eb('print_count', '+', 1), last_printed_at: now }))
        .where('id', 'in', ids)
        .execute();
    },
  );
  return copies;
}
