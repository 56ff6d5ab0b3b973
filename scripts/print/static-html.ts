import type { PrintView } from '../../src/shared/domain/documents';

/**
 * The print route's pages as one self-contained HTML string (templates rendered with
 * react-dom/server, the print CSS and the Sarabun fonts inlined): what the bench's raw baseline
 * prints with Chromium, with no app logic. (Foundation placeholder; the templates branch fills it.)
 */
export function staticPrintHtml(view: PrintView): string {
  return `<!doctype html><html lang="th"><body>${view.items.length}</body></html>`;
}
