import { Alert, Badge, Button, Card, Group, Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DuplicateCandidate } from '../../../../../shared/domain/cases/duplicates';
import { compareCandidate } from './compare-candidate';
import { newestCaseId } from './newest-case';
import { SideBySide } from './SideBySide';

export type DuplicateDecision = 'different' | 'same';

interface SimilarCandidatesProps {
  candidates: DuplicateCandidate[];
  typed: Parameters<typeof compareCandidate>[0];
  decisions: Readonly<Record<number, DuplicateDecision>>;
  onDecide: (beneficiaryId: number, decision: DuplicateDecision) => void;
  onOpen: (caseId: number) => void;
  onContinue: () => void;
}

/**
 * People who may be the one being registered (a similar name with the same birth date or phone).
 * The clerk decides for each; "someone else" for all of them lets the intake go on, and main
 * records those decisions with the save.
 */
export function SimilarCandidates({
  candidates,
  typed,
  decisions,
  onDecide,
  onOpen,
  onContinue,
}: SimilarCandidatesProps) {
  const { t } = useTranslation('intake');
  const allDifferent = candidates.every(
    (candidate) => decisions[candidate.beneficiaryId] === 'different',
  );
  return (
    <Stack gap="md">
      <Alert color="orange" variant="light" title={t('duplicates.similarTitle')}>
        {t('duplicates.similarText')}
      </Alert>
      {candidates.map((candidate) => {
        const decision = decisions[candidate.beneficiaryId];
        const caseId = newestCaseId(candidate);
        return (
          <Card key={candidate.beneficiaryId} withBorder>
            <Stack gap="sm">
              <Group gap="xs">
                {candidate.matchedOn.map((match) => (
                  <Badge key={match} variant="light" color="orange">
                    {t(`duplicates.matchedOn.${match}`)}
                  </Badge>
                ))}
              </Group>
              <SideBySide
                rows={compareCandidate(typed, candidate)}
                caption={t('duplicates.compareCaption', { name: candidate.displayName })}
              />
              <Radio.Group
                label={t('duplicates.decide', { name: candidate.displayName })}
                value={decision ?? null}
                onChange={(value) => onDecide(candidate.beneficiaryId, value as DuplicateDecision)}
              >
                <Group mt="xs">
                  <Radio value="different" label={t('duplicates.someoneElse')} />
                  <Radio value="same" label={t('duplicates.samePerson')} />
                </Group>
              </Radio.Group>
              {decision === 'same' && (
                <Group>
                  <Button
                    disabled={caseId === undefined}
                    onClick={() => caseId !== undefined && onOpen(caseId)}
                  >
                    {t('duplicates.openPerson')}
                  </Button>
                </Group>
              )}
            </Stack>
          </Card>
        );
      })}
      <Group>
        <Button onClick={onContinue} disabled={!allDifferent}>
          {t('duplicates.continue')}
        </Button>
      </Group>
    </Stack>
  );
}
