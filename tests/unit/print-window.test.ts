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
import { PRINT_FAILED_TITLE, PRINT_READY_TITLE } from '../../src/shared/domain/documents';

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
  it('waits for the ready or failed title; the first final state wins', () => {
    const watch = new PrintTitleWatch();
    expect(watch.title('Kaona')).toBe('loading');
    expect(watch.title(PRINT_READY_TITLE)).toBe('ready');
    expect(watch.title(PRINT_FAILED_TITLE)).toBe('ready');
    expect(watch.timeout()).toBe('ready');
    const failed = new PrintTitleWatch();
    expect(failed.title(PRINT_FAILED_TITLE)).toBe('failed');
    expect(new PrintTitleWatch().timeout()).toBe('timed-out');
    expect(new PrintTitleWatch().abort()).toBe('aborted');
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
    private readonly title: string | null,
  ) {}
  async loadURL(url: string): Promise<void> {
    this.loaded.push(url);
    if (this.title) setTimeout(() => this.webContents.emit('page-title-updated', {}, this.title));
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  destroy(): void {
    this.destroyed = true;
  }
}

function printerWith(title: string | null, timeoutMs = 1000) {
  const windows: FakeWindow[] = [];
  const printer = createElectronPrinter({
    createWindow: (options) => {
      const window = new FakeWindow(options, title);
      windows.push(window);
      return window as unknown as BrowserWindow;
    },
    startUrl: 'app://kaona/index.html',
    timeoutMs,
  });
  return { printer, windows };
}

describe('the Electron printer', () => {
  it('loads the ticket hidden, waits for ready, prints to PDF and closes the window', async () => {
    const { printer, windows } = printerWith(PRINT_READY_TITLE);
    const bytes = await printer.toPdf(TICKET, { signal: new AbortController().signal });
    expect(Buffer.from(bytes).toString()).toBe('%PDF-1.4 fake');
    const [window] = windows;
    expect(window?.options.show).toBe(false);
    expect(window?.loaded).toEqual([`app://kaona/index.html#/print/${TICKET}`]);
    expect(window?.printed).toEqual([pdfOptions()]);
    expect(window?.destroyed).toBe(true);
  });

  it('fails and closes when the page says it failed or never answers', async () => {
    const failed = printerWith(PRINT_FAILED_TITLE);
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
    controller.abort();
    await expect(printing).rejects.toBeDefined();
    expect(windows[0]?.destroyed).toBe(true);
    expect(windows[0]?.printed).toEqual([]);
  });

  it('prints on paper through the system dialog; false when cancelled', async () => {
    const { printer, windows } = printerWith(PRINT_READY_TITLE);
    expect(await printer.print?.(TICKET)).toBe(true);
    expect(windows[0]?.printed).toEqual([paperPrintOptions()]);
    expect(windows[0]?.destroyed).toBe(true);
  });
});
