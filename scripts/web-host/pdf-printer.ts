import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import type { DocumentPrinter } from '../../src/main/core/documents/document-printer';
import {
  PRINT_FAILED_TITLE,
  PRINT_READY_TITLE,
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
 * window loads, in a warm headless Chromium, a new page per ticket on the web host's own URL (the
 * page gets the bridge with the run's token like any page it serves). PDF only: paper printing
 * is the desktop's (no `print`).
 */
export function chromiumPdfPrinter(options: {
  /** The web host's own URL (`http://127.0.0.1:<port>/`), known once it listens. */
  url: () => string;
  chromium?: WarmChromium;
}): DocumentPrinter & { close(): Promise<void> } {
  const browser = options.chromium ?? warmChromium();
  return {
    toPdf: async (ticket, { signal }) => {
      signal.throwIfAborted();
      const page = await (await browser.context()).newPage();
      // A cancel answers at once; closing the page then stops whatever it was doing.
      let onAbort: () => void = () => undefined;
      const aborted = new Promise<never>((_resolve, reject) => {
        onAbort = () => reject(signal.reason as Error);
        signal.addEventListener('abort', onAbort, { once: true });
      });
      aborted.catch(() => undefined);
      const print = async () => {
        await page.goto(`${options.url()}${printRoutePath(ticket)}`);
        await page.waitForFunction(
          ([ready, failed]) => {
            // Runs in the page; this file compiles without the DOM library.
            const { title } = (globalThis as unknown as { document: { title: string } }).document;
            return title === ready || title === failed;
          },
          [PRINT_READY_TITLE, PRINT_FAILED_TITLE],
          { timeout: PRINT_PAGE_TIMEOUT_MS, polling: 20 },
        );
        if ((await page.title()) !== PRINT_READY_TITLE) throw new Error('print page failed');
        return new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      };
      try {
        const pdf = await Promise.race([print(), aborted]);
        signal.throwIfAborted();
        return pdf;
      } finally {
        signal.removeEventListener('abort', onAbort);
        await page.close().catch(() => undefined);
      }
    },
    close: () => browser.close(),
  };
}
