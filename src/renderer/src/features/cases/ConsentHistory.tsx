import { Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentHistoryEntry } from '../../../../shared/domain/cases';
import { useLanguage } from '../../app/providers/language-context';
import { DataTable, dataColumnHelper } from '../../components/data-table';
import { QueryView } from '../../components/QueryView';
import { formatDateTime, THAI_TIME_ZONE } from '../../i18n/format';
import { consentWord } from './consent-word';
import { casesQueries } from './cases-queries';

const column = dataColumnHelper<ConsentHistoryEntry>();

/** Every grant and withdrawal the person made, newest first, with the notice version seen. */
export function ConsentHistory({ beneficiaryId }: { beneficiaryId: number }) {
  const { t } = useTranslation(['cases', 'shell']);
  const { language } = useLanguage();
  const history = useQuery(casesQueries.consentHistory(beneficiaryId));
  const columns = useMemo(
    () => [
      column.accessor('recordedAt', {
        header: () => t('consents.when'),
        meta: { noWrap: true },
        cell: ({ getValue }) => formatDateTime(getValue(), language, { timeZone: THAI_TIME_ZONE }),
      }),
      column.accessor('purpose', {
        header: () => t('consents.purpose'),
        cell: ({ getValue }) => t(`codes.consentPurposes.${getValue()}`),
      }),
      column.accessor('granted', {
        header: () => t('consents.change'),
        // Newest first: the records after this row are the earlier ones.
        cell: ({ row, table }) => {
          const rows = table.getCoreRowModel().rows.map((each) => each.original);
          return t(`consents.${consentWord(row.original, rows.slice(row.index + 1))}`);
        },
      }),
      column.accessor('givenBy', {
        header: () => t('consents.givenBy'),
        cell: ({ row }) =>
          row.original.givenBy === 'guardian'
            ? `${t('codes.consentGivers.guardian')}: ${row.original.guardianName}`
            : t('codes.consentGivers.self'),
      }),
      column.accessor('noticeVersion', { header: () => t('consents.noticeVersion') }),
      column.accessor('recordedByName', {
        header: () => t('consents.recordedBy'),
        meta: { noWrap: true },
      }),
      column.accessor('note', {
        header: () => t('consents.note'),
        cell: ({ getValue }) => getValue() || t('shell:common.none'),
      }),
    ],
    [t, language],
  );
  return (
    <QueryView
      query={history}
      errorTitle={t('consents.historyFailed')}
      isEmpty={(entries) => entries.length === 0}
      empty={<Text c="dimmed">{t('consents.historyEmpty')}</Text>}
    >
      {(entries) => (
        <DataTable
          label={t('consents.historyLabel')}
          data={entries}
          columns={columns}
          getRowId={(entry) => String(entry.id)}
          sortable={false}
          minWidth={900}
        />
      )}
    </QueryView>
  );
}
