/**
 * What the host can do with a print ticket: the desktop's hidden print window, the web host's
 * Chromium (PDF only). The host loads the print route for the ticket, waits for the page to say
 * it is ready, and prints it; the core never sees HTML or a window.
 */
export interface DocumentPrinter {
  /** The ticket's pages as a PDF; rejects when the page fails or `signal` aborts. */
  toPdf(ticket: string, options: { signal: AbortSignal }): Promise<Uint8Array>;
  /** The system print dialog (desktop only); resolves false when the person cancels it. */
  print?(ticket: string): Promise<boolean>;
  /**
   * Forgets any warm page or window (they hold the last pages printed): called when the session
   * locks or signs out.
   */
  release?(): void;
}

/** What the page may offer: a PDF needs `toPdf`, paper needs `print`. */
export function printingAbilities(printer: DocumentPrinter | undefined): {
  pdf: boolean;
  paper: boolean;
} {
  return { pdf: printer !== undefined, paper: typeof printer?.print === 'function' };
}
