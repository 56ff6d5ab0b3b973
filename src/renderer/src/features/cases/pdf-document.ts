import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { PDFDocumentProxy } from 'pdfjs-dist';

/**
 * pdf.js, loaded only when a PDF is opened. Its worker is a file of the app's own bundle (so the
 * CSP's `worker-src 'self'` allows it), and it is told to fetch nothing: no WebAssembly decoders
 * (they would need `'wasm-unsafe-eval'`), no CMaps or standard fonts from URLs. pdf.js 6 has no
 * `eval` path left at all (the old `isEvalSupported` option is gone); the CSP forbids it anyway.
 */
export async function openPdf(data: Uint8Array<ArrayBuffer>): Promise<PDFDocumentProxy> {
  const pdfjs = await import('pdfjs-dist');
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  return pdfjs.getDocument({
    data,
    useWasm: false,
    useWorkerFetch: false,
    enableXfa: false,
    isOffscreenCanvasSupported: true,
  }).promise;
}

/** Fits a page to the viewer's width, sharp on high-density screens. */
export const PDF_VIEW_WIDTH = 760;
