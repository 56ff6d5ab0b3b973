import { Box, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { CohortOutcome, Dashboard } from '../../../../shared/domain/dashboard';
import { formatBaht, SATANG_PER_BAHT } from '../mentoring/mentoring-format';
import { CountLink } from './CountChart';
import { casesLink } from './dashboard-links';

const HEIGHT = 280;
const FALLBACK_WIDTH = 640;

function cohortLinks(cohort: CohortOutcome) {
  const intake = { intakeFrom: cohort.first, intakeTo: cohort.last };
  return {
    cases: casesLink(intake),
    shopOpened: casesLink({ ...intake, milestone: 'shop_opened' }),
    firstOrder: casesLink({ ...intake, milestone: 'first_order' }),
    withIncome: casesLink({ ...intake, withIncome: true }),
  };
}

/**
 * The outcomes of the year's intake, for the whole year and by quarter of intake: milestones
 * reached and the median monthly income of the same people before (at intake) and after (their
 * latest recorded month). Each figure leads to the cases behind it.
 */
export function CohortOutcomes({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation('dashboard');
  const navigate = useNavigate();
  const headingId = useId();
  const { ref, width } = useElementSize();
  const baht = (satang: number | null) => (satang === null ? t('table.none') : formatBaht(satang));
  const chartRows = dashboard.cohorts.map((cohort) => ({
    label: t(`cohorts.${cohort.cohort}`),
    before:
      cohort.medianIncomeBeforeSatang === null
        ? null
        : cohort.medianIncomeBeforeSatang / SATANG_PER_BAHT,
    after:
      cohort.medianIncomeAfterSatang === null
        ? null
        : cohort.medianIncomeAfterSatang / SATANG_PER_BAHT,
    href: cohortLinks(cohort).withIncome,
  }));
  const go = (entry: { payload?: unknown }) => {
    const href = (entry.payload as { href?: string } | undefined)?.href;
    if (href) void navigate(href);
  };
  const bahtTick = (value: unknown) =>
    typeof value === 'number' ? formatBaht(Math.round(value * SATANG_PER_BAHT)) : '';
  const columns = ['cases', 'shopOpened', 'firstOrder', 'withIncome'] as const;
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby={headingId}
      data-testid="dashboard-section-outcomes"
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId}>
          {t('sections.outcomes')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('sections.outcomesNote')}
        </Text>
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('table.cohort')}</Table.Th>
              {columns.map((column) => (
                <Table.Th key={column} scope="col" ta="right">
                  {t(`table.${column}`)}
                </Table.Th>
              ))}
              <Table.Th scope="col" ta="right">
                {t('table.before')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('table.after')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {dashboard.cohorts.map((cohort) => {
              const links = cohortLinks(cohort);
              const label = t(`cohorts.${cohort.cohort}`);
              return (
                <Table.Tr key={cohort.cohort}>
                  <Table.Th scope="row" fw={cohort.cohort === 'year' ? 600 : 400}>
                    {label}
                  </Table.Th>
                  {columns.map((column) => (
                    <Table.Td key={column} ta="right">
                      <CountLink
                        count={cohort[column]}
                        href={links[column]}
                        label={t('openCases', {
                          label,
                          measure: t(`table.${column}`),
                          count: cohort[column],
                        })}
                      />
                    </Table.Td>
                  ))}
                  <Table.Td ta="right">{baht(cohort.medianIncomeBeforeSatang)}</Table.Td>
                  <Table.Td ta="right">{baht(cohort.medianIncomeAfterSatang)}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        <Title order={3} size="h5">
          {t('sections.income')}
        </Title>
        <Box
          ref={ref}
          role="img"
          aria-label={t('chart.label', { title: t('sections.income') })}
          w="100%"
        >
          <BarChart
            width={width > 0 ? width : FALLBACK_WIDTH}
            height={HEIGHT}
            data={chartRows}
            margin={{ top: 8, right: 16, bottom: 8, left: 16 }}
          >
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} />
            <YAxis tickFormatter={bahtTick} tick={{ fontSize: 12 }} width={80} />
            <Tooltip formatter={(value) => bahtTick(value)} />
            <Legend
              itemSorter={null}
              formatter={(value: string) => (
                <span style={{ color: 'var(--mantine-color-text)' }}>{value}</span>
              )}
            />
            <Bar
              dataKey="before"
              name={t('chart.before')}
              fill="var(--mantine-color-gray-7)"
              isAnimationActive={false}
              cursor="pointer"
              onClick={go}
            />
            <Bar
              dataKey="after"
              name={t('chart.after')}
              fill="var(--mantine-color-teal-8)"
              isAnimationActive={false}
              cursor="pointer"
              onClick={go}
            />
          </BarChart>
        </Box>
      </Stack>
    </Paper>
  );
}
