import type { SubjectPrintView } from '../../../shared/domain/pdpa';
import type { DocumentPrinter } from '../documents/document-printer';
import type { PrintTickets } from '../documents/print-tickets';
import { displayName } from '../cases/person-names';
import type { SubjectData } from './subject-data';
import { subjectPrintView } from './subject-print-model';

/** Renders the readable copy of a subject export (Thai, พ.ศ. dates) as PDF bytes. */
export interface SubjectPdf {
  render(data: SubjectData, signal: AbortSignal): Promise<Uint8Array>;
}

/**
 * Through the print route, as documents are (ADR 0028): the view goes under a one-use `pdpa-`
 * ticket, the host's Chromium renders `#/print/<ticket>`, and the page asks `pdpa.printView`.
 */
export function subjectPdfThrough(
  printer: DocumentPrinter,
  tickets: PrintTickets<SubjectPrintView>,
): SubjectPdf {
  return {
    async render(data, signal) {
      const person = data.person as Parameters<typeof displayName>[0];
      const ticket = tickets.issue(subjectPrintView(data, displayName(person)));
      try {
        return await printer.toPdf(ticket, { signal });
      } finally {
        tickets.drop(ticket);
      }
    },
  };
}
