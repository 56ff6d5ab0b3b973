import { PDFDocument } from 'pdf-lib';
import type { OutputOutcome, PrintView } from '../../../src/shared/domain/documents';
import { readSnapshot } from '../../../src/main/core/documents/register-repository';
import { staticPrintHtml } from '../../print/static-html';
import {
  BENCH_CERTIFICATES,
  closeDocumentsBench,
  openDocumentsBench,
  type DocumentsBench,
} from '../documents-office';
import { median, nanosToMs } from '../timing';
import type { BenchContext, Figure } from '../types';

/**
 * The documents figures (issue 10): saving PDF through the core (ticket, the web host's warm
 * Chromium loading the print route, chunked rendering, the merge, the file, the print count and
 * audit event) beside the same views as static HTML printed by the same Chromium with no app
 * logic (`page.setContent` + `page.pdf`). Targets: a letter under 300 ms, 500 certificates
 * under 10 s on 2 cores. The letter figure opens the office; the certificates figure closes it.
 */

const LETTER_RUNS = 7;
let bench: DocumentsBench | undefined;

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const start = process.hrtime.bigint();
  const value = await work();
  return [nanosToMs(process.hrtime.bigint() - start), value];
}

async function savePdf(documentIds: number[]): Promise<number> {
  const [ms, outcome] = await timed(
    () => bench!.ok('documents.savePdf', { documentIds }) as Promise<OutputOutcome>,
  );
  if (!outcome.done || outcome.pages < documentIds.length)
    throw new Error(`bench: savePdf gave ${JSON.stringify(outcome)}`);
  return ms;
}

/** The same view the core would hand the print page (no images in the bench's documents). */
async function viewOf(documentIds: number[]): Promise<PrintView> {
  const rows = await bench!.host.core.sessions
    .signedInCall()
    .db.selectFrom('documents')
    .select(['id', 'kind', 'snapshot', 'sha256'])
    .where('id', 'in', documentIds)
    .orderBy('id')
    .execute();
  return {
    items: rows.map((row) => ({
      documentId: row.id,
      kind: row.kind,
      status: 'issued' as const,
      copy: false,
      model: readSnapshot(row).model,
    })),
    images: {},
  };
}

async function rawPdf(view: PrintView): Promise<number> {
  const context = await bench!.chromium.context();
  const [ms] = await timed(async () => {
    const page = await context.newPage();
    try {
      await page.setContent(staticPrintHtml(view), { waitUntil: 'load' });
      await page.evaluate(
        () =>
          (globalThis as unknown as { document: { fonts: { ready: Promise<unknown> } } }).document
            .fonts.ready,
      );
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      await PDFDocument.load(pdf);
    } finally {
      await page.close();
    }
  });
  return ms;
}

export const letterPdfFigure: Figure = {
  name: 'documents-letter',
  async run(context: BenchContext) {
    bench = await openDocumentsBench(context.dir);
    const ids = [bench.letterId];
    const view = await viewOf(ids);
    // Warm-up: Chromium's first page, the renderer's code, fonts (kept warm, as in the app).
    await savePdf(ids);
    await rawPdf(view);
    const app: number[] = [];
    const raw: number[] = [];
    for (let i = 0; i < LETTER_RUNS; i++) {
      app.push(await savePdf(ids));
      raw.push(await rawPdf(view));
    }
    return {
      label: 'one referral letter → PDF (median)',
      unit: 'ms',
      core: { key: 'letter_pdf_ms', value: median(app) },
      raw: { key: 'letter_pdf_raw_ms', value: median(raw) },
      ratioKey: 'letter_pdf_ratio',
    };
  },
};

export const certificatesPdfFigure: Figure = {
  name: 'documents-certificates',
  async run(context: BenchContext) {
    bench ??= await openDocumentsBench(context.dir);
    try {
      const ids = bench.certificateIds.slice(0, BENCH_CERTIFICATES);
      const view = await viewOf(ids);
      const app = await savePdf(ids);
      const raw = await rawPdf(view);
      return {
        label: `${BENCH_CERTIFICATES} certificates → one PDF`,
        unit: 'ms',
        core: { key: 'certificates_500_pdf_ms', value: app },
        raw: { key: 'certificates_500_pdf_raw_ms', value: raw },
        ratioKey: 'certificates_500_pdf_ratio',
      };
    } finally {
      await closeDocumentsBench(bench);
      bench = undefined;
    }
  },
};
