import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPdfPrinter } from '../../scripts/web-host/pdf-printer';
import { PRINT_FAILED_TITLE, PRINT_READY_TITLE } from '../../src/shared/domain/documents';

// A stand-in for the web host's page: the print route is the templates' (tested on their own);
// this checks the printer's part: the ticket's route on the host's URL, its title, the PDF, and a
// warm page that only changes the hash for the next ticket (as the real route does, the stand-in
// answers each hash with "ready <ticket>" after a moment).
const READY = 'A'.repeat(32);
const READY_TOO = `${'A'.repeat(31)}D`;
const FAILED = 'B'.repeat(32);
const SILENT = 'C'.repeat(32);

let server: Server;
let url: string;
const printer = chromiumPdfPrinter({ url: () => url });

beforeAll(async () => {
  server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html><head><title>Kaona</title></head><body>
      <p>เอกสารทดสอบ</p>
      <script>
        function answer() {
          const ticket = location.hash.slice('#/print/'.length);
          setTimeout(() => {
            if (ticket.startsWith('A')) document.title = '${PRINT_READY_TITLE} ' + ticket;
            if (ticket.startsWith('B')) document.title = '${PRINT_FAILED_TITLE} ' + ticket;
          }, 50);
        }
        answer();
        addEventListener('hashchange', answer);
      </script></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  await printer.close();
  await new Promise((resolve) => server.close(resolve));
});

describe("the web host's Chromium printer", () => {
  it('loads the ticket’s print route, waits for the ready title and returns a PDF', async () => {
    const bytes = await printer.toPdf(READY, { signal: new AbortController().signal });
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(1);
    // Warm: the next ticket only changes the hash of the same page, and waits for its own title
    // (the page still says "ready" for the previous ticket when the hash changes).
    expect(
      (await printer.toPdf(READY_TOO, { signal: new AbortController().signal })).length,
    ).toBeGreaterThan(0);
  });

  it('rejects when the page says it failed, and when the job is cancelled', async () => {
    await expect(printer.toPdf(FAILED, { signal: new AbortController().signal })).rejects.toThrow(
      'print page failed',
    );
    const controller = new AbortController();
    const waiting = printer.toPdf(SILENT, { signal: controller.signal });
    setTimeout(() => controller.abort(), 300);
    await expect(waiting).rejects.toBeDefined();
    expect(controller.signal.aborted).toBe(true);
  });
});
