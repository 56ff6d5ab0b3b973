import { Badge, Button, Group, List, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MentorSuggestion } from '../../../../../shared/domain/mentoring';
import { blockerWords, matchReasonWords, type MatchWordsContext } from '../match-words';

interface SuggestionCardProps {
  suggestion: MentorSuggestion;
  words: MatchWordsContext;
  /** Absent for a role that may not assign. */
  onAssign?: () => void;
  reassigning: boolean;
}

/** One ranked mentor: the score, each reason in words, and what blocks the assignment. */
export function SuggestionCard({ suggestion, words, onAssign, reassigning }: SuggestionCardProps) {
  const { t } = useTranslation(['mentors', 'cases', 'shell']);
  const blocked = suggestion.blockers.length > 0;
  const name = suggestion.fullName;
  return (
    <Paper withBorder p="md" component="article" aria-label={name}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Group gap="xs">
              <Text fw={600}>{name}</Text>
              {suggestion.isExternal && (
                <Badge variant="light" color="grape">
                  {t('registry.external')}
                </Badge>
              )}
              {suggestion.overCapacity && (
                <Badge variant="light" color="orange">
                  {t('tab.overCapacity')}
                </Badge>
              )}
            </Group>
            <Text size="sm" c="dimmed">
              {t(`codes.organisationKinds.${suggestion.organisationKind}`)}
              {suggestion.organisationName ? ` · ${suggestion.organisationName}` : ''}
            </Text>
          </Stack>
          <Stack gap={2} align="flex-end">
            <Text fw={700} size="lg">
              {t('tab.score', { score: suggestion.score })}
            </Text>
            {!blocked && (
              <Text size="xs" c="dimmed">
                {t('tab.rank', { rank: suggestion.rank })}
              </Text>
            )}
          </Stack>
        </Group>
        <List size="sm" spacing={2}>
          {suggestion.reasons.map((reason) => (
            <List.Item key={reason.criterion}>
              {matchReasonWords(reason, words)}
              {reason.points > 0 && (
                <Text span size="xs" c="dimmed">
                  {' '}
                  ({t('tab.points', { points: reason.points })})
                </Text>
              )}
            </List.Item>
          ))}
        </List>
        {blocked && (
          <Stack gap={2}>
            {suggestion.blockers.map((blocker) => (
              <Text key={blocker} size="sm" c="red.9" fw={500}>
                {blockerWords(blocker, suggestion.organisationKind, t)}
              </Text>
            ))}
          </Stack>
        )}
        {onAssign && !blocked && (
          <Group justify="flex-end">
            <Button
              size="compact-md"
              onClick={onAssign}
              aria-label={`${reassigning ? t('tab.reassign') : t('tab.assign')} ${name}`}
            >
              {reassigning ? t('tab.reassign') : t('tab.assign')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
