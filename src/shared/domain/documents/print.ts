/**
 * The print route and how the page tells its host it is ready. Main (Electron) and the web host
 * load `#/print/<ticket>` in a hidden window; the page fetches what to print with the ticket,
 * waits for fonts and images, then sets the document title to one of these. Main watches the
 * title (`page-title-updated`), the web host waits for it; no IPC or script runs for it.
 */
export const PRINT_ROUTE_PREFIX = '/print/';
export const PRINT_READY_TITLE = 'kaona-print-ready';
export const PRINT_FAILED_TITLE = 'kaona-print-failed';

/** A ticket is one print or one PDF: random, single-use, short-lived, cleared on lock. */
export const PRINT_TICKET_PATTERN = /^[A-Za-z0-9_-]{22,64}$/;

/** The hash path a print window loads for a ticket. */
export function printRoutePath(ticket: string): string {
  return `#${PRINT_ROUTE_PREFIX}${ticket}`;
}
