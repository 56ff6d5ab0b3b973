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
