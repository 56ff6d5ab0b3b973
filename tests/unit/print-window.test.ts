import { EventEmitter } from 'node:events';
import type { BrowserWindow } from 'electron';
import { describe, expect, it } from 'vitest';
import {
  paperPrintOptions,
  pdfOptions,
  printPageUrl,
  printWindowOptions,
} from '../../src/main/app/printing/print-options';
import { createElectronPrinter } from '../../src/main/app/printing/print-window';
import { PrintTitleWatch } from '../../src/main/app/printing/title-watch';
import type { WindowOptions } from '../../src/main/app/windows/create-window';
import {
  PRINT_FAILED_TITLE,
  printFailedTitle,
  printReadyTitle,
} from '../../src/shared/domain/documents';

const TICKET = 'abcdefghijklmnopqrstuvwxyzABCDEF';

describe('print window options', () => {
  it('is hidden and prints with the page CSS size and backgrounds', () => {
    expect(printWindowOptions()).toMatchObject({ show: false, skipTaskbar: true });
    expect(printWindowOptions()).not.toHaveProperty('webPreferences');
    expect(pdfOptions()).toEqual({ printBackground: true, preferCSSPageSize: true });
    expect(paperPrintOptions()).toEqual({ silent: false, printBackground: true });
  });

  it('loads the print route on the app start page', () => {
    expect(printPageUrl('app://kaona/index.html', TICKET)).toBe(
      `app://kaona/index.html#/print/${TICKET}`,
    );
    expect(printPageUrl('http://localhost:5173/#/cases', TICKET)).toBe(
      `http://localhost:5173/#/print/${TICKET}`,
    );
  });
});

describe('the print page title watch', () => {
  it('waits for its own ticket’s ready or failed title; the first final state wins', () => {
    const watch = new PrintTitleWatch(TICKET);
    expect(watch.title('Kaona')).toBe('loading');
    // A warm window still shows the previous ticket's title: that is not this page.
    expect(watch.title(printReadyTitle('tkt_previous_0123456789abcdef'))).toBe('loading');
    expect(watch.title(printReadyTitle(TICKET))).toBe('ready');
    expect(watch.title(printFailedTitle(TICKET))).toBe('ready');
    expect(watch.timeout()).toBe('ready');
    expect(new PrintTitleWatch(TICKET).title(printFailedTitle(TICKET))).toBe('failed');
    expect(new PrintTitleWatch(TICKET).title(PRINT_FAILED_TITLE)).toBe('failed');
    expect(new PrintTitleWatch(TICKET).timeout()).toBe('timed-out');
    expect(new PrintTitleWatch(TICKET).abort()).toBe('aborted');
  });
});

/** A stand-in window: records what was loaded and printed; the test plays the page's titles. */
class FakeWindow {
  readonly webContents = Object.assign(new EventEmitter(), {
    printToPDF: async (options: unknown) => {
      this.printed.push(options);
      return Buffer.from('%PDF-1.4 fake');
    },
    print: (options: unknown, callback: (success: boolean) => void) => {
      this.printed.push(options);
      callback(this.dialogAnswer);
    },
  });
  loaded: string[] = [];
  printed: unknown[] = [];
  destroyed = false;
  dialogAnswer = true;
  constructor(
    readonly options: WindowOptions,
    private readonly answer: 'ready' | 'failed' | null,
  ) {}
  /** Plays the print page: it answers for the ticket in the URL's hash. */
  async loadURL(url: string): Promise<void> {
    this.loaded.push(url);
    const ticket = url.split('#/print/')[1] ?? '';
    const title =
      this.answer === 'ready'
        ? printReadyTitle(ticket)
        : this.answer === 'failed'
          ? printFailedTitle(ticket)
          : null;
    if (title) setTimeout(() => this.webContents.emit('page-title-updated', {}, title));
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  destroy(): void {
    this.destroyed = true;
  }
}

function printerWith(title: 'ready' | 'failed' | null, timeoutMs = 1000, idleMs = 60_000) {
  const windows: FakeWindow[] = [];
  const printer = createElectronPrinter({
    createWindow: (options) => {
      const window = new FakeWindow(options, title);
      windows.push(window);
      return window as unknown as BrowserWindow;
    },
    startUrl: 'app://kaona/index.html',
    timeoutMs,
    idleMs,
  });
  return { printer, windows };
}

describe('the Electron printer', () => {
  it('loads the ticket hidden, waits for ready, prints to PDF; the next ticket reuses the window', async () => {
    const { printer, windows } = printerWith('ready');
    const bytes = await printer.toPdf(TICKET, { signal: new AbortController().signal });
    expect(Buffer.from(bytes).toString()).toBe('%PDF-1.4 fake');
    const second = 'tkt_second_0123456789abcdefgh';
    await printer.toPdf(second, { signal: new AbortController().signal });
    expect(windows).toHaveLength(1);
    const [window] = windows;
    expect(window?.options.show).toBe(false);
    expect(window?.loaded).toEqual([
      `app://kaona/index.html#/print/${TICKET}`,
      `app://kaona/index.html#/print/${second}`,
    ]);
    expect(window?.printed).toEqual([pdfOptions(), pdfOptions()]);
    expect(window?.destroyed).toBe(false);
    // A lock or sign-out releases it: the pages it last showed hold people's details.
    printer.release?.();
    expect(window?.destroyed).toBe(true);
  });

  it('destroys the warm window once it has been idle', async () => {
    const { printer, windows } = printerWith('ready', 1000, 10);
    await printer.toPdf(TICKET, { signal: new AbortController().signal });
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(windows[0]?.destroyed).toBe(true);
    await printer.toPdf(TICKET, { signal: new AbortController().signal });
    expect(windows).toHaveLength(2);
    printer.release?.();
  });

  it('fails and closes when the page says it failed or never answers', async () => {
    const failed = printerWith('failed');
    await expect(
      failed.printer.toPdf(TICKET, { signal: new AbortController().signal }),
    ).rejects.toThrow('print page failed');
    expect(failed.windows[0]?.destroyed).toBe(true);
    expect(failed.windows[0]?.printed).toEqual([]);
    const silent = printerWith(null, 20);
    await expect(
      silent.printer.toPdf(TICKET, { signal: new AbortController().signal }),
    ).rejects.toThrow('print page timed-out');
    expect(silent.windows[0]?.destroyed).toBe(true);
  });

  it('stops and closes when the job is cancelled', async () => {
    const { printer, windows } = printerWith(null);
    const controller = new AbortController();
    const printing = printer.toPdf(TICKET, { signal: controller.signal });
    // Prints run one after another: let this one start loading its page before cancelling.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(windows).toHaveLength(1);
    controller.abort();
    await expect(printing).rejects.toBeDefined();
    expect(windows[0]?.destroyed).toBe(true);
    expect(windows[0]?.printed).toEqual([]);
  });

  it('prints on paper through the system dialog; false when cancelled', async () => {
    const { printer, windows } = printerWith('ready');
    expect(await printer.print?.(TICKET)).toBe(true);
    expect(windows[0]?.printed).toEqual([paperPrintOptions()]);
    printer.release?.();
    expect(windows[0]?.destroyed).toBe(true);
  });
});
