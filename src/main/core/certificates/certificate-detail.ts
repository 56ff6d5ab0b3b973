import type { DocumentDetail } from '../../../shared/domain/documents';
import { displayName } from '../cases/person-names';
import type { SignedInCall } from '../call/call-context';
import { printImages } from '../documents/print-images';
import { readSnapshot } from '../documents/register-repository';
import { documentWithCase } from './certificate-repository';

/** The register row of a certificate just issued, as `documents.get` answers it. */
export async function certificateDetail(
  db: SignedInCall['db'],
  documentId: number,
): Promise<DocumentDetail> {
  const row = await documentWithCase(db, documentId);
  const { model, intact } = readSnapshot(row);
  return {
    documentId: row.id,
    kind: row.kind,
    number: row.number,
    caseId: row.case_id,
    caseNumber: row.case_number,
    personName: displayName(row),
    issuedOn: row.issued_on,
    issuedAt: row.issued_at,
    issuedByDisplayName: row.issued_by_name,
    status: row.status,
    voidReason: row.void_reason,
    voidedAt: row.voided_at,
    printCount: row.print_count,
    referralId: row.referral_id,
    batchId: row.batch_id,
    sha256: row.sha256,
    intact,
    model,
    images: await printImages(db, [model]),
  };
}
