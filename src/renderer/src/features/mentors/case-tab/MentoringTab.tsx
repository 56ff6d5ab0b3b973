import { Alert, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MentorSuggestion } from '../../../../../shared/domain/mentoring';
import { errorMessage } from '../../../api';
import { QueryView } from '../../../components/QueryView';
import { mentorsQueries } from '../mentors-queries';
import { useMentorPermissions } from '../use-mentor-permissions';
import { AssignmentHistory } from './AssignmentHistory';
import { AssignModal } from './AssignModal';
import { CurrentMentor } from './CurrentMentor';
import { EndAssignmentModal } from './EndAssignmentModal';
import { SuggestionList } from './SuggestionList';

/**
 * The case page's "mentoring" tab: the current mentor, the ranked suggestions with their reasons
 * (only for roles that assign: each ranking reads the case and is audited), and the history.
 */
export function MentoringTab({ caseId }: { caseId: number }) {
  const { t } = useTranslation(['mentors', 'cases', 'shell']);
  const { canCoordinate } = useMentorPermissions();
  const assignments = useQuery(mentorsQueries.caseAssignments(caseId));
  const [assigning, setAssigning] = useState<MentorSuggestion | null>(null);
  const [ending, setEnding] = useState(false);
  const [conflict, setConflict] = useState<string | null>(null);
  const onConflict = useCallback((error: unknown) => setConflict(errorMessage(error, t)), [t]);

  return (
    <QueryView query={assignments} errorTitle={t('tab.loadFailed')}>
      {({ current, history }) => (
        <Stack gap="lg">
          {conflict && (
            <Alert
              color="orange"
              title={t('assignDialog.conflictTitle')}
              withCloseButton
              closeButtonLabel={t('shell:common.close')}
              onClose={() => setConflict(null)}
              role="alert"
            >
              {conflict}
            </Alert>
          )}
          <CurrentMentor
            current={current}
            onEnd={canCoordinate ? () => setEnding(true) : undefined}
          />
          {canCoordinate && (
            <SuggestionList
              caseId={caseId}
              current={current}
              onAssign={(suggestion) => {
                setConflict(null);
                setAssigning(suggestion);
              }}
            />
          )}
          <Stack gap="sm" component="section" aria-label={t('tab.history')}>
            <Title order={2} size="h4">
              {t('tab.history')}
            </Title>
            <AssignmentHistory history={history} />
          </Stack>
          {assigning && (
            <AssignModal
              caseId={caseId}
              mentor={assigning}
              current={current}
              onClose={() => setAssigning(null)}
              onConflict={onConflict}
            />
          )}
          {ending && current && (
            <EndAssignmentModal
              caseId={caseId}
              current={current}
              onClose={() => setEnding(false)}
              onConflict={onConflict}
            />
          )}
        </Stack>
      )}
    </QueryView>
  );
}
