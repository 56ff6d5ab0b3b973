import { queryOptions } from '@tanstack/react-query';
import type { PrintView } from '../../../shared/domain/documents';
import { SUBJECT_TICKET_PREFIX, type SubjectPrintView } from '../../../shared/domain/pdpa';
import { callKaona } from '../api';

/** What a ticket prints: documents from the register, or a subject export (its `pdpa-` store). */
export type TicketView =
  { kind: 'documents'; view: PrintView } | { kind: 'subject'; view: SubjectPrintView };

async function takeView(ticket: string): Promise<TicketView> {
  if (ticket.startsWith(SUBJECT_TICKET_PREFIX))
    return { kind: 'subject', view: await callKaona((api) => api.pdpa.printView({ ticket })) };
  return { kind: 'documents', view: await callKaona((api) => api.documents.printView({ ticket })) };
}

export const printKeys = {
  all: ['print'] as const,
  view: (ticket: string) => [...printKeys.all, 'view', ticket] as const,
};

/**
 * What a print ticket prints. A ticket is single-use: the view is read once and never again (no
 * retry, no refetch), since a second read would be refused and turn a good page into a failure.
 */
export function printViewQuery(ticket: string) {
  return queryOptions({
    queryKey: printKeys.view(ticket),
    queryFn: () => takeView(ticket),
    retry: false,
    staleTime: Infinity,
    // Dropped as soon as its page is gone: a warm print window prints ticket after ticket, and
    // the views it printed (people's names and details) must not pile up in its memory.
    gcTime: 0,
    refetchOnMount: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}
