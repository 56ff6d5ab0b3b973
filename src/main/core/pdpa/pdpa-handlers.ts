import type { FeatureHandlers } from '../handlers';
import type { ChooseSavePath } from '../files/save-file';
import { erasePersonOnRequest } from './erasure-service';
import { closeRequest, listRequests, readSubject, recordRequest } from './pdpa-requests-service';
import { retentionReport } from './retention-search';
import { exportSubject } from './subject-export-service';
import type { SubjectPdf } from './subject-pdf';

export interface PdpaHandlerDeps {
  chooseSavePath?: ChooseSavePath | undefined;
  pdf?: SubjectPdf | undefined;
}

/** Data subject rights: requests, consent history, export, erasure, the retention report. */
export function pdpaHandlers(deps: PdpaHandlerDeps): FeatureHandlers<'pdpa'> {
  const exportDeps = { chooseSavePath: deps.chooseSavePath, pdf: deps.pdf };
  return {
    'pdpa.listRequests': (input, call) => listRequests(call, input),
    'pdpa.recordRequest': (input, call) => recordRequest(call, input),
    'pdpa.closeRequest': (input, call) => closeRequest(call, input),
    'pdpa.subject': ({ beneficiaryId }, call) => readSubject(call, beneficiaryId),
    'pdpa.retentionReport': (_input, call) => retentionReport(call),
    'pdpa.exportSubject': ({ beneficiaryId }, call) =>
      exportSubject(call, exportDeps, beneficiaryId),
    'pdpa.erase': (input, call) => erasePersonOnRequest(call, input),
  };
}
