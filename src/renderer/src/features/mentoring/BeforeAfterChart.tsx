import { Box } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { CaseProgress } from '../../../../shared/domain/mentoring';
import { useLanguage } from '../../app/providers/language-context';
import { formatBaht, formatMonth, SATANG_PER_BAHT } from './mentoring-format';

const HEIGHT = 300;
/** Until the box is measured (and in jsdom, which measures nothing). */
const FALLBACK_WIDTH = 640;

interface ChartRow {
  label: string;
  income: number;
  sales: number | null;
}

/**
 * Before and after: the monthly income recorded at intake as the first bar, then each month's
 * income and sales. Amounts are drawn in baht; the table beside it is the text alternative.
 */
export function BeforeAfterChart({ progress }: { progress: CaseProgress }) {
  const { t } = useTranslation('mentoring');
  const { language } = useLanguage();
  const { ref, width } = useElementSize();
  const rows: ChartRow[] = [
    {
      label: t('progress.baselineBar'),
      income: progress.baseline.monthlyIncomeSatang / SATANG_PER_BAHT,
      sales: null,
    },
    ...progress.months.map((figure) => ({
      label: formatMonth(figure.month, language, 'short'),
      income: figure.incomeSatang / SATANG_PER_BAHT,
      sales: figure.salesSatang / SATANG_PER_BAHT,
    })),
  ];
  const baht = (value: unknown) =>
    typeof value === 'number' ? formatBaht(Math.round(value * SATANG_PER_BAHT)) : '';
  return (
    <Box ref={ref} role="img" aria-label={t('progress.chartLabel')} w="100%">
      <BarChart
        width={width > 0 ? width : FALLBACK_WIDTH}
        height={HEIGHT}
        data={rows}
        margin={{ top: 8, right: 16, bottom: 8, left: 16 }}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} />
        <YAxis
          tickFormatter={baht}
          tick={{ fontSize: 12 }}
          width={80}
          label={{
            value: t('progress.axisBaht'),
            position: 'insideTopLeft',
            offset: -4,
            fontSize: 12,
            fill: 'var(--mantine-color-text)',
          }}
        />
        <Tooltip formatter={(value) => t('progress.amount', { amount: baht(value) })} />
        {/* In the bars' order (recharts sorts by name otherwise: sales before income in Thai), and
            in the text colour: a legend written in the bars' own colours is too pale to read. */}
        <Legend
          itemSorter={null}
          formatter={(value: string) => (
            <span style={{ color: 'var(--mantine-color-text)' }}>{value}</span>
          )}
        />
        <Bar
          dataKey="income"
          name={t('progress.income')}
          fill="var(--mantine-color-indigo-6)"
          isAnimationActive={false}
        />
        <Bar
          dataKey="sales"
          name={t('progress.sales')}
          // teal-8: 3:1 against white for a graphic (teal-5 was 2:1, WCAG 1.4.11).
          fill="var(--mantine-color-teal-8)"
          isAnimationActive={false}
        />
      </BarChart>
    </Box>
  );
}
