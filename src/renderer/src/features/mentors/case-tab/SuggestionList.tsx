import { Alert, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AssignmentEntry, MentorSuggestion } from '../../../../../shared/domain/mentoring';
import { QueryView } from '../../../components/QueryView';
import type { MatchWordsContext } from '../match-words';
import { mentorsQueries } from '../mentors-queries';
import { useProvinceNames } from '../use-province-names';
import { useSkillLabels } from '../use-skill-labels';
import { SuggestionCard } from './SuggestionCard';

interface SuggestionListProps {
  caseId: number;
  current: AssignmentEntry | null;
  onAssign: (suggestion: MentorSuggestion) => void;
}

/** The ranked mentors for the case, with how the ranking works. */
export function SuggestionList({ caseId, current, onAssign }: SuggestionListProps) {
  const { t, i18n } = useTranslation(['mentors', 'cases', 'shell']);
  const suggestions = useQuery(mentorsQueries.suggestions(caseId));
  const skills = useSkillLabels();
  const provinces = useProvinceNames();
  const words: MatchWordsContext = {
    t,
    skillLabel: skills.label,
    provinceName: provinces.name,
    list: (items) => items.join(', '),
    exists: (key) => i18n.exists(key),
  };
  return (
    <Stack gap="sm" component="section" aria-label={t('tab.suggestions')}>
      <Title order={2} size="h4">
        {t('tab.suggestions')}
      </Title>
      <Alert variant="light" color="blue" title={t('tab.howRanked')}>
        <Text size="sm">{t('tab.howRankedText')}</Text>
      </Alert>
      <QueryView
        query={suggestions}
        errorTitle={t('tab.suggestionsLoadFailed')}
        isEmpty={(list) => list.suggestions.length === 0}
        empty={<Text c="dimmed">{t('tab.suggestionsEmpty')}</Text>}
      >
        {(list) => (
          <Stack gap="sm">
            {list.suggestions.map((suggestion) => (
              <SuggestionCard
                key={suggestion.mentorId}
                suggestion={suggestion}
                words={words}
                reassigning={current !== null}
                onAssign={() => onAssign(suggestion)}
              />
            ))}
          </Stack>
        )}
      </QueryView>
    </Stack>
  );
}
