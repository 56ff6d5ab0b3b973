import { Button, Stack, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { CasePage } from '../../../../shared/domain/cases';
import { usePagedRows } from '../../components/data-table';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { BulkAssignBar } from '../mentors/bulk/BulkAssignBar';
import { useCaseSelection } from '../mentors/bulk/use-case-selection';
import { useMentorPermissions } from '../mentors/use-mentor-permissions';
import { isFiltered, paramsFromQuery, queryFromParams } from './case-list-params';
import { NEW_CASE_PATH } from './case-paths';
import { CaseListChips } from './CaseListChips';
import { CaseListFilters } from './CaseListFilters';
import { CaseListTable } from './CaseListTable';
import { casesQueries, type CaseListQuery } from './cases-queries';

const rowsOf = (page: CasePage) => page.rows;

/** Everyone the office serves: search, filters, and the list in pages from the core. */
export function CaseListPage() {
  const { t, i18n } = useTranslation('cases');
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => queryFromParams(params), [params]);
  const list = useInfiniteQuery(casesQueries.list(query));
  const { rows, paging } = usePagedRows(list, rowsOf);
  const total = list.data?.pages[0]?.total ?? 0;
  const { canCoordinate } = useMentorPermissions();
  const selection = useCaseSelection(params.toString());

  const change = useCallback(
    (patch: Partial<CaseListQuery>) =>
      // Replace, not push: Back leaves the list rather than undoing one filter at a time.
      setParams(paramsFromQuery({ ...query, ...patch }), { replace: true }),
    [query, setParams],
  );

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('list.title')}
        description={t('list.intro')}
        actions={
          <Button component={Link} to={NEW_CASE_PATH}>
            {t('list.register')}
          </Button>
        }
      />
      <CaseListFilters
        query={query}
        onChange={change}
        onClear={() => setParams(new URLSearchParams(), { replace: true })}
      />
      <CaseListChips query={query} onChange={change} />
      <QueryView
        query={list}
        errorTitle={t('list.loadFailed')}
        isEmpty={() => rows.length === 0}
        empty={
          <Text c="dimmed" role="status">
            {isFiltered(query) ? t('list.noResults') : t('list.empty')}
          </Text>
        }
      >
        {() => (
          <Stack gap="sm">
            <Text fw={500} role="status">
              {t('list.found', { total: new Intl.NumberFormat(i18n.language).format(total) })}
            </Text>
            {canCoordinate && <BulkAssignBar selection={selection} />}
            <CaseListTable
              rows={rows}
              total={total}
              paging={paging}
              selection={canCoordinate ? selection : undefined}
            />
          </Stack>
        )}
      </QueryView>
    </Stack>
  );
}
