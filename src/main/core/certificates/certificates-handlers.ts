import type { FeatureHandlers } from '../handlers';
import { notBuilt } from '../call/not-built';

/** Certificates: issue, cohorts and batches, verification (issue 10, being built). */
export function certificatesHandlers(): FeatureHandlers<'certificates'> {
  return notBuilt([
    'certificates.preview',
    'certificates.issue',
    'certificates.cohort',
    'certificates.issueBatch',
    'certificates.verify',
    'certificates.publicKey',
  ]);
}
