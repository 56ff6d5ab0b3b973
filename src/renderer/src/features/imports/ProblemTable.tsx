import { Badge, Group, Pagination, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportRow, RowKind } from '../../../../shared/domain/imports';
import { QueryView } from '../../components/QueryView';
import { importsQueries, REPORT_PAGE_SIZE } from './imports-queries';

export const KIND_COLOURS: Readonly<Record<RowKind, string>> = {
  ok: 'teal',
  warning: 'yellow',
  error: 'red',
  duplicate: 'grape',
};

type Filter = 'problems' | RowKind;

/** The dry run's rows with problems (or of one kind), paged from main, with Thai messages. */
export function ProblemTable({ importId }: { importId: string }) {
  const { t } = useTranslation('imports');
  const [filter, setFilter] = useState<Filter>('problems');
  const [page, setPage] = useState(0);
  const kind = filter === 'problems' ? null : filter;
  const report = useQuery(importsQueries.report(importId, kind, page));
  const message = (row: ReportRow) =>
    row.problems
      .map((problem) =>
        problem.field
          ? t('report.fieldProblem', {
              field: t(`fields.${problem.field}`),
              problem: t(`problems.${problem.code}`),
            })
          : t(`problems.${problem.code}`),
      )
      .join(' · ');
  return (
    <Stack gap="sm">
      <SegmentedControl
        value={filter}
        onChange={(value) => {
          setFilter(value as Filter);
          setPage(0);
        }}
        data={(['problems', 'error', 'duplicate', 'warning', 'ok'] as const).map((value) => ({
          value,
          label: t(`report.filters.${value}`),
        }))}
        aria-label={t('report.filterLabel')}
        data-testid="import-filter"
      />
      <QueryView query={report} errorTitle={t('report.failed')}>
        {(data) =>
          data.total === 0 ? (
            <Text c="dimmed">{t('report.noRows')}</Text>
          ) : (
            <Stack gap="xs">
              <Table striped aria-label={t('report.tableLabel')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('report.row')}</Table.Th>
                    <Table.Th>{t('report.kind')}</Table.Th>
                    <Table.Th>{t('report.person')}</Table.Th>
                    <Table.Th>{t('report.problems')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.rows.map((row) => (
                    <Table.Tr key={row.rowNumber} data-testid="import-problem-row">
                      <Table.Td>{row.rowNumber}</Table.Td>
                      <Table.Td>
                        <Badge color={KIND_COLOURS[row.kind]} variant="light">
                          {t(`kinds.${row.kind}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{row.label}</Table.Td>
                      <Table.Td>
                        <Text size="sm">
                          {message(row)}
                          {row.duplicateOf && 'rowNumber' in row.duplicateOf
                            ? ` (${t('report.sameAsRow', { row: row.duplicateOf.rowNumber })})`
                            : ''}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              {data.total > REPORT_PAGE_SIZE && (
                <Group justify="center">
                  <Pagination
                    total={Math.ceil(data.total / REPORT_PAGE_SIZE)}
                    value={page + 1}
                    onChange={(value) => setPage(value - 1)}
                  />
                </Group>
              )}
            </Stack>
          )
        }
      </QueryView>
    </Stack>
  );
}
