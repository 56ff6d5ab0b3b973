import { Anchor, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { MenteeCase } from '../../../../shared/domain/mentoring';
import { NotFoundPage } from '../../app/errors/NotFoundPage';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { MenteeDetails } from './MenteeDetails';
import { MentoringSection } from './MentoringSection';
import { mentoringQueries } from './mentoring-queries';
import { MilestoneModal } from './MilestoneModal';
import { MonthModal } from './MonthModal';
import { OpenActionsList } from './OpenActionsList';
import { MilestonesList, MonthsTable } from './OutcomesLists';
import { SessionLogModal } from './SessionLogModal';
import { SessionsList } from './SessionsList';

/** `/workspace/cases/:caseId`: one mentee as their mentor sees them (an audited read). */
export function MenteePage() {
  const { caseId } = useParams();
  const id = /^\d{1,9}$/.test(caseId ?? '') ? Number(caseId) : 0;
  if (id <= 0) return <NotFoundPage />;
  return <MenteeLoader key={id} caseId={id} />;
}

function MenteeLoader({ caseId }: { caseId: number }) {
  const { t } = useTranslation('mentoring');
  const mentee = useQuery(mentoringQueries.menteeCase(caseId));
  return (
    <QueryView query={mentee} errorTitle={t('mentee.loadFailed')}>
      {(data) => <MenteeView mentee={data} />}
    </QueryView>
  );
}

type Dialog = 'session' | 'milestone' | 'month' | null;

function MenteeView({ mentee }: { mentee: MenteeCase }) {
  const { t } = useTranslation(['mentoring', 'shell']);
  const topics = useQuery(mentoringQueries.topics()).data ?? [];
  const [dialog, setDialog] = useState<Dialog>(null);
  const { summary } = mentee;
  const close = () => setDialog(null);
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/workspace" size="sm">
        {t('mentee.back')}
      </Anchor>
      <PageHeader
        title={summary.displayName}
        description={
          <Text span>
            {[summary.nickname, summary.caseNumber, summary.districtName, summary.provinceName]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        }
        actions={<Button onClick={() => setDialog('session')}>{t('workspace.logSession')}</Button>}
      />
      <MenteeDetails mentee={mentee} topics={topics} />
      {/* Full width: the months table has five columns and was cut off in half a page. */}
      <MentoringSection
        title={t('mentee.outcomes')}
        actions={
          <Group gap="xs">
            <Button size="xs" variant="light" onClick={() => setDialog('milestone')}>
              {t('milestone.record')}
            </Button>
            <Button size="xs" variant="light" onClick={() => setDialog('month')}>
              {t('month.record')}
            </Button>
          </Group>
        }
      >
        <MilestonesList milestones={mentee.milestones} />
        <MonthsTable months={mentee.months} />
      </MentoringSection>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <MentoringSection title={t('mentee.sessions')}>
          <SessionsList
            caseId={summary.caseId}
            sessions={mentee.sessions}
            topics={topics}
            openActions={mentee.openActions}
            editable
          />
        </MentoringSection>
        <MentoringSection title={t('mentee.openActions')}>
          <OpenActionsList caseId={summary.caseId} actions={mentee.openActions} canTick />
        </MentoringSection>
      </SimpleGrid>
      {dialog === 'session' && (
        <SessionLogModal
          mode="new"
          caseId={summary.caseId}
          openActions={mentee.openActions}
          onClose={close}
        />
      )}
      {dialog === 'milestone' && (
        <MilestoneModal
          side="mentor"
          caseId={summary.caseId}
          recorded={mentee.milestones}
          onClose={close}
        />
      )}
      {dialog === 'month' && (
        <MonthModal
          side="mentor"
          caseId={summary.caseId}
          recorded={mentee.months}
          onClose={close}
        />
      )}
    </Stack>
  );
}
