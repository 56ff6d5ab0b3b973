/**
 * The print route and how the page tells its host it is ready. Main (Electron) and the web host
 * load `#/print/<ticket>` in a hidden window; the page fetches what to print with the ticket,
 * waits for fonts and images, then sets the document title to one of these, followed by the
 * ticket (`printReadyTitle`). Main watches the title (`page-title-updated`), the web host waits
 * for it; no IPC or script runs for it. The ticket in the title matters because a host keeps its
 * print page warm and only changes the hash for the next ticket: "ready" for the previous ticket
 * must not be taken for this one's.
 */
export const PRINT_ROUTE_PREFIX = '/print/';
export const PRINT_READY_TITLE = 'kaona-print-ready';
export const PRINT_FAILED_TITLE = 'kaona-print-failed';

/** A ticket is one print or one PDF: random, single-use, short-lived, cleared on lock. */
export const PRINT_TICKET_PATTERN = /^[A-Za-z0-9_-]{22,64}$/;

export function printReadyTitle(ticket: string): string {
  return `${PRINT_READY_TITLE} ${ticket}`;
}

export function printFailedTitle(ticket: string): string {
  return `${PRINT_FAILED_TITLE} ${ticket}`;
}

/** What a title says about this ticket's page; a page not under the print route fails plainly. */
export function printPageSays(title: string, ticket: string): 'ready' | 'failed' | 'loading' {
  if (title === printReadyTitle(ticket)) return 'ready';
  if (title === printFailedTitle(ticket) || title === PRINT_FAILED_TITLE) return 'failed';
  return 'loading';
}

/** The hash path a print window loads for a ticket. */
export function printRoutePath(ticket: string): string {
  return `#${PRINT_ROUTE_PREFIX}${ticket}`;
}
