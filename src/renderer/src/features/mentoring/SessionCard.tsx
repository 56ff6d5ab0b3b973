import { Badge, Button, Group, List, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdvisorySession, TopicOption } from '../../../../shared/domain/mentoring';
import { useMentoringFormat } from './use-mentoring-format';

interface SessionCardProps {
  session: AdvisorySession;
  /** Topic names; a code not found (a retired topic in an old compartment) shows as its code. */
  topics: readonly TopicOption[];
  /** The mentor's own actions on their session; absent on the office's read-only view. */
  onEdit?: () => void;
  onCorrect?: () => void;
  onHistory?: () => void;
}

/** One advisory session: when, how, what was done, what was agreed. */
export function SessionCard({ session, topics, onEdit, onCorrect, onHistory }: SessionCardProps) {
  const { t } = useTranslation(['mentoring', 'shell']);
  const format = useMentoringFormat();
  const topicName = (code: string) => {
    const topic = topics.find((each) => each.code === code);
    if (!topic) return code;
    return format.language === 'en' ? topic.labelEn : topic.labelTh;
  };
  const corrected = session.correctedBySessionId !== null;
  return (
    <Paper withBorder p="md" component="article" aria-label={format.date(session.heldOn)}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={2}>
            <Text fw={600}>
              {t('session.summaryLine', {
                date: format.date(session.heldOn),
                time: session.heldTime,
                duration: format.duration(session.durationMinutes),
                mode: t(`codes.modes.${session.mode}`),
              })}
            </Text>
            <Text size="sm" c="dimmed">
              {t('session.by', { name: session.mentorName })}
            </Text>
          </Stack>
          <Group gap="xs">
            {corrected && <Badge color="gray">{t('session.correctedBy')}</Badge>}
            {onEdit && session.editableUntil !== null && (
              <Button size="xs" variant="light" onClick={onEdit}>
                {t('session.edit')}
              </Button>
            )}
            {onCorrect && session.editableUntil === null && !corrected && (
              <Button size="xs" variant="light" onClick={onCorrect}>
                {t('session.correct')}
              </Button>
            )}
            {onHistory && session.revision > 1 && (
              <Button size="xs" variant="subtle" onClick={onHistory}>
                {t('session.history')}
              </Button>
            )}
          </Group>
        </Group>
        {onEdit && session.editableUntil !== null && (
          <Text size="xs" c="dimmed">
            {t('session.editableUntil', { at: format.instant(session.editableUntil) })}
          </Text>
        )}
        {session.correctsSessionId !== null && (
          <Text size="sm" c="orange.9">
            {t('session.correctionOf', { note: session.correctionNote })}
          </Text>
        )}
        {session.topics.length > 0 && (
          <Text size="sm">
            {t('session.topicsLine', { topics: session.topics.map(topicName).join(', ') })}
          </Text>
        )}
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {session.summary}
        </Text>
        {session.actions.length > 0 && (
          <List size="sm" spacing={2}>
            {session.actions.map((action) => (
              <List.Item key={action.actionId}>
                {action.description} ·{' '}
                <Text span size="sm" c={action.overdue ? 'red.8' : 'dimmed'}>
                  {action.doneOn
                    ? t('actions.doneOn', { date: format.date(action.doneOn) })
                    : t('actions.due', {
                        date: format.date(action.dueOn),
                        owner: t(`codes.owners.${action.owner}`),
                      })}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
        {session.nextSessionOn && (
          <Text size="sm" c="dimmed">
            {t('session.nextLine', { date: format.date(session.nextSessionOn) })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
