import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staticPageHtml } from '../../scripts/print/static-html';
import { chromiumPdfPrinter } from '../../scripts/web-host/pdf-printer';
import type { DocumentPrinter } from '../../src/main/core/documents/document-printer';
import { SubjectTemplate } from '../../src/renderer/src/print/templates/SubjectTemplate';
import { PRINT_READY_TITLE } from '../../src/shared/domain/documents';
import { insertTestCase, officeDb } from '../support/cases';
import { addAccount, firstSignIn, setUpOffice, type TestOffice } from '../support/office';

// The readable copy of a subject export, printed for real: the view main put under a `pdpa-`
// ticket, laid out by the print route's template with the print CSS and Sarabun, rendered by the
// web host's Chromium printer, then read back with pdftotext.
const SUPERVISOR = {
  userName: 'supervisor.pdf',
  password: 'Supervisor-pdf-2569',
  fullName: 'วิไล พิมพ์',
};

let root: string;
let office: TestOffice;
let server: Server;
let url: string;
const pages = new Map<string, string>();
const chromium = chromiumPdfPrinter({ url: () => url });

/** What the web host's page does: the ticket's view through the template, then "ready". */
const printer: DocumentPrinter = {
  async toPdf(ticket, options) {
    const view = await office.ok('pdpa.printView', { ticket });
    const body = renderToStaticMarkup(createElement(SubjectTemplate, { view }));
    pages.set(
      ticket,
      staticPageHtml(body).replace(
        '</body>',
        `<script>document.fonts.ready.then(() => { document.title = '${PRINT_READY_TITLE} ${ticket}'; });</script></body>`,
      ),
    );
    return chromium.toPdf(ticket, options);
  },
};

beforeAll(async () => {
  server = createServer((request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    // The printer loads `/#/print/<ticket>`: the fragment never reaches the server, so the page
    // is the newest one written.
    response.end([...pages.values()].at(-1) ?? '');
    void request;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  root = mkdtempSync(join(tmpdir(), 'kaona-pdpa-pdf-'));
  const out = join(root, 'out');
  mkdirSync(out);
  office = await setUpOffice(join(root, 'data'), {
    host: {
      printing: printer,
      chooseSavePath: async ({ suggestedName }) => join(out, suggestedName),
    },
  });
  await addAccount(office, SUPERVISOR, 'supervisor');
  await office.ok('session.signOut');
  await firstSignIn(office, SUPERVISOR);
}, 120_000);

afterAll(async () => {
  await chromium.close();
  await new Promise((resolve) => server.close(resolve));
  await office.core.close();
  rmSync(root, { recursive: true, force: true });
});

describe('the subject export’s PDF', () => {
  it('holds the Thai name, headings and พ.ศ. dates', async () => {
    const person = await insertTestCase(officeDb(office), { firstName: 'บุญมี', lastName: 'มีสุข' });
    const outcome = await office.ok('pdpa.exportSubject', { beneficiaryId: person.beneficiaryId });
    expect(outcome).toMatchObject({ done: true });
    if (!outcome.done || !outcome.pdfFileName) throw new Error('no PDF');
    const pdfPath = join(root, 'out', outcome.pdfFileName);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' });
    expect(text).toContain('นางบุญมี มีสุข');
    expect(text).toContain('ความยินยอม');
    // Born 1 May 1980 → 1 พฤษภาคม 2523; intake 26 Nov 2026 → 26 พฤศจิกายน 2569.
    expect(text).toContain('1 พฤษภาคม 2523');
    expect(text).toContain('26 พฤศจิกายน 2569');
  }, 60_000);
});
