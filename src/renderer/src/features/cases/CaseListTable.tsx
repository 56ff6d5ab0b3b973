import { Anchor, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { CaseListRow } from '../../../../shared/domain/cases';
import type { Language } from '../../../../shared/domain/preferences';
import { useLanguage } from '../../app/providers/language-context';
import {
  DataTable,
  dataColumnHelper,
  type PagingLabels,
  type PagingState,
} from '../../components/data-table';
import { formatDate } from '../../i18n/format';
import { selectionColumn } from '../mentors/bulk/selection-column';
import type { CaseSelection } from '../mentors/bulk/use-case-selection';
import { CaseStatusBadge } from './CaseStatusBadge';
import { casePath } from './case-paths';

const column = dataColumnHelper<CaseListRow>();
type CasesT = TFunction<['cases', 'shell']>;

function caseColumns(t: CasesT, language: Language) {
  const none = t('shell:common.none');
  return [
    column.accessor('caseNumber', {
      header: () => t('columns.caseNumber'),
      meta: { noWrap: true },
      cell: ({ getValue }) => <Text ff="monospace">{getValue()}</Text>,
    }),
    column.accessor('displayName', {
      header: () => t('columns.name'),
      // Whole names: the browser's Thai word breaking split surnames ("ทอง / ดี") in a narrow column.
      meta: { rowHeader: true, noWrap: true },
      cell: ({ row }) => (
        <>
          <Anchor component={Link} to={casePath(row.original.caseId)} fw={500}>
            {row.original.displayName}
          </Anchor>
          {row.original.nickname && (
            <Text size="sm" c="dimmed">
              {t('file.nickname', { nickname: row.original.nickname })}
            </Text>
          )}
        </>
      ),
    }),
    column.accessor('targetGroups', {
      header: () => t('columns.groups'),
      cell: ({ getValue }) =>
        getValue()
          .map((group) => t(`codes.targetGroups.${group}`))
          .join(', '),
    }),
    column.accessor('status', {
      header: () => t('columns.status'),
      // The badge is cut to "รับเรื…" when the column shrinks.
      meta: { noWrap: true },
      cell: ({ getValue }) => <CaseStatusBadge status={getValue()} />,
    }),
    column.accessor('department', {
      header: () => t('columns.department'),
      cell: ({ getValue }) => t(`codes.departmentsShort.${getValue()}`),
    }),
    column.accessor('provinceName', {
      header: () => t('columns.province'),
      cell: ({ getValue }) => getValue() ?? none,
    }),
    column.accessor('phone', {
      header: () => t('columns.phone'),
      meta: { noWrap: true },
      cell: ({ getValue }) => getValue() || none,
    }),
    column.accessor('intakeDate', {
      header: () => t('columns.intakeDate'),
      meta: { noWrap: true },
      cell: ({ getValue }) => formatDate(getValue(), language, 'medium'),
    }),
    column.accessor('mentorName', {
      header: () => t('columns.mentor'),
      meta: { noWrap: true },
      cell: ({ getValue }) => getValue() ?? none,
    }),
  ];
}

interface CaseListTableProps {
  rows: readonly CaseListRow[];
  total: number;
  paging: PagingState;
  /** Tick boxes for a bulk mentor assignment (roles that assign). */
  selection?: CaseSelection;
}

/**
 * The matching cases in main's order (the headings do not sort: only the pages read so far are
 * here). Rows are drawn only in view, and the next page is read as the clerk scrolls near it.
 */
export function CaseListTable({ rows, total, paging, selection }: CaseListTableProps) {
  const { t, i18n } = useTranslation(['cases', 'shell']);
  const { t: tm } = useTranslation(['mentors', 'cases', 'shell']);
  const { language } = useLanguage();
  const navigate = useNavigate();
  const columns = useMemo(
    () => [
      ...(selection ? [selectionColumn(selection, rows, tm)] : []),
      ...caseColumns(t, language),
    ],
    [t, tm, language, selection, rows],
  );
  const number = new Intl.NumberFormat(i18n.language);
  const labels: PagingLabels = {
    shown: t('list.shown', { shown: number.format(rows.length), total: number.format(total) }),
    loadMore: t('list.loadMore'),
    failed: t('list.loadMoreFailed'),
  };
  return (
    <DataTable
      label={t('list.tableLabel')}
      data={rows}
      columns={columns}
      getRowId={(row) => String(row.caseId)}
      sortable={false}
      // Fits the content area of a 1280-pixel window (about 1000 pixels beside the menu): at
      // 1100 the last column (the mentor) was cut off there and needed sideways scrolling.
      minWidth={960}
      alwaysVirtual
      onOpenRow={(row) => void navigate(casePath(row.caseId))}
      paging={{ ...paging, labels }}
    />
  );
}
