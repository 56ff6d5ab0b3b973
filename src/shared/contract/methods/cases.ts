import { z } from 'zod';
import {
  attachmentAddSchema,
  attachmentIdSchema,
  beneficiaryIdSchema,
  caseIdSchema,
  caseSearchSchema,
  caseUpdateSchema,
  consentChangeSchema,
  duplicateCheckSchema,
  identityDocumentUpdateSchema,
  intakeSaveSchema,
  newCaseForPersonSchema,
  profileUpdateSchema,
  revealSchema,
  sensitiveUpdateSchema,
  statusChangeSchema,
  type AttachmentContent,
  type AttachmentInfo,
  type CaseFile,
  type CasePage,
  type ConsentHistoryEntry,
  type DuplicateReport,
  type FieldChange,
  type RevealedValue,
} from '../../domain/cases';
import { method, output } from '../define';

/** Every read of a case file, search, reveal and attachment open is an audit event too. */
export const casesAuditActions = [
  'case.created',
  'case.searched',
  'case.viewed',
  'case.duplicates_checked',
  'case.duplicate_reviewed',
  'case.profile_updated',
  'case.updated',
  'case.identity_document_updated',
  'case.sensitive_updated',
  'case.status_changed',
  'case.history_viewed',
  'case.sensitive_revealed',
  'case.consent_granted',
  'case.consent_withdrawn',
  'case.consent_history_viewed',
  'case.attachment_added',
  'case.attachment_opened',
  'case.attachment_removed',
] as const;

/** Why main refuses a case change (translated under `reasons.*` of the `cases` namespace). */
export const casesReasons = [
  'case_not_found',
  'beneficiary_not_found',
  'attachment_not_found',
  'national_id_taken',
  'possible_duplicate',
  'open_case_exists',
  'birth_date_in_future',
  'birth_date_too_old',
  'postcode_not_in_subdistrict',
  'subdistrict_not_found',
  'illegal_transition',
  'status_reason_required',
  'programme_consent_required',
  'consent_unchanged',
  'attachment_too_large',
  'attachment_type_not_allowed',
  'attachment_empty',
  'nothing_changed',
] as const;

/** Who a case is assigned to, for the list's mentor filter. */
export interface MentorOption {
  id: number;
  fullName: string;
}

export interface SavedCase {
  caseId: number;
  caseNumber: string;
  beneficiaryId: number;
}

export const casesMethods = {
  'cases.search': method({
    input: caseSearchSchema,
    output: output<CasePage>(),
    access: 'cases.read',
  }),
  'cases.mentorOptions': method({
    input: z.strictObject({}),
    output: output<MentorOption[]>(),
    access: 'cases.read',
  }),
  'cases.open': method({
    input: caseIdSchema,
    output: output<CaseFile>(),
    access: 'cases.read',
  }),
  'cases.checkDuplicates': method({
    input: duplicateCheckSchema,
    output: output<DuplicateReport>(),
    access: 'cases.write',
  }),
  'cases.create': method({
    input: intakeSaveSchema,
    output: output<SavedCase>(),
    access: 'cases.write',
  }),
  'cases.createForPerson': method({
    input: newCaseForPersonSchema,
    output: output<SavedCase>(),
    access: 'cases.write',
  }),
  'cases.updateProfile': method({
    input: profileUpdateSchema,
    output: output<null>(),
    access: 'cases.write',
  }),
  'cases.updateCase': method({
    input: caseUpdateSchema,
    output: output<null>(),
    access: 'cases.write',
  }),
  /** The identity document is sensitive: changing it needs the permission to see it. */
  'cases.updateIdentityDocument': method({
    input: identityDocumentUpdateSchema,
    output: output<null>(),
    access: 'cases.reveal',
  }),
  'cases.updateSensitive': method({
    input: sensitiveUpdateSchema,
    output: output<null>(),
    access: 'cases.reveal',
  }),
  'cases.history': method({
    input: caseIdSchema,
    output: output<FieldChange[]>(),
    access: 'cases.read',
  }),
  'cases.changeStatus': method({
    input: statusChangeSchema,
    output: output<null>(),
    access: 'cases.write',
  }),
  'cases.reveal': method({
    input: revealSchema,
    output: output<RevealedValue>(),
    access: 'cases.reveal',
  }),
  'cases.consentHistory': method({
    input: beneficiaryIdSchema,
    output: output<ConsentHistoryEntry[]>(),
    access: 'cases.read',
  }),
  'cases.changeConsent': method({
    input: consentChangeSchema,
    output: output<null>(),
    access: 'cases.write',
  }),
  'cases.addAttachment': method({
    input: attachmentAddSchema,
    output: output<AttachmentInfo>(),
    access: 'cases.write',
  }),
  'cases.openAttachment': method({
    input: attachmentIdSchema,
    output: output<AttachmentContent>(),
    access: 'cases.read',
  }),
  'cases.removeAttachment': method({
    input: attachmentIdSchema,
    output: output<null>(),
    access: 'cases.write',
  }),
};
