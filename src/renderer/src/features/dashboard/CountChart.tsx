import { Anchor, Box, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { Measure } from './dashboard-links';
import { fitAxisLabel, formatCount } from './dashboard-format';

/** One bar group: its label, a count per measure and where each count leads. */
export interface CountRow {
  key: string;
  label: string;
  /** A shorter name for the chart's axis (a department's initials); the table shows `label`. */
  axisLabel?: string;
  counts: Partial<Record<Measure, number>>;
  /** The case list behind each count; a row without one (the "other" sum) is not a link. */
  links: Partial<Record<Measure, string>>;
}

const COLOURS: Record<Measure, string> = {
  intake: 'var(--mantine-color-indigo-6)',
  // teal-8 and gray-7: 3:1 against white for a graphic (WCAG 1.4.11), as in BeforeAfterChart.
  open: 'var(--mantine-color-teal-8)',
  all: 'var(--mantine-color-gray-7)',
};
const ROW_HEIGHT = 34;
const FALLBACK_WIDTH = 560;

/**
 * A horizontal bar chart of counts with its numbers as a table beneath: the table is what a
 * screen reader and the keyboard use, and each of its numbers is a link to the cases behind it,
 * as each bar is for the mouse.
 */
export function CountChart({
  id,
  title,
  note,
  rows,
  measures,
}: {
  id: string;
  title: string;
  note?: string;
  rows: CountRow[];
  measures: Measure[];
}) {
  const { t, i18n } = useTranslation('dashboard');
  const navigate = useNavigate();
  const headingId = useId();
  const { ref, width } = useElementSize();
  const data = rows.map((row) => ({
    ...row,
    ...row.counts,
    tick: fitAxisLabel(row.axisLabel ?? row.label),
  }));
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby={headingId}
      data-testid={`dashboard-section-${id}`}
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId}>
          {title}
        </Title>
        {note && (
          <Text size="sm" c="dimmed">
            {note}
          </Text>
        )}
        <Box ref={ref} role="img" aria-label={t('chart.label', { title })} w="100%">
          <BarChart
            width={width > 0 ? width : FALLBACK_WIDTH}
            height={rows.length * ROW_HEIGHT * Math.max(1, measures.length * 0.6) + 60}
            data={data}
            layout="vertical"
            margin={{ top: 4, right: 16, bottom: 4, left: 8 }}
          >
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
            <YAxis type="category" dataKey="tick" width={170} tick={{ fontSize: 12 }} />
            <Tooltip
              formatter={(value) => formatCount(Number(value), i18n.language)}
              labelFormatter={(tick, payload) =>
                (payload[0]?.payload as CountRow | undefined)?.label ?? String(tick)
              }
            />
            <Legend
              itemSorter={null}
              formatter={(value: string) => (
                <span style={{ color: 'var(--mantine-color-text)' }}>{value}</span>
              )}
            />
            {measures.map((measure) => (
              <Bar
                key={measure}
                dataKey={measure}
                name={t(`measures.${measure}`)}
                fill={COLOURS[measure]}
                isAnimationActive={false}
                cursor="pointer"
                onClick={(entry: { payload?: CountRow }) => {
                  const href = entry.payload?.links[measure];
                  if (href) void navigate(href);
                }}
              />
            ))}
          </BarChart>
        </Box>
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('table.item')}</Table.Th>
              {measures.map((measure) => (
                <Table.Th key={measure} scope="col" ta="right">
                  {t(`measures.${measure}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.key}>
                <Table.Th scope="row" fw={400}>
                  {row.label}
                </Table.Th>
                {measures.map((measure) => (
                  <Table.Td key={measure} ta="right">
                    <CountLink
                      count={row.counts[measure] ?? 0}
                      href={row.links[measure]}
                      label={t('openCases', {
                        label: row.label,
                        measure: t(`measures.${measure}`),
                        count: row.counts[measure] ?? 0,
                      })}
                    />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}

/** A count that opens the cases behind it (plain text when nothing is behind it to list). */
export function CountLink({
  count,
  href,
  label,
}: {
  count: number;
  href: string | undefined;
  label: string;
}) {
  const { i18n } = useTranslation();
  const text = formatCount(count, i18n.language);
  if (!href || count === 0) return <>{text}</>;
  return (
    <Anchor component={Link} to={href} aria-label={label}>
      {text}
    </Anchor>
  );
}
