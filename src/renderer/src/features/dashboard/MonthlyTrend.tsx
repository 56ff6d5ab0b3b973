import { Box, Paper, Stack, Table, Title } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { fiscalMonthsFrom, type Dashboard } from '../../../../shared/domain/dashboard';
import { useLanguage } from '../../app/providers/language-context';
import { formatMonth } from '../mentoring/mentoring-format';
import { CountLink } from './CountChart';
import { casesLink } from './dashboard-links';

const HEIGHT = 300;
const FALLBACK_WIDTH = 640;

/**
 * The year month by month, October first: intakes as bars (left axis) and sessions as a line
 * (right axis: an office holds many more sessions than intakes). Each month leads to the cases
 * taken in, or advised, that month.
 */
export function MonthlyTrend({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation('dashboard');
  const { language } = useLanguage();
  const navigate = useNavigate();
  const headingId = useId();
  const { ref, width } = useElementSize();
  const ranges = new Map(fiscalMonthsFrom(dashboard.first).map((m) => [m.month, m]));
  const rows = dashboard.months.map((row) => {
    const range = ranges.get(row.month)!;
    return {
      ...row,
      label: formatMonth(row.month, language, 'short'),
      longLabel: formatMonth(row.month, language, 'long'),
      intakeHref: casesLink({ intakeFrom: range.first, intakeTo: range.last }),
      sessionsHref: casesLink({ sessionFrom: range.first, sessionTo: range.last }),
    };
  });
  const go = (key: 'intakeHref' | 'sessionsHref') => (entry: { payload?: unknown }) => {
    const href = (entry.payload as Record<string, string> | undefined)?.[key];
    if (href) void navigate(href);
  };
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby={headingId}
      data-testid="dashboard-section-months"
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId}>
          {t('sections.months')}
        </Title>
        <Box ref={ref} role="img" aria-label={t('chart.label', { title: t('sections.months') })}>
          <ComposedChart
            width={width > 0 ? width : FALLBACK_WIDTH}
            height={HEIGHT}
            data={rows}
            margin={{ top: 8, right: 8, bottom: 8, left: 8 }}
          >
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} />
            <YAxis yAxisId="intake" allowDecimals={false} tick={{ fontSize: 12 }} />
            <YAxis
              yAxisId="sessions"
              orientation="right"
              allowDecimals={false}
              tick={{ fontSize: 12 }}
            />
            <Tooltip />
            <Legend
              itemSorter={null}
              formatter={(value: string) => (
                <span style={{ color: 'var(--mantine-color-text)' }}>{value}</span>
              )}
            />
            <Bar
              yAxisId="intake"
              dataKey="intake"
              name={t('measures.intake')}
              fill="var(--mantine-color-indigo-6)"
              isAnimationActive={false}
              cursor="pointer"
              onClick={go('intakeHref')}
            />
            <Line
              yAxisId="sessions"
              dataKey="sessions"
              name={t('measures.sessions')}
              stroke="var(--mantine-color-orange-9)"
              strokeWidth={2}
              isAnimationActive={false}
              activeDot={{ onClick: go('sessionsHref'), cursor: 'pointer' } as object}
            />
          </ComposedChart>
        </Box>
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('table.month')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('measures.intake')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('measures.sessions')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.month}>
                <Table.Th scope="row" fw={400}>
                  {row.longLabel}
                </Table.Th>
                <Table.Td ta="right">
                  <CountLink
                    count={row.intake}
                    href={row.intakeHref}
                    label={t('openCases', {
                      label: row.longLabel,
                      measure: t('measures.intake'),
                      count: row.intake,
                    })}
                  />
                </Table.Td>
                <Table.Td ta="right">
                  <CountLink
                    count={row.sessions}
                    href={row.sessionsHref}
                    label={t('openCases', {
                      label: row.longLabel,
                      measure: t('measures.sessions'),
                      count: row.sessions,
                    })}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}
