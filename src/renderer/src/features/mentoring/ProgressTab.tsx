import { Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentInfo } from '../../../../shared/domain/cases';
import type { CaseProgress } from '../../../../shared/domain/mentoring';
import { roleHasPermission } from '../../../../shared/permissions';
import { useSignedInUser } from '../../app/session/session-context';
import { QueryView } from '../../components/QueryView';
import { BeforeAfterChart } from './BeforeAfterChart';
import { formatBaht } from './mentoring-format';
import { MentoringSection } from './MentoringSection';
import { mentoringQueries } from './mentoring-queries';
import { MilestoneModal } from './MilestoneModal';
import { MonthModal } from './MonthModal';
import { OpenActionsList } from './OpenActionsList';
import { MilestonesList, MonthsTable } from './OutcomesLists';
import { SessionsList } from './SessionsList';
import { useMentoringFormat } from './use-mentoring-format';

interface ProgressTabProps {
  caseId: number;
  /** The case's files, offered as evidence of a month's figures. */
  attachments: readonly AttachmentInfo[];
}

/** The case page's "progress" tab: before and after, milestones, sessions (`progress.get`). */
export function ProgressTab({ caseId, attachments }: ProgressTabProps) {
  const { t } = useTranslation('mentoring');
  const progress = useQuery(mentoringQueries.progress(caseId));
  return (
    <QueryView query={progress} errorTitle={t('progress.loadFailed')}>
      {(data) => <ProgressView progress={data} attachments={attachments} />}
    </QueryView>
  );
}

function ProgressView({
  progress,
  attachments,
}: {
  progress: CaseProgress;
  attachments: readonly AttachmentInfo[];
}) {
  const { t } = useTranslation(['mentoring', 'shell']);
  const format = useMentoringFormat();
  const { role } = useSignedInUser();
  const canWrite = roleHasPermission(role, 'cases.write');
  const topics = useQuery(mentoringQueries.officeSkills()).data ?? [];
  const [dialog, setDialog] = useState<'milestone' | 'month' | null>(null);
  const close = () => setDialog(null);
  return (
    <Stack gap="lg">
      <MentoringSection
        title={t('progress.chartTitle')}
        actions={
          canWrite && (
            <Group gap="xs">
              <Button size="xs" variant="light" onClick={() => setDialog('milestone')}>
                {t('milestone.record')}
              </Button>
              <Button size="xs" variant="light" onClick={() => setDialog('month')}>
                {t('month.record')}
              </Button>
            </Group>
          )
        }
      >
        <Text size="sm">
          {t('progress.baselineLine', {
            date: format.date(progress.baseline.intakeDate),
            amount: formatBaht(progress.baseline.monthlyIncomeSatang),
          })}
        </Text>
        {progress.months.length === 0 ? (
          <Text c="dimmed">{t('progress.noMonths')}</Text>
        ) : (
          <>
            <BeforeAfterChart progress={progress} />
            <MonthsTable months={progress.months} />
          </>
        )}
      </MentoringSection>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <MentoringSection title={t('progress.milestones')}>
          <MilestonesList milestones={progress.milestones} />
        </MentoringSection>
        <MentoringSection title={t('progress.openActions')}>
          <OpenActionsList
            caseId={progress.caseId}
            actions={progress.openActions}
            canTick={false}
          />
        </MentoringSection>
      </SimpleGrid>
      <MentoringSection title={t('progress.sessions')}>
        <SessionsList
          caseId={progress.caseId}
          sessions={progress.sessions}
          topics={topics}
          openActions={progress.openActions}
          editable={false}
        />
      </MentoringSection>
      {dialog === 'milestone' && (
        <MilestoneModal
          side="office"
          caseId={progress.caseId}
          recorded={progress.milestones}
          onClose={close}
        />
      )}
      {dialog === 'month' && (
        <MonthModal
          side="office"
          caseId={progress.caseId}
          recorded={progress.months}
          attachments={attachments}
          onClose={close}
        />
      )}
    </Stack>
  );
}
