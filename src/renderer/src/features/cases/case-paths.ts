/** Where a case file opens, and where a new person is registered (the intake wizard). */
export const CASES_PATH = '/cases';
export const NEW_CASE_PATH = '/cases/new';

export function casePath(caseId: number): string {
  return `${CASES_PATH}/${caseId}`;
}
