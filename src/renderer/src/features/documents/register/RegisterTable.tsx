import { Anchor, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { DocumentRow } from '../../../../../shared/domain/documents';
import type { Language } from '../../../../../shared/domain/preferences';
import { useLanguage } from '../../../app/providers/language-context';
import { DataTable, dataColumnHelper } from '../../../components/data-table';
import { formatDate } from '../../../i18n/format';
import { casePath } from '../../cases/case-paths';
import { documentPath } from '../document-paths';
import { DocumentStatusBadge } from './DocumentStatusBadge';

const column = dataColumnHelper<DocumentRow>();

function registerColumns(t: TFunction<'documents'>, language: Language) {
  return [
    column.accessor('number', {
      header: () => t('register.columns.number'),
      meta: { rowHeader: true, noWrap: true },
      cell: ({ row }) => (
        <Anchor component={Link} to={documentPath(row.original.documentId)} fw={500}>
          {row.original.number}
        </Anchor>
      ),
    }),
    column.accessor('kind', {
      header: () => t('register.columns.kind'),
      meta: { noWrap: true },
      cell: ({ getValue }) => t(`register.kinds.${getValue()}`),
    }),
    column.accessor('personName', {
      header: () => t('register.columns.case'),
      meta: { noWrap: true },
      cell: ({ row }) => (
        <>
          <Anchor component={Link} to={casePath(row.original.caseId)}>
            {row.original.personName}
          </Anchor>
          <Text size="sm" c="dimmed" ff="monospace">
            {row.original.caseNumber}
          </Text>
        </>
      ),
    }),
    column.accessor('issuedOn', {
      header: () => t('register.columns.issuedOn'),
      meta: { noWrap: true },
      cell: ({ getValue }) => formatDate(getValue(), language, 'medium'),
    }),
    column.accessor('issuedByDisplayName', {
      header: () => t('register.columns.issuedBy'),
      meta: { noWrap: true },
    }),
    column.accessor('status', {
      header: () => t('register.columns.status'),
      cell: ({ row }) => (
        <>
          <DocumentStatusBadge status={row.original.status} voidReason={row.original.voidReason} />
          {row.original.status === 'void' && row.original.voidReason && (
            <Text size="sm" c="dimmed">
              {row.original.voidReason}
            </Text>
          )}
        </>
      ),
    }),
    column.accessor('printCount', {
      header: () => t('register.columns.printCount'),
      meta: { noWrap: true },
    }),
  ];
}

/** The register's rows, newest first, as main ordered them. */
export function RegisterTable({ rows }: { rows: readonly DocumentRow[] }) {
  const { t } = useTranslation('documents');
  const { language } = useLanguage();
  const navigate = useNavigate();
  const columns = useMemo(() => registerColumns(t, language), [t, language]);
  return (
    <DataTable
      label={t('register.tableLabel')}
      data={rows}
      columns={columns}
      getRowId={(row) => String(row.documentId)}
      sortable={false}
      minWidth={900}
      onOpenRow={(row) => void navigate(documentPath(row.documentId))}
    />
  );
}
