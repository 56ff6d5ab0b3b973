import { List, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Milestone, MonthlyFigure } from '../../../../shared/domain/mentoring';
import { formatBaht } from './mentoring-format';
import { useMentoringFormat } from './use-mentoring-format';

export function MilestonesList({ milestones }: { milestones: readonly Milestone[] }) {
  const { t } = useTranslation('mentoring');
  const format = useMentoringFormat();
  if (milestones.length === 0) return <Text c="dimmed">{t('mentee.noMilestones')}</Text>;
  return (
    <List spacing="xs">
      {milestones.map((milestone) => (
        <List.Item key={milestone.milestoneId}>
          <Text size="sm" fw={500} span>
            {t('milestone.line', {
              kind: t(`codes.milestones.${milestone.kind}`),
              date: format.date(milestone.occurredOn),
            })}
          </Text>
          {milestone.kind === 'shop_opened' && (
            <Text size="sm">
              {/* Plain text: main opens only allow-listed sites, and a mentor's link is not one. */}
              {t('milestone.shopLine', { name: milestone.shopName, ref: milestone.shopRef })}
            </Text>
          )}
          {milestone.productsCount !== null && (
            <Text size="sm">{t('milestone.productsLine', { count: milestone.productsCount })}</Text>
          )}
          {milestone.note && (
            <Text size="sm" c="dimmed">
              {milestone.note}
            </Text>
          )}
        </List.Item>
      ))}
    </List>
  );
}

/** The monthly figures as a table (also the chart's text alternative). */
export function MonthsTable({ months }: { months: readonly MonthlyFigure[] }) {
  const { t } = useTranslation('mentoring');
  const format = useMentoringFormat();
  if (months.length === 0) return <Text c="dimmed">{t('mentee.noMonths')}</Text>;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('month.month')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('progress.orders')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('month.sales')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('month.income')}
            </Table.Th>
            <Table.Th scope="col">{t('progress.source')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {months.map((figure) => (
            <Table.Tr key={figure.figureId}>
              <Table.Th scope="row" fw={400}>
                {format.month(figure.month)}
              </Table.Th>
              <Table.Td ta="right">{figure.orders.toLocaleString('th-TH')}</Table.Td>
              <Table.Td ta="right">{formatBaht(figure.salesSatang)}</Table.Td>
              <Table.Td ta="right">{formatBaht(figure.incomeSatang)}</Table.Td>
              <Table.Td>{t(`codes.sources.${figure.source}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
