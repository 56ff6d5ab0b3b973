import type { FeatureHandlers } from '../handlers';
import { addAttachment, openAttachment, removeAttachment } from './attachments-service';
import {
  updateCaseDetails,
  updateIdentityDocument,
  updateProfile,
  updateSensitive,
} from './case-file-edit-service';
import { caseHistory, openCaseFile, revealField } from './case-file-service';
import { changeStatus } from './case-file-status-service';
import { changeConsent, consentHistory } from './consents-service';

/** The case page: open, edit with history, status, reveal, consents and attachments. */
export function caseFileHandlers(): Omit<
  FeatureHandlers<'cases'>,
  | 'cases.search'
  | 'cases.mentorOptions'
  | 'cases.checkDuplicates'
  | 'cases.create'
  | 'cases.createForPerson'
> {
  return {
    'cases.open': ({ caseId }, call) => openCaseFile(call, caseId),
    'cases.updateProfile': (input, call) => updateProfile(call, input),
    'cases.updateCase': (input, call) => updateCaseDetails(call, input),
    'cases.updateIdentityDocument': (input, call) => updateIdentityDocument(call, input),
    'cases.updateSensitive': (input, call) => updateSensitive(call, input),
    'cases.history': ({ caseId }, call) => caseHistory(call, caseId),
    'cases.changeStatus': (input, call) => changeStatus(call, input),
    'cases.reveal': ({ caseId, field }, call) => revealField(call, caseId, field),
    'cases.consentHistory': ({ beneficiaryId }, call) => consentHistory(call, beneficiaryId),
    'cases.changeConsent': (input, call) => changeConsent(call, input),
    'cases.addAttachment': (input, call) => addAttachment(call, input),
    'cases.openAttachment': ({ attachmentId }, call) => openAttachment(call, attachmentId),
    'cases.removeAttachment': ({ attachmentId }, call) => removeAttachment(call, attachmentId),
  };
}
