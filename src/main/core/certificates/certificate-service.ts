import { bangkokToday } from '../../../shared/thai/bangkok-time';
import type { z } from 'zod';
import type {
  certificateIssueSchema,
  DocumentDetail,
  PrintView,
} from '../../../shared/domain/documents';
import type { SignedInCall } from '../call/call-context';
import { printImages } from '../documents/print-images';
import type { IssuedDocument } from '../documents/register-repository';
import { readDocumentDetail } from '../documents/register-search';
import {
  certificateModel,
  eligibleHolders,
  issueCertificate,
  issueContext,
} from './certificate-issuing';
import { signingKey } from './certificate-keys';

type IssueInput = z.output<typeof certificateIssueSchema>;

/** What a preview prints where the serial goes: it has none, and its QR holds no valid code. */
export const DRAFT_SERIAL = '(ร่าง)';

/**
 * One case's certificate as it would be issued now, with the same checks as issuing (letterhead,
 * signers, eligibility), so the officer learns of a refusal before pressing issue. It shows the
 * person's name and shop, so opening it is recorded like a case read (as a letter's preview).
 */
export async function previewCertificate(
  call: SignedInCall,
  input: IssueInput,
): Promise<PrintView> {
  const view = await call.db.transaction().execute(async (trx) => {
    const context = await issueContext(trx, input.wording, bangkokToday(call.clock.now()));
    const [holder] = await eligibleHolders(trx, [input.caseId], input.wording.achievement);
    const model = certificateModel(context, holder!, DRAFT_SERIAL, null);
    return {
      items: [
        {
          documentId: null,
          kind: 'certificate' as const,
          status: 'draft' as const,
          copy: false,
          model,
        },
      ],
      images: await printImages(trx, [model]),
    };
  });
  await call.audit.record({
    action: 'document.viewed',
    outcome: 'success',
    actor: call.actor,
    target: { type: 'case', id: input.caseId },
    details: { caseId: input.caseId, kind: 'certificate', preview: true },
  });
  return view;
}

/**
 * Issues one case's certificate: the serial, the signed code and the frozen snapshot, the
 * timeline line and the audit event (and the office's signing key, the first time) commit
 * together or not at all.
 */
export async function issueCertificateForCase(
  call: SignedInCall,
  input: IssueInput,
): Promise<DocumentDetail> {
  const at = call.clock.now().toISOString();
  const issued = await call.audited<IssuedDocument>(
    (result) => ({
      action: 'certificate.issued',
      outcome: 'success',
      target: { type: 'case', id: input.caseId },
      details: {
        documentId: result.documentId,
        serial: result.number,
        achievement: input.wording.achievement,
      },
    }),
    async (trx) => {
      const context = await issueContext(trx, input.wording, bangkokToday(call.clock.now()));
      const [holder] = await eligibleHolders(trx, [input.caseId], input.wording.achievement);
      const key = await signingKey(trx, call);
      return issueCertificate(trx, call, { context, holder: holder!, key, batchId: null, at });
    },
  );
  return readDocumentDetail(call.db, issued.documentId);
}
