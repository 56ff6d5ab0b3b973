import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseListRow } from '../../../../../shared/domain/cases';
import { DataTable, dataColumnHelper } from '../../../components/data-table';
import { QueryView } from '../../../components/QueryView';
import { CaseStatusBadge } from '../../cases/CaseStatusBadge';
import { casePath } from '../../cases/case-paths';
import { mentorsQueries } from '../mentors-queries';

const column = dataColumnHelper<CaseListRow>();
const BY_NAME = [{ id: 'displayName', desc: false }];

/** The mentor's current mentees, as rows of the case list. */
export function MenteeList({ userId }: { userId: number }) {
  const { t } = useTranslation(['mentors', 'cases', 'shell']);
  const mentees = useQuery(mentorsQueries.mentees(userId));
  const columns = useMemo(
    () => [
      column.accessor('caseNumber', {
        header: () => t('cases:columns.caseNumber'),
        meta: { noWrap: true },
        cell: ({ getValue }) => <Text ff="monospace">{getValue()}</Text>,
      }),
      column.accessor('displayName', {
        header: () => t('cases:columns.name'),
        sortFn: 'thaiText',
        meta: { rowHeader: true },
        cell: ({ row, getValue }) => (
          <Anchor component={Link} to={casePath(row.original.caseId)}>
            {getValue()}
          </Anchor>
        ),
      }),
      column.accessor('status', {
        header: () => t('cases:columns.status'),
        enableSorting: false,
        cell: ({ getValue }) => <CaseStatusBadge status={getValue()} />,
      }),
      column.accessor('provinceName', {
        header: () => t('cases:columns.province'),
        sortFn: 'thaiText',
        cell: ({ getValue }) => getValue() ?? t('shell:common.none'),
      }),
    ],
    [t],
  );
  return (
    <Stack gap="sm" component="section" aria-label={t('profile.mentees')}>
      <Title order={2} size="h4">
        {t('profile.mentees')}
      </Title>
      <QueryView
        query={mentees}
        errorTitle={t('profile.menteesLoadFailed')}
        isEmpty={(rows) => rows.length === 0}
        empty={<Text c="dimmed">{t('profile.menteesEmpty')}</Text>}
      >
        {(rows) => (
          <DataTable
            label={t('profile.mentees')}
            data={rows}
            columns={columns}
            getRowId={(row) => String(row.caseId)}
            initialSorting={BY_NAME}
            minWidth={640}
          />
        )}
      </QueryView>
    </Stack>
  );
}
