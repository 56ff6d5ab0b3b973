import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import type { DocumentPrinter } from '../../src/main/core/documents/document-printer';
import {
  PRINT_FAILED_TITLE,
  printFailedTitle,
  printPageSays,
  printReadyTitle,
  printRoutePath,
} from '../../src/shared/domain/documents/print';

/** How long a print page may take to say it is ready (a cold page loads fonts and images). */
const PRINT_PAGE_TIMEOUT_MS = 30_000;

/** Debian's Chromium where it exists, Playwright's own otherwise (as playwright.config.ts). */
export function chromiumExecutable(): string | undefined {
  const system = '/usr/bin/chromium';
  return existsSync(system) ? system : undefined;
}

export interface WarmChromium {
  context(): Promise<BrowserContext>;
  close(): Promise<void>;
}

/** One headless Chromium, started on first use and kept warm until closed. */
export function warmChromium(): WarmChromium {
  let starting: Promise<{ browser: Browser; context: BrowserContext }> | undefined;
  return {
    context: async () => {
      starting ??= (async () => {
        const executablePath = chromiumExecutable();
        const browser = await chromium.launch({
          ...(executablePath ? { executablePath } : {}),
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        });
        return { browser, context: await browser.newContext({ timezoneId: 'Asia/Bangkok' }) };
      })();
      return (await starting).context;
    },
    close: async () => {
      const started = starting;
      starting = undefined;
      if (started) await (await started).browser.close().catch(() => undefined);
    },
  };
}

/**
 * The web host's printer (development and tests only): the same print route the desktop's hidden
 * window loads, in a warm headless Chromium, on the web host's own URL (the page gets the bridge
 * with the run's token like any page it serves). Like the desktop, it keeps one print page warm:
 * the first ticket loads the app, the next ones only change the hash (the route is keyed by
 * ticket and titles itself "ready <ticket>"). Prints run one at a time; a failed, timed-out or
 * cancelled page is closed so the next starts clean; `release()` (session lock or sign-out)
 * closes it. PDF only: paper printing is the desktop's (no `print`).
 */
export function chromiumPdfPrinter(options: {
  /** The web host's own URL (`http://127.0.0.1:<port>/`), known once it listens. */
  url: () => string;
  chromium?: WarmChromium;
}): DocumentPrinter & { close(): Promise<void> } {
  const browser = options.chromium ?? warmChromium();
  let warm: Page | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  const dropPage = async (): Promise<void> => {
    const page = warm;
    warm = undefined;
    await page?.close().catch(() => undefined);
  };

  const printTicket = async (ticket: string, signal: AbortSignal): Promise<Uint8Array> => {
    signal.throwIfAborted();
    const reused = warm !== undefined && !warm.isClosed();
    const page = reused ? warm! : (warm = await (await browser.context()).newPage());
    // A cancel answers at once; the page is then closed, which stops whatever it was doing.
    let onAbort: () => void = () => undefined;
    const aborted = new Promise<never>((_resolve, reject) => {
      onAbort = () => reject(signal.reason as Error);
      signal.addEventListener('abort', onAbort, { once: true });
    });
    aborted.catch(() => undefined);
    const print = async () => {
      const url = `${options.url()}${printRoutePath(ticket)}`;
      if (reused)
        await page.evaluate((hash) => {
          // Runs in the page; this file compiles without the DOM library.
          (globalThis as unknown as { location: { hash: string } }).location.hash = hash;
        }, printRoutePath(ticket));
      else await page.goto(url);
      await page.waitForFunction(
        (expected) => {
          const { title } = (globalThis as unknown as { document: { title: string } }).document;
          return expected.includes(title);
        },
        [printReadyTitle(ticket), printFailedTitle(ticket), PRINT_FAILED_TITLE],
        { timeout: PRINT_PAGE_TIMEOUT_MS, polling: 10 },
      );
      if (printPageSays(await page.title(), ticket) !== 'ready')
        throw new Error('print page failed');
      return new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    };
    try {
      const pdf = await Promise.race([print(), aborted]);
      signal.throwIfAborted();
      return pdf;
    } catch (error) {
      await dropPage();
      throw error;
    } finally {
      signal.removeEventListener('abort', onAbort);
    }
  };

  return {
    toPdf: (ticket, { signal }) => {
      const run = () => printTicket(ticket, signal);
      const result = queue.then(run, run);
      queue = result.catch(() => undefined);
      return result;
    },
    release: () => {
      void dropPage();
    },
    close: async () => {
      await dropPage();
      await browser.close();
    },
  };
}
