import type { BrowserWindow } from 'electron';
import type { DocumentPrinter } from '../../core/documents/document-printer';
import type { CreateWindow } from '../windows/create-window';
import {
  paperPrintOptions,
  pdfOptions,
  PRINT_PAGE_TIMEOUT_MS,
  PRINT_WINDOW_IDLE_MS,
  printPageUrl,
  printWindowOptions,
} from './print-options';
import { PrintTitleWatch } from './title-watch';

/**
 * Prints through a hidden window made by the window factory (same secure web preferences, the
 * app partition, sandboxed; `hardenWebContents` covers it through 'web-contents-created', so it
 * cannot navigate or open anything, and the app:// CSP allows no network).
 *
 * The window is kept warm between prints: loading the app into a fresh window costs about a
 * second, while the next ticket only changes the URL's hash and the page re-renders (the print
 * route is keyed by ticket and says "ready <ticket>", so a previous page is never taken for this
 * one). Prints run one at a time. The window is destroyed after a failure, a timeout or a cancel
 * (the next print starts clean), after PRINT_WINDOW_IDLE_MS without prints, and on `release()`,
 * which the core calls when the session locks or signs out: the pages it last showed hold
 * people's details.
 */
export function createElectronPrinter(options: {
  createWindow: CreateWindow;
  startUrl: string;
  timeoutMs?: number;
  idleMs?: number;
}): DocumentPrinter {
  const timeoutMs = options.timeoutMs ?? PRINT_PAGE_TIMEOUT_MS;
  const idleMs = options.idleMs ?? PRINT_WINDOW_IDLE_MS;
  let warm: BrowserWindow | undefined;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  const release = (): void => {
    clearTimeout(idleTimer);
    idleTimer = undefined;
    if (warm && !warm.isDestroyed()) warm.destroy();
    warm = undefined;
  };

  const withPage = <T>(
    ticket: string,
    signal: AbortSignal | undefined,
    work: (window: BrowserWindow) => Promise<T>,
  ): Promise<T> => {
    const run = async (): Promise<T> => {
      signal?.throwIfAborted();
      clearTimeout(idleTimer);
      const window =
        warm && !warm.isDestroyed() ? warm : (warm = options.createWindow(printWindowOptions()));
      try {
        await waitUntilReady(
          window,
          printPageUrl(options.startUrl, ticket),
          ticket,
          timeoutMs,
          signal,
        );
        return await work(window);
      } catch (error) {
        if (warm === window) release();
        else if (!window.isDestroyed()) window.destroy();
        throw error;
      } finally {
        if (warm === window && !window.isDestroyed()) {
          idleTimer = setTimeout(release, idleMs);
          idleTimer.unref?.();
        }
      }
    };
    const result = queue.then(run, run);
    queue = result.catch(() => undefined);
    return result;
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
    release,
  };
}

function waitUntilReady(
  window: BrowserWindow,
  url: string,
  ticket: string,
  timeoutMs: number,
  signal: AbortSignal | undefined,
): Promise<void> {
  const watch = new PrintTitleWatch(ticket);
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
    // In a warm window only the hash changes (a same-document navigation); the title says when
    // the new ticket's pages are ready, so the load's own promise is not awaited.
    window.loadURL(url).catch(() => {
      if (watch.title('') === 'loading') {
        watch.timeout();
        settle();
      }
    });
  });
}
