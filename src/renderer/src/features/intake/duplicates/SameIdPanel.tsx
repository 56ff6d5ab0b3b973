import { Alert, Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DuplicateCandidate } from '../../../../../shared/domain/cases/duplicates';
import { ErrorAlert } from '../../../components/ErrorAlert';
import type { KaonaApiError } from '../../../api';
import { CandidateSummary } from './CandidateSummary';
import { newestCaseId } from './newest-case';

interface SameIdPanelProps {
  candidate: DuplicateCandidate;
  onOpen: (caseId: number) => void;
  onNewCase: () => void;
  pending: boolean;
  error: KaonaApiError | null;
}

/** Someone with this national ID is registered: the intake cannot be saved as a new person. */
export function SameIdPanel({ candidate, onOpen, onNewCase, pending, error }: SameIdPanelProps) {
  const { t } = useTranslation(['intake', 'shell']);
  const caseId = newestCaseId(candidate);
  return (
    <Stack gap="md">
      <Alert color="red" variant="light" title={t('duplicates.sameIdTitle')}>
        {t('duplicates.sameIdText')}
      </Alert>
      <CandidateSummary candidate={candidate} />
      {error &&
        (error.reason === 'open_case_exists' ? (
          <Alert
            color="orange"
            variant="light"
            role="alert"
            title={t('duplicates.openCaseExistsTitle')}
          >
            {t('duplicates.openCaseExists')}
          </Alert>
        ) : (
          <ErrorAlert title={t('duplicates.newCaseFailed')} error={error} />
        ))}
      <Group>
        <Button
          variant="default"
          disabled={caseId === undefined}
          onClick={() => caseId !== undefined && onOpen(caseId)}
        >
          {t('duplicates.openPerson')}
        </Button>
        <Button onClick={onNewCase} loading={pending}>
          {t('duplicates.newCaseForPerson')}
        </Button>
      </Group>
    </Stack>
  );
}
