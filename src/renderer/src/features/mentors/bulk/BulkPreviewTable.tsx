import { Badge, List, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulkPreview, BulkPreviewRow } from '../../../../../shared/domain/mentoring';
import { DataTable, dataColumnHelper } from '../../../components/data-table';

const column = dataColumnHelper<BulkPreviewRow>();

/** Who each case would get, what stops a row, and each mentor's load before and after. */
export function BulkPreviewTable({ preview }: { preview: BulkPreview }) {
  const { t } = useTranslation(['mentors', 'shell']);
  const columns = useMemo(() => {
    const none = t('shell:common.none');
    return [
      column.accessor('caseNumber', {
        header: () => t('bulk.case'),
        meta: { noWrap: true },
        cell: ({ getValue }) => (
          <Text ff="monospace" size="sm">
            {getValue()}
          </Text>
        ),
      }),
      column.accessor('beneficiaryName', {
        header: () => t('columns.name'),
        meta: { rowHeader: true },
      }),
      column.accessor('mentorName', {
        header: () => t('bulk.mentorColumn'),
        cell: ({ getValue }) => getValue() ?? none,
      }),
      column.accessor('score', {
        header: () => t('bulk.score'),
        meta: { align: 'right' },
        cell: ({ getValue }) => getValue() ?? none,
      }),
      column.accessor('problems', {
        header: () => t('bulk.problems'),
        cell: ({ getValue }) =>
          getValue().length === 0 ? (
            <Badge color="teal" variant="light">
              {t('bulk.noProblem')}
            </Badge>
          ) : (
            // Text, not badges: a badge cuts a long reason to "ไม่ได้รับความยินยอมให้…".
            <Stack gap={2}>
              {getValue().map((problem) => (
                <Text
                  key={problem}
                  size="sm"
                  c={problem === 'over_capacity' ? 'orange.9' : 'red.9'}
                >
                  {t(`bulk.problemCodes.${problem}`)}
                </Text>
              ))}
            </Stack>
          ),
      }),
    ];
  }, [t]);
  return (
    <Stack gap="md">
      <DataTable
        label={t('bulk.rowsLabel')}
        data={preview.rows}
        columns={columns}
        getRowId={(row) => String(row.caseId)}
        sortable={false}
        minWidth={720}
      />
      {preview.load.length > 0 && (
        <Stack gap={4} component="section" aria-label={t('bulk.loadLabel')}>
          <Title order={3} size="h5">
            {t('bulk.loadLabel')}
          </Title>
          <List size="sm">
            {preview.load.map((load) => (
              <List.Item key={load.mentorId}>
                <Text span size="sm" c={load.after > load.capacity ? 'red.9' : undefined}>
                  {t('bulk.loadRow', {
                    name: load.mentorName,
                    before: load.before,
                    after: load.after,
                    capacity: load.capacity,
                  })}
                </Text>
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
    </Stack>
  );
}
