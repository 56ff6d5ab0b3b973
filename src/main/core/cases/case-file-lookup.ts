import { AppError } from '../errors';
import { findBeneficiary, findCase, type Db } from './case-file-repository';

/** The case and its person, or NOT_FOUND: every case-page method starts here. */
export async function requireCase(db: Db, caseId: number) {
  const caseRow = await findCase(db, caseId);
  if (!caseRow) throw new AppError('NOT_FOUND', 'case_not_found');
  const person = await findBeneficiary(db, caseRow.beneficiary_id);
  // A case always has its person (foreign key); a missing one is a broken database, not input.
  if (!person) throw new Error('case without its person');
  return { caseRow, person };
}

/**
 * `requireCase` for a method that writes to the case or its person. An erased person's cases
 * still open (under the erased name, for the figures and the register) but take nothing new:
 * an edit, a consent, an attachment or a new case would write their data back after PDPA s.33
 * erased it (found in review, issue 11).
 */
export async function requireChangeableCase(db: Db, caseId: number) {
  const found = await requireCase(db, caseId);
  refuseErased(found.person);
  return found;
}

export function refuseErased(person: { erased_at: string | null }): void {
  if (person.erased_at !== null) throw new AppError('CONFLICT', 'pdpa_person_erased');
}
