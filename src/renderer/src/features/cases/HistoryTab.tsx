import { Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldChange } from '../../../../shared/domain/cases';
import { useLanguage } from '../../app/providers/language-context';
import { DataTable, dataColumnHelper } from '../../components/data-table';
import { QueryView } from '../../components/QueryView';
import { formatDateTime, THAI_TIME_ZONE } from '../../i18n/format';
import { casesQueries } from './cases-queries';
import { fieldLabel } from './field-label';

const column = dataColumnHelper<FieldChange>();

/** Who changed which field, when, from what to what; sensitive values are never shown here. */
export function HistoryTab({ caseId }: { caseId: number }) {
  const { t, i18n } = useTranslation(['cases', 'shell']);
  const { language } = useLanguage();
  const history = useQuery(casesQueries.history(caseId));
  const columns = useMemo(() => {
    const value = (text: string | null) =>
      text === null || text === '' ? t('history.blank') : text;
    return [
      column.accessor('changedAt', {
        header: () => t('history.when'),
        meta: { noWrap: true },
        cell: ({ getValue }) => formatDateTime(getValue(), language, { timeZone: THAI_TIME_ZONE }),
      }),
      column.accessor('changedByName', { header: () => t('history.who') }),
      column.accessor('field', {
        header: () => t('history.field'),
        cell: ({ getValue }) => fieldLabel(getValue(), t, i18n),
      }),
      column.display({
        id: 'change',
        header: () => t('history.change'),
        cell: ({ row }) =>
          row.original.sensitive ? (
            <Text size="sm" c="dimmed">
              {t('history.sensitiveChanged')}
            </Text>
          ) : (
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {value(row.original.oldValue)} → {value(row.original.newValue)}
            </Text>
          ),
      }),
    ];
  }, [t, i18n, language]);
  return (
    <QueryView
      query={history}
      errorTitle={t('history.loadFailed')}
      isEmpty={(changes) => changes.length === 0}
      empty={<Text c="dimmed">{t('history.empty')}</Text>}
    >
      {(changes) => (
        <DataTable
          label={t('history.tableLabel')}
          data={changes}
          columns={columns}
          getRowId={(change) => String(change.id)}
          sortable={false}
          minWidth={720}
        />
      )}
    </QueryView>
  );
}
