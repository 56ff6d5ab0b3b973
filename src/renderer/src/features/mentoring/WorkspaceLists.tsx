import { Anchor, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ActionListItem, SessionListItem } from '../../../../shared/domain/mentoring';
import { useMentoringFormat } from './use-mentoring-format';

/** The sessions of this week (Monday to Sunday, Bangkok). */
export function SessionsThisWeek({ sessions }: { sessions: readonly SessionListItem[] }) {
  const { t } = useTranslation('mentoring');
  const format = useMentoringFormat();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="sessions-this-week">
      <Stack gap="sm">
        <Title order={2} size="h4" id="sessions-this-week">
          {t('workspace.thisWeek')}
        </Title>
        {sessions.length === 0 ? (
          <Text c="dimmed">{t('workspace.noSessionsThisWeek')}</Text>
        ) : (
          <List spacing="xs">
            {sessions.map((session) => (
              <List.Item key={session.sessionId}>
                <Anchor component={Link} to={`/workspace/cases/${session.caseId}`}>
                  {session.displayName}
                </Anchor>{' '}
                <Text span size="sm" c="dimmed">
                  {t('session.summaryLine', {
                    date: format.date(session.heldOn),
                    time: session.heldTime,
                    duration: format.duration(session.durationMinutes),
                    mode: t(`codes.modes.${session.mode}`),
                  })}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Paper>
  );
}

/** Agreed actions past their due date, across all mentees. */
export function OverdueActions({ actions }: { actions: readonly ActionListItem[] }) {
  const { t } = useTranslation('mentoring');
  const format = useMentoringFormat();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="overdue-actions">
      <Stack gap="sm">
        <Title order={2} size="h4" id="overdue-actions">
          {t('workspace.overdue')}
        </Title>
        {actions.length === 0 ? (
          <Text c="dimmed">{t('workspace.noOverdue')}</Text>
        ) : (
          <List spacing="xs">
            {actions.map((action) => (
              <List.Item key={action.actionId}>
                <Group gap="xs" wrap="wrap">
                  <Anchor component={Link} to={`/workspace/cases/${action.caseId}`}>
                    {action.displayName}
                  </Anchor>
                  <Text span size="sm">
                    {action.description}
                  </Text>
                  <Badge color="red" variant="light">
                    {t('workspace.dueOn', { date: format.date(action.dueOn) })}
                  </Badge>
                </Group>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Paper>
  );
}
