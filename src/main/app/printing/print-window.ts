import type { BrowserWindow } from 'electron';
import type { DocumentPrinter } from '../../core/documents/document-printer';
import type { CreateWindow } from '../windows/create-window';
import {
  paperPrintOptions,
  pdfOptions,
  PRINT_PAGE_TIMEOUT_MS,
  printPageUrl,
  printWindowOptions,
} from './print-options';
import { PrintTitleWatch } from './title-watch';

/**
 * Prints through a hidden window made by the window factory (same secure web preferences, the
 * app partition, sandboxed; `hardenWebContents` covers it through 'web-contents-created', so it
 * cannot navigate or open anything, and the app:// CSP allows no network). It loads the print
 * route for a ticket, waits for the page's ready title, prints, and always closes.
 */
export function createElectronPrinter(options: {
  createWindow: CreateWindow;
  startUrl: string;
  timeoutMs?: number;
}): DocumentPrinter {
  const timeoutMs = options.timeoutMs ?? PRINT_PAGE_TIMEOUT_MS;
  const withPage = async <T>(
    ticket: string,
    signal: AbortSignal | undefined,
    work: (window: BrowserWindow) => Promise<T>,
  ): Promise<T> => {
    signal?.throwIfAborted();
    const window = options.createWindow(printWindowOptions());
    try {
      await waitUntilReady(window, printPageUrl(options.startUrl, ticket), timeoutMs, signal);
      return await work(window);
    } finally {
      if (!window.isDestroyed()) window.destroy();
    }
  };
  return {
    toPdf: (ticket, { signal }) =>
      withPage(ticket, signal, async (window) => {
        const bytes = await window.webContents.printToPDF(pdfOptions());
        signal.throwIfAborted();
        return new Uint8Array(bytes);
      }),
    print: (ticket) =>
      withPage(
        ticket,
        undefined,
        (window) =>
          new Promise<boolean>((resolve) => {
            // `success` is false when the person cancels the dialog (or the printer fails).
            window.webContents.print(paperPrintOptions(), (success) => resolve(success));
          }),
      ),
  };
}

function waitUntilReady(
  window: BrowserWindow,
  url: string,
  timeoutMs: number,
  signal: AbortSignal | undefined,
): Promise<void> {
  const watch = new PrintTitleWatch();
  return new Promise<void>((resolve, reject) => {
    const settle = () => {
      clearTimeout(timer);
      window.webContents.off('page-title-updated', onTitle);
      signal?.removeEventListener('abort', onAbort);
      if (watch.state === 'ready') resolve();
      else if (watch.state === 'aborted') reject(signal?.reason ?? new Error('aborted'));
      else reject(new Error(`print page ${watch.state}`));
    };
    const onTitle = (_event: unknown, title: string) => {
      if (watch.title(title) !== 'loading') settle();
    };
    const onAbort = () => {
      watch.abort();
      settle();
    };
    const timer = setTimeout(() => {
      watch.timeout();
      settle();
    }, timeoutMs);
    window.webContents.on('page-title-updated', onTitle);
    signal?.addEventListener('abort', onAbort, { once: true });
    window.loadURL(url).catch(() => {
      if (watch.title('') === 'loading') {
        watch.timeout();
        settle();
      }
    });
  });
}
