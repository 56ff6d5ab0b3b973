import type { DuplicateCandidate } from '../../../../../shared/domain/cases/duplicates';

/** The case "open this person" goes to: their newest (by intake date, then by number). */
export function newestCaseId(candidate: DuplicateCandidate): number | undefined {
  const [newest] = [...candidate.cases].sort(
    (a, b) => b.intakeDate.localeCompare(a.intakeDate) || b.caseId - a.caseId,
  );
  return newest?.caseId;
}
