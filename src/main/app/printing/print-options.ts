import { printRoutePath } from '../../../shared/domain/documents/print';
import type { WindowOptions } from '../windows/create-window';

/** How long a print page may take to load fonts and images and say it is ready. */
export const PRINT_PAGE_TIMEOUT_MS = 30_000;

/** A warm print window not used for this long is destroyed (it holds the last pages printed). */
export const PRINT_WINDOW_IDLE_MS = 30_000;

/**
 * The hidden print window: never shown, never in the taskbar, A4-ish so layout code that reads
 * the viewport sees a page. Web preferences are the factory's (sandboxed, app partition).
 */
export function printWindowOptions(): WindowOptions {
  return {
    show: false,
    width: 794,
    height: 1123,
    skipTaskbar: true,
    focusable: false,
    paintWhenInitiallyHidden: true,
    backgroundColor: '#ffffff',
    title: 'Kaona print',
  };
}

/** The page size and margins come from the templates' CSS (`@page`), backgrounds included. */
export function pdfOptions(): { printBackground: true; preferCSSPageSize: true } {
  return { printBackground: true, preferCSSPageSize: true };
}

/** Paper: the system dialog, so the person picks the printer and copies. */
export function paperPrintOptions(): { silent: false; printBackground: true } {
  return { silent: false, printBackground: true };
}

/** The print route for a ticket, on the app's own start page (`app://kaona/index.html#/print/…`). */
export function printPageUrl(startUrl: string, ticket: string): string {
  const base = startUrl.split('#', 1)[0] ?? startUrl;
  return `${base}${printRoutePath(ticket)}`;
}
