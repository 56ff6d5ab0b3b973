import type { SubjectPrintView } from '../../../shared/domain/pdpa';
import { SUBJECT_TICKET_PREFIX } from '../../../shared/domain/pdpa';
import type { Clock } from '../clock';
import type { DocumentPrinter } from '../documents/document-printer';
import { PRINT_TICKET_TTL_MS, PrintTickets } from '../documents/print-tickets';
import { AppError } from '../errors';
import type { ChooseSavePath } from '../files/save-file';
import type { FeatureHandlers } from '../handlers';
import type { SessionManager } from '../session/session-manager';
import { erasePersonOnRequest } from './erasure-service';
import { closeRequest, listRequests, readSubject, recordRequest } from './pdpa-requests-service';
import { retentionReport } from './retention-search';
import { exportSubject } from './subject-export-service';
import { subjectPdfThrough } from './subject-pdf';

export interface PdpaHandlerDeps {
  sessions: SessionManager;
  clock: Clock;
  chooseSavePath?: ChooseSavePath | undefined;
  printing?: DocumentPrinter | undefined;
}

/** Data subject rights: requests, consent history, export, erasure, the retention report. */
export function pdpaHandlers(deps: PdpaHandlerDeps): FeatureHandlers<'pdpa'> {
  // The subject export's own one-use tickets, dropped with the session like the documents'.
  const tickets = new PrintTickets<SubjectPrintView>(
    deps.clock,
    () => deps.sessions.period(),
    PRINT_TICKET_TTL_MS,
    SUBJECT_TICKET_PREFIX,
  );
  deps.sessions.whenLeaving(() => tickets.clear());
  const exportDeps = {
    chooseSavePath: deps.chooseSavePath,
    pdf: deps.printing ? subjectPdfThrough(deps.printing, tickets) : undefined,
  };
  return {
    'pdpa.listRequests': (input, call) => listRequests(call, input),
    'pdpa.recordRequest': (input, call) => recordRequest(call, input),
    'pdpa.closeRequest': (input, call) => closeRequest(call, input),
    'pdpa.subject': ({ beneficiaryId }, call) => readSubject(call, beneficiaryId),
    'pdpa.retentionReport': (_input, call) => retentionReport(call),
    'pdpa.exportSubject': ({ beneficiaryId }, call) =>
      exportSubject(call, exportDeps, beneficiaryId),
    'pdpa.printView': ({ ticket }) => {
      const view = tickets.take(ticket);
      if (!view) throw new AppError('NOT_FOUND', 'pdpa_print_ticket_invalid');
      return view;
    },
    'pdpa.erase': (input, call) => erasePersonOnRequest(call, input),
  };
}
