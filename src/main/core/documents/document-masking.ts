import type { DocumentModel, LetterModel } from '../../../shared/domain/documents';
import { DETAIL_LABEL_TH } from '../../../shared/domain/documents/letter-text';
import { roleHasPermission, type Role } from '../../../shared/permissions';
import { maskNationalId } from '../cases/case-file-mask';

/** What a letter shows instead of the disability types to a role that may not reveal them. */
export const HIDDEN_DETAIL = '••••••';

/**
 * A document as a role may read it. A letter's national ID and disability lines were ticked by
 * someone allowed to see them (`cases.reveal`), but the register is read by the admin too
 * (`documents.read`), who may not: for them the ID keeps only its last four digits, as the case
 * page masks it, and the disability types are hidden. The stored snapshot and its SHA-256 are
 * untouched (this is only what the answer carries); printing needs `documents.issue`, which
 * only roles holding `cases.reveal` have.
 */
export function modelForRole(model: DocumentModel, role: Role): DocumentModel {
  if (model.kind !== 'referral_letter' || roleHasPermission(role, 'cases.reveal')) return model;
  const details: LetterModel['details'] = model.details.map((line) => {
    if (line.label === DETAIL_LABEL_TH.national_id) {
      const digits = line.value.replace(/\D/g, '');
      return { label: line.label, value: maskNationalId(digits) || HIDDEN_DETAIL };
    }
    if (line.label === DETAIL_LABEL_TH.disability)
      return { label: line.label, value: HIDDEN_DETAIL };
    return line;
  });
  return { ...model, details };
}
