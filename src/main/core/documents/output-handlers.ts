import type { Clock } from '../clock';
import { AppError } from '../errors';
import type { Handler } from '../handlers';
import type { ChooseSavePath } from '../files/save-file';
import type { SessionManager } from '../session/session-manager';
import type { DocumentPrinter } from './document-printer';
import { printDocuments, saveDocumentsPdf } from './output-service';
import { PrintTickets } from './print-tickets';

export interface OutputHandlerDeps {
  sessions: SessionManager;
  clock: Clock;
  printing?: DocumentPrinter | undefined;
  chooseSavePath?: ChooseSavePath | undefined;
}

/**
 * Printing and saving PDF from the snapshots, and the print route's view. The tickets belong to
 * one signed-in period: all are dropped when the session locks or signs out.
 */
export function outputHandlers(deps: OutputHandlerDeps): OutputHandlers {
  return createOutput(deps).handlers;
}

type OutputHandlers = {
  [K in 'documents.savePdf' | 'documents.print' | 'documents.printView']: Handler<K>;
};

/** The handlers and their ticket store (tests look at the store across a lock). */
export function createOutput(deps: OutputHandlerDeps): {
  handlers: OutputHandlers;
  tickets: PrintTickets;
} {
  const tickets = new PrintTickets(deps.clock, () => deps.sessions.period());
  deps.sessions.whenLeaving(() => {
    tickets.clear();
    deps.printing?.release?.();
  });
  const output = { tickets, printing: deps.printing, chooseSavePath: deps.chooseSavePath };
  const handlers: OutputHandlers = {
    'documents.savePdf': ({ documentIds }, call) => saveDocumentsPdf(call, output, documentIds),
    'documents.print': ({ documentIds }, call) => printDocuments(call, output, documentIds),
    'documents.printView': ({ ticket }) => {
      const view = tickets.take(ticket);
      if (!view) throw new AppError('NOT_FOUND', 'print_ticket_invalid');
      return view;
    },
  };
  return { handlers, tickets };
}
