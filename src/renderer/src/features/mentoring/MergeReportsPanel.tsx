import { Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryView } from '../../components/QueryView';
import { mentoringQueries } from './mentoring-queries';
import { MergeReportView } from './MergeReportView';
import { useMentoringFormat } from './use-mentoring-format';

/** What the latest merges from compartments and carried files brought in (`sync.reports`). */
export function MergeReportsPanel({ mentorId }: { mentorId?: number } = {}) {
  const { t } = useTranslation('mentoring');
  const format = useMentoringFormat();
  const reports = useQuery(mentoringQueries.mergeReports());
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="merge-reports">
      <Stack gap="sm">
        <Title order={2} size="h4" id="merge-reports">
          {t('reports.title')}
        </Title>
        <QueryView query={reports} errorTitle={t('reports.loadFailed')}>
          {(list) => {
            const shown =
              mentorId === undefined ? list : list.filter((each) => each.mentorId === mentorId);
            if (shown.length === 0) return <Text c="dimmed">{t('reports.empty')}</Text>;
            return (
              <Stack gap="md">
                {shown.map((report) => (
                  <Stack key={report.mergeId} gap={4}>
                    <Text fw={500} size="sm">
                      {t('reports.heading', {
                        mentor: report.mentorName,
                        source: t(`codes.mergeSources.${report.source}`),
                        at: format.instant(report.mergedAt),
                      })}
                    </Text>
                    <MergeReportView report={report} />
                  </Stack>
                ))}
              </Stack>
            );
          }}
        </QueryView>
      </Stack>
    </Paper>
  );
}
