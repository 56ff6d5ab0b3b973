import type { z } from 'zod';
import type {
  DocumentDetail,
  DocumentList,
  documentListSchema,
  documentVoidSchema,
} from '../../../shared/domain/documents';
import type { SignedInCall } from '../call/call-context';
import { insertCaseEvent } from '../cases/case-file-history-repository';
import { AppError } from '../errors';
import { modelForRole } from './document-masking';
import { findDocument } from './register-repository';
import { listDocuments, readDocumentDetail } from './register-search';

/**
 * The register page. It lists people's names beside their documents, so like the case search
 * every listing is audited: its filters (a searched name or number is not recorded, only that
 * text was given) and how many documents matched.
 */
export async function documentList(
  call: SignedInCall,
  query: z.output<typeof documentListSchema>,
): Promise<DocumentList> {
  const list = await listDocuments(call.db, query);
  await call.audit.record({
    action: 'document.listed',
    outcome: 'success',
    actor: call.actor,
    details: {
      kind: query.kind,
      status: query.status,
      caseId: query.caseId,
      from: query.from,
      to: query.to,
      text: query.text !== '',
      total: list.total,
    },
  });
  return list;
}

/**
 * One document with its content: it holds the person's details as printed, so reading it is
 * audited (ids and the intact check only). A damaged snapshot is shown as damaged, never hidden.
 * A role that may not reveal reads a letter's national ID and disability masked (review).
 */
export async function documentDetail(
  call: SignedInCall,
  documentId: number,
): Promise<DocumentDetail> {
  const detail = await readDocumentDetail(call.db, documentId);
  await call.audit.record({
    action: 'document.viewed',
    outcome: 'success',
    actor: call.actor,
    target: { type: 'document', id: documentId },
    details: { kind: detail.kind, caseId: detail.caseId, intact: detail.intact },
  });
  return { ...detail, model: modelForRole(detail.model, call.user.role) };
}

/**
 * Voids a document: it keeps its number and its snapshot (the table's trigger allows nothing
 * else), says why and by whom, and shows on the case's timeline. The typed reason is on the
 * register and the timeline for staff; the audit event holds only ids.
 */
export async function voidDocument(
  call: SignedInCall,
  input: z.output<typeof documentVoidSchema>,
): Promise<DocumentDetail> {
  const at = call.clock.now().toISOString();
  await call.audited<{ caseId: number; kind: string }>(
    ({ caseId, kind }) => ({
      action: 'document.voided',
      outcome: 'success',
      target: { type: 'document', id: input.documentId },
      details: { caseId, kind },
    }),
    async (trx) => {
      const document = await findDocument(trx, input.documentId);
      if (!document) throw new AppError('NOT_FOUND', 'document_not_found');
      if (document.status === 'void') throw new AppError('CONFLICT', 'document_already_void');
      await trx
        .updateTable('documents')
        .set({
          status: 'void',
          void_reason: input.reason,
          voided_at: at,
          voided_by: call.user.id,
        })
        .where('id', '=', document.id)
        .where('status', '=', 'issued')
        .execute();
      await insertCaseEvent(trx, {
        caseId: document.case_id,
        kind: 'document_voided',
        at,
        userId: call.user.id,
        detail: {
          documentId: String(document.id),
          number: document.number,
          documentKind: document.kind,
          reason: input.reason,
        },
      });
      return { caseId: document.case_id, kind: document.kind };
    },
  );
  return readDocumentDetail(call.db, input.documentId);
}
