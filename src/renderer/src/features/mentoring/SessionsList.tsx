import { Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  AdvisorySession,
  AgreedAction,
  TopicOption,
} from '../../../../shared/domain/mentoring';
import { SessionCard } from './SessionCard';
import { SessionHistoryDrawer } from './SessionHistoryDrawer';
import { SessionLogModal } from './SessionLogModal';

interface SessionsListProps {
  caseId: number;
  /** Newest first, as main sends them. */
  sessions: readonly AdvisorySession[];
  topics: readonly TopicOption[];
  openActions: readonly AgreedAction[];
  /** The mentor's page: edit within the window, correct after it, see the history. */
  editable: boolean;
}

type Opened =
  | { kind: 'edit' | 'correct'; session: AdvisorySession }
  | { kind: 'history'; sessionId: string }
  | null;

export function SessionsList({
  caseId,
  sessions,
  topics,
  openActions,
  editable,
}: SessionsListProps) {
  const { t } = useTranslation('mentoring');
  const [opened, setOpened] = useState<Opened>(null);
  if (sessions.length === 0) return <Text c="dimmed">{t('mentee.noSessions')}</Text>;
  return (
    <Stack gap="sm">
      {sessions.map((session) => (
        <SessionCard
          key={session.sessionId}
          session={session}
          topics={topics}
          onEdit={editable ? () => setOpened({ kind: 'edit', session }) : undefined}
          onCorrect={editable ? () => setOpened({ kind: 'correct', session }) : undefined}
          onHistory={
            editable
              ? () => setOpened({ kind: 'history', sessionId: session.sessionId })
              : undefined
          }
        />
      ))}
      {opened && opened.kind !== 'history' && (
        <SessionLogModal
          mode={opened.kind}
          caseId={caseId}
          session={opened.session}
          openActions={openActions}
          onClose={() => setOpened(null)}
        />
      )}
      {opened?.kind === 'history' && (
        <SessionHistoryDrawer sessionId={opened.sessionId} onClose={() => setOpened(null)} />
      )}
    </Stack>
  );
}
