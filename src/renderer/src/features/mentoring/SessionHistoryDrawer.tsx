import { Drawer, Stack, Text, Timeline } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryView } from '../../components/QueryView';
import { mentoringQueries } from './mentoring-queries';
import { useMentoringFormat } from './use-mentoring-format';

/** Every earlier version of one session: each edit keeps what it replaced. */
export function SessionHistoryDrawer({
  sessionId,
  onClose,
}: {
  sessionId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation(['mentoring', 'shell']);
  const format = useMentoringFormat();
  const history = useQuery(mentoringQueries.sessionHistory(sessionId));
  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      size="lg"
      title={t('session.historyTitle')}
      closeButtonProps={{ 'aria-label': t('shell:common.close') }}
    >
      <QueryView
        query={history}
        errorTitle={t('session.historyFailed')}
        isEmpty={(revisions) => revisions.length === 0}
        empty={<Text c="dimmed">{t('session.historyEmpty')}</Text>}
      >
        {(revisions) => (
          <Timeline bulletSize={12} lineWidth={2} active={revisions.length}>
            {revisions.map(({ revision, changedAt, changedByName, session }) => (
              <Timeline.Item
                key={revision}
                title={t('session.revision', {
                  revision,
                  at: format.instant(changedAt),
                  name: changedByName,
                })}
              >
                <Stack gap={2}>
                  <Text size="sm">
                    {t('session.summaryLine', {
                      date: format.date(session.heldOn),
                      time: session.heldTime,
                      duration: format.duration(session.durationMinutes),
                      mode: t(`codes.modes.${session.mode}`),
                    })}
                  </Text>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {session.summary}
                  </Text>
                </Stack>
              </Timeline.Item>
            ))}
          </Timeline>
        )}
      </QueryView>
    </Drawer>
  );
}
