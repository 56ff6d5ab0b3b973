import { Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Dashboard } from '../../../../shared/domain/dashboard';
import { useLanguage } from '../../app/providers/language-context';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { formatDate } from '../../i18n/format';
import { CohortOutcomes } from './CohortOutcomes';
import { CountChart } from './CountChart';
import { dashboardQueries } from './dashboard-queries';
import { breakdownRows } from './dashboard-rows';
import { MonthlyTrend } from './MonthlyTrend';
import { StatCards } from './StatCards';

/**
 * The programme dashboard (supervisor and admin): one fiscal year's figures. The year is in the
 * address (`/dashboard?year=2569`), so Back from the cases behind a figure returns to that year.
 */
export function DashboardPage() {
  const { t } = useTranslation('dashboard');
  const [params, setParams] = useSearchParams();
  const years = useQuery(dashboardQueries.years());
  const asked = Number(params.get('year'));
  const fiscalYear =
    years.data && years.data.years.includes(asked) ? asked : (years.data?.current ?? null);
  const figures = useQuery({
    ...dashboardQueries.year(fiscalYear ?? 0),
    enabled: fiscalYear !== null,
  });

  return (
    <Stack gap="lg" data-testid="dashboard-page">
      <PageHeader
        title={t('title')}
        description={t('intro')}
        actions={
          <Select
            label={t('fiscalYear')}
            data-testid="dashboard-year"
            data={(years.data?.years ?? []).map((year) => ({
              value: String(year),
              label: t('fiscalYearOption', { year }),
            }))}
            value={fiscalYear === null ? null : String(fiscalYear)}
            onChange={(value) => {
              if (value) setParams({ year: value }, { replace: true });
            }}
            allowDeselect={false}
            w={220}
          />
        }
      />
      <QueryView query={years} errorTitle={t('yearsFailed')}>
        {() => (
          <QueryView query={figures} errorTitle={t('loadFailed')}>
            {(dashboard) => <DashboardFigures dashboard={dashboard} />}
          </QueryView>
        )}
      </QueryView>
    </Stack>
  );
}

function DashboardFigures({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation(['dashboard', 'cases']);
  const { language } = useLanguage();
  const rows = breakdownRows(dashboard, t, language);
  const day = (iso: string) => formatDate(iso, language, 'long');
  return (
    <Stack gap="lg">
      <Text c="dimmed" data-testid="dashboard-span">
        {t('yearSpan', {
          first: day(dashboard.first),
          last: day(dashboard.last),
          asOf: day(dashboard.asOf),
        })}
      </Text>
      <StatCards dashboard={dashboard} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <CountChart
          id="target-groups"
          title={t('sections.targetGroups')}
          note={t('sections.targetGroupsNote')}
          rows={rows.targetGroups}
          measures={['intake', 'open']}
        />
        <CountChart
          id="departments"
          title={t('sections.departments')}
          rows={rows.departments}
          measures={['intake', 'open']}
        />
        <CountChart
          id="projects"
          title={t('sections.projects')}
          rows={rows.projects}
          measures={['intake', 'open']}
        />
        <CountChart
          id="statuses"
          title={t('sections.statuses')}
          note={t('sections.statusesNote')}
          rows={rows.statuses}
          measures={['intake', 'all']}
        />
        <CountChart
          id="provinces"
          title={t('sections.provinces')}
          rows={rows.provinces}
          measures={['intake', 'open']}
        />
        <CountChart
          id="mentors"
          title={t('sections.mentors')}
          rows={rows.mentors}
          measures={['intake', 'open']}
        />
      </SimpleGrid>
      <MonthlyTrend dashboard={dashboard} />
      <CohortOutcomes dashboard={dashboard} />
    </Stack>
  );
}
