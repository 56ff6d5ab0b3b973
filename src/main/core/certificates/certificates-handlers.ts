import type { FeatureHandlers } from '../handlers';
import { issueBatch } from './batch-service';
import { issueCertificateForCase, previewCertificate } from './certificate-service';
import { cohortSearch } from './cohort-search';
import { officePublicKey, verifyCertificate } from './verify-service';

/** Certificates: preview and issue for a case, cohorts and batches, verification. */
export function certificatesHandlers(): FeatureHandlers<'certificates'> {
  return {
    'certificates.preview': (input, call) => previewCertificate(call, input),
    'certificates.issue': (input, call) => issueCertificateForCase(call, input),
    'certificates.cohort': (input, call) => cohortSearch(call, input),
    'certificates.issueBatch': (input, call) => issueBatch(call, input),
    'certificates.verify': ({ code }, call) => verifyCertificate(call, code),
    'certificates.publicKey': (_input, call) => officePublicKey(call),
  };
}
