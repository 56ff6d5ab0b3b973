import { bangkokToday } from '../../../shared/thai/bangkok-time';
import type { z } from 'zod';
import {
  CERTIFICATE_BATCH_MAX,
  canonicalJson,
  type certificateBatchSchema,
  type CertificateBatchResult,
} from '../../../shared/domain/documents';
import type { SignedInCall } from '../call/call-context';
import { AppError } from '../errors';
import { eligibleHolders, issueCertificate, issueContext } from './certificate-issuing';
import { signingKey } from './certificate-keys';
import { insertBatch } from './certificate-repository';

type BatchInput = z.output<typeof certificateBatchSchema>;

/**
 * A cohort's certificates in ONE transaction: the batch row, one register entry per case with
 * consecutive serials, a timeline line per case and one audit event for the whole batch. Any
 * refusal (a case twice, a case not found or not eligible, no letterhead or signer) writes
 * nothing, so the counter never skips serials for a batch that did not happen. The key is read
 * once and every certificate is signed with the same key object (an import per certificate
 * would cost more than the signature).
 */
export async function issueBatch(
  call: SignedInCall,
  input: BatchInput,
): Promise<CertificateBatchResult> {
  const { caseIds, wording } = input;
  if (caseIds.length === 0) throw new AppError('VALIDATION', 'certificate_batch_empty');
  if (caseIds.length > CERTIFICATE_BATCH_MAX) throw new AppError('VALIDATION');
  if (new Set(caseIds).size !== caseIds.length)
    throw new AppError('VALIDATION', 'certificate_duplicate_case');
  const at = call.clock.now().toISOString();
  return call.audited<CertificateBatchResult>(
    (result) => ({
      action: 'certificate.batch_issued',
      outcome: 'success',
      target: { type: 'certificate_batch', id: result.batchId },
      details: {
        batchId: result.batchId,
        count: result.documentIds.length,
        first: result.firstSerial,
        last: result.lastSerial,
        achievement: wording.achievement,
      },
    }),
    async (trx) => {
      const context = await issueContext(trx, wording, bangkokToday(call.clock.now()));
      const holders = await eligibleHolders(trx, caseIds, wording.achievement);
      const key = await signingKey(trx, call);
      const batchId = await insertBatch(trx, {
        achievement: wording.achievement,
        wording: canonicalJson({ ...wording, signerIds: [...wording.signerIds] }),
        issuedOn: wording.issuedOn,
        count: holders.length,
        at,
        userId: call.user.id,
      });
      const documentIds: number[] = [];
      const serials: string[] = [];
      for (const holder of holders) {
        const issued = await issueCertificate(trx, call, { context, holder, key, batchId, at });
        documentIds.push(issued.documentId);
        serials.push(issued.number);
      }
      return { batchId, documentIds, firstSerial: serials[0]!, lastSerial: serials.at(-1)! };
    },
  );
}
