import { Alert, Anchor, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Workspace } from '../../../../shared/domain/mentoring';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { CarryExportButton } from './CarryExportButton';
import { MenteesTable } from './MenteesTable';
import { mentoringQueries } from './mentoring-queries';
import { SessionLogModal } from './SessionLogModal';
import { useMentoringFormat } from './use-mentoring-format';
import { OverdueActions, SessionsThisWeek } from './WorkspaceLists';

/** `/workspace`: a mentor's home, the same whether their work is in the office DB or their own. */
export function WorkspacePage() {
  const { t } = useTranslation('mentoring');
  const workspace = useQuery(mentoringQueries.workspace());
  return (
    <QueryView query={workspace} errorTitle={t('workspace.loadFailed')}>
      {(data) => <WorkspaceView workspace={data} />}
    </QueryView>
  );
}

function WorkspaceView({ workspace }: { workspace: Workspace }) {
  const { t } = useTranslation(['mentoring', 'shell']);
  const format = useMentoringFormat();
  // The case the form opens on; 0 is "the top button", which lets the mentor pick.
  const [logging, setLogging] = useState<number | null>(null);
  const canCarry = workspace.mode !== 'office';
  const firstCase = workspace.mentees[0]?.caseId;
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('workspace.title')}
        description={t('workspace.description')}
        actions={
          firstCase !== undefined && (
            <Button onClick={() => setLogging(0)}>{t('workspace.logSession')}</Button>
          )
        }
      />
      {workspace.conflicts > 0 && (
        <Alert color="orange" variant="light" role="status">
          <Group justify="space-between" gap="sm">
            <Text size="sm">{t('workspace.conflicts', { count: workspace.conflicts })}</Text>
            <Anchor component={Link} to="/workspace/conflicts" size="sm" fw={500}>
              {t('workspace.resolveConflicts')}
            </Anchor>
          </Group>
        </Alert>
      )}
      {canCarry && (
        <Group justify="space-between" align="flex-start" gap="md">
          <Stack gap={2}>
            <Text size="sm" c="dimmed">
              {t('workspace.workMode', { mode: t(`codes.workModes.${workspace.mode}`) })}
            </Text>
            <Text size="sm" c="dimmed">
              {workspace.refreshedAt
                ? t('workspace.refreshedAt', { at: format.instant(workspace.refreshedAt) })
                : t('workspace.neverRefreshed')}
            </Text>
          </Stack>
          <CarryExportButton />
        </Group>
      )}
      <Stack gap="sm" component="section" aria-labelledby="my-mentees">
        <Title order={2} size="h3" id="my-mentees">
          {t('workspace.mentees')}
        </Title>
        <MenteesTable mentees={workspace.mentees} onLog={(mentee) => setLogging(mentee.caseId)} />
      </Stack>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <SessionsThisWeek sessions={workspace.sessionsThisWeek} />
        <OverdueActions actions={workspace.overdueActions} />
      </SimpleGrid>
      {logging !== null && firstCase !== undefined && (
        <SessionLogModal
          mode="new"
          caseId={logging === 0 ? firstCase : logging}
          mentees={logging === 0 ? workspace.mentees : undefined}
          openActions={workspace.overdueActions}
          onClose={() => setLogging(null)}
        />
      )}
    </Stack>
  );
}
