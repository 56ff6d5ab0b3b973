import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { PrintView } from '../../src/shared/domain/documents';
import { PrintDocument } from '../../src/renderer/src/print/templates/PrintDocument';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

let inlinedCss: string | undefined;

/**
 * The app's Sarabun faces (src/renderer/src/app/fonts.css) with each file inlined as a data URL,
 * then the print stylesheet: the page needs nothing from disk or network once written.
 */
function stylesheet(): string {
  if (inlinedCss === undefined) {
    const fonts = read('src/renderer/src/app/fonts.css').replace(
      /url\('\.\.\/\.\.\/\.\.\/\.\.\/(resources\/fonts\/[\w-]+\.woff2)'\)/g,
      (_, file: string) =>
        `url('data:font/woff2;base64,${readFileSync(new URL(file, root)).toString('base64')}')`,
    );
    inlinedCss = `${fonts}\n${read('src/renderer/src/print/print.css')}`;
  }
  return inlinedCss;
}

/**
 * The print route's pages as one self-contained HTML string (templates rendered with
 * react-dom/server, the print CSS and the Sarabun fonts inlined): what the bench's raw baseline
 * prints with Chromium, with no app logic, and what scripts/print/sample.ts prints to look at.
 * The CSS is the app's own file, not text from the view; every value of the view goes through
 * React, which escapes it.
 *
 * tsx (the scripts' and the bench's runner) applies no tsconfig to the renderer's files, so the
 * templates it renders here say `@jsxRuntime automatic` at their top, as the renderer compiles them.
 */
export function staticPrintHtml(view: PrintView): string {
  return staticPageHtml(renderToStaticMarkup(createElement(PrintDocument, { view })));
}

/** Any print template's markup as such a page (the subject export's test prints one too). */
export function staticPageHtml(bodyHtml: string): string {
  return (
    '<!doctype html><html lang="th"><head><meta charset="utf-8">' +
    `<title>Kaona</title><style>${stylesheet()}</style></head><body>${bodyHtml}</body></html>`
  );
}
