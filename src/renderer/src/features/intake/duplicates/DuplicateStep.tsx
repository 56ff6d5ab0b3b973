import { useFormContext } from 'react-hook-form';
import type { DuplicateReport } from '../../../../../shared/domain/cases/duplicates';
import type { KaonaApiError } from '../../../api';
import type { IntakeFormValues } from '../intake-form';
import { SameIdPanel } from './SameIdPanel';
import { SimilarCandidates, type DuplicateDecision } from './SimilarCandidates';

interface DuplicateStepProps {
  report: DuplicateReport;
  decisions: Readonly<Record<number, DuplicateDecision>>;
  onDecide: (beneficiaryId: number, decision: DuplicateDecision) => void;
  onOpen: (caseId: number) => void;
  onContinue: () => void;
  onNewCase: (beneficiaryId: number) => void;
  newCasePending: boolean;
  newCaseError: KaonaApiError | null;
}

/** Between the last step and the review: the same national ID blocks, similar people are decided. */
export function DuplicateStep({
  report,
  newCasePending,
  newCaseError,
  ...actions
}: DuplicateStepProps) {
  const { getValues } = useFormContext<IntakeFormValues>();
  if (report.sameNationalId) {
    const candidate = report.sameNationalId;
    return (
      <SameIdPanel
        candidate={candidate}
        onOpen={actions.onOpen}
        onNewCase={() => actions.onNewCase(candidate.beneficiaryId)}
        pending={newCasePending}
        error={newCaseError}
      />
    );
  }
  const { identity, contact } = getValues();
  return (
    <SimilarCandidates
      candidates={report.similar}
      typed={{
        firstName: identity.firstName,
        lastName: identity.lastName,
        nickname: identity.nickname,
        birthDate: identity.birthDate,
        phone: contact.phone,
      }}
      decisions={actions.decisions}
      onDecide={actions.onDecide}
      onOpen={actions.onOpen}
      onContinue={actions.onContinue}
    />
  );
}
