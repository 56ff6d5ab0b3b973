import { Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignmentEntry } from '../../../../../shared/domain/mentoring';
import { useLanguage } from '../../../app/providers/language-context';
import { DataTable, dataColumnHelper } from '../../../components/data-table';
import { formatDateTime, THAI_TIME_ZONE } from '../../../i18n/format';

const column = dataColumnHelper<AssignmentEntry>();

/** Every mentor the case has had, newest first, with who started and ended each and why. */
export function AssignmentHistory({ history }: { history: readonly AssignmentEntry[] }) {
  const { t } = useTranslation(['mentors', 'shell']);
  const { language } = useLanguage();
  const columns = useMemo(() => {
    const when = (iso: string) => formatDateTime(iso, language, { timeZone: THAI_TIME_ZONE });
    const none = t('shell:common.none');
    return [
      column.accessor('mentorName', {
        header: () => t('tab.columns.mentor'),
        meta: { rowHeader: true },
      }),
      column.display({
        id: 'period',
        header: () => t('tab.columns.period'),
        cell: ({ row }) =>
          t('tab.historyRow', {
            from: when(row.original.startedAt),
            until: row.original.endedAt ? when(row.original.endedAt) : t('tab.ongoing'),
          }),
      }),
      column.accessor('startedByName', {
        header: () => t('tab.columns.assignedBy'),
        cell: ({ row }) => (
          <>
            <Text size="sm">{row.original.startedByName}</Text>
            {row.original.reason && (
              <Text size="xs" c="dimmed">
                {row.original.reason}
              </Text>
            )}
          </>
        ),
      }),
      column.display({
        id: 'end',
        header: () => t('tab.columns.ended'),
        cell: ({ row }) => {
          const { endKind, endedByName, endReason } = row.original;
          if (!endKind) return none;
          return (
            <>
              <Text size="sm">
                {t('tab.endedBy', {
                  kind: t(`codes.endKinds.${endKind}`),
                  name: endedByName ?? none,
                })}
              </Text>
              {endReason && (
                <Text size="xs" c="dimmed">
                  {endReason}
                </Text>
              )}
            </>
          );
        },
      }),
    ];
  }, [t, language]);
  if (history.length === 0) return <Text c="dimmed">{t('tab.historyEmpty')}</Text>;
  return (
    <DataTable
      label={t('tab.history')}
      data={history}
      columns={columns}
      getRowId={(entry) => String(entry.assignmentId)}
      sortable={false}
      minWidth={720}
    />
  );
}
