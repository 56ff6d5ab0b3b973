import { Badge, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEvent, AuditOutcomeName } from '../../../../shared/domain/audit';
import type { Language } from '../../../../shared/domain/preferences';
import { ROLES, type Role } from '../../../../shared/permissions';
import { useLanguage } from '../../app/providers/language-context';
import {
  DataTable,
  dataColumnHelper,
  type PagingLabels,
  type PagingState,
} from '../../components/data-table';
import { formatDateTime, THAI_TIME_ZONE } from '../../i18n/format';

const OUTCOME_COLORS: Readonly<Record<AuditOutcomeName, string>> = {
  success: 'teal',
  failure: 'red',
  denied: 'orange',
};

const column = dataColumnHelper<AuditEvent>();

function isRole(value: string | null): value is Role {
  return (ROLES as readonly (string | null)[]).includes(value);
}

function targetLabel(
  t: TFunction,
  event: AuditEvent,
  userNames: ReadonlyMap<string, string>,
): string {
  if (event.targetType === null || event.targetId === null) return t('common.none');
  if (event.targetType === 'user') {
    const userName = userNames.get(event.targetId);
    // A removed account is no longer listed: its number still identifies it in the log.
    return userName
      ? t('audit.targets.user', { userName })
      : t('audit.targets.userId', { id: event.targetId });
  }
  return `${event.targetType} ${event.targetId}`;
}

function auditColumns(t: TFunction, language: Language, userNames: ReadonlyMap<string, string>) {
  return [
    column.accessor('seq', {
      header: () => t('audit.columns.seq'),
      cell: ({ getValue }) => (
        <Text size="sm" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {getValue()}
        </Text>
      ),
    }),
    column.accessor('at', {
      header: () => t('audit.columns.at'),
      meta: { noWrap: true },
      cell: ({ getValue }) => formatDateTime(getValue(), language, { timeZone: THAI_TIME_ZONE }),
    }),
    column.accessor('actorUserName', {
      header: () => t('audit.columns.actor'),
      cell: ({ row }) => {
        const event = row.original;
        if (!event.actorUserName) {
          return (
            <Text size="sm" c="dimmed">
              {t('audit.noActor')}
            </Text>
          );
        }
        return (
          <>
            <Text size="sm" ff="monospace">
              {event.actorUserName}
            </Text>
            {isRole(event.actorRole) && (
              <Text size="xs" c="dimmed">
                {t(`roles.${event.actorRole}`)}
              </Text>
            )}
          </>
        );
      },
    }),
    column.accessor('action', {
      header: () => t('audit.columns.action'),
      cell: ({ getValue }) => t(`audit.actions.${getValue()}`),
    }),
    column.display({
      id: 'target',
      header: () => t('audit.columns.target'),
      cell: ({ row }) => targetLabel(t, row.original, userNames),
    }),
    column.accessor('outcome', {
      header: () => t('audit.columns.outcome'),
      cell: ({ getValue }) => (
        <Badge color={OUTCOME_COLORS[getValue()]} variant="light">
          {t(`audit.outcomes.${getValue()}`)}
        </Badge>
      ),
    }),
    column.accessor('machine', {
      header: () => t('audit.columns.machine'),
      cell: ({ getValue }) => <span style={{ overflowWrap: 'anywhere' }}>{getValue()}</span>,
    }),
  ];
}

interface AuditTableProps {
  events: readonly AuditEvent[];
  /** Account id → user name, to name the account an event concerns. */
  userNames: ReadonlyMap<string, string>;
  paging: PagingState;
}

/**
 * The log in its own order, newest first. The headings do not sort: only the pages loaded so far
 * are in the page, and sorting them would pass a part of the log off as the whole of it.
 */
export function AuditTable({ events, userNames, paging }: AuditTableProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const columns = useMemo(() => auditColumns(t, language, userNames), [t, language, userNames]);
  const labels: PagingLabels = {
    shown: t('audit.shown', { shown: events.length }),
    loadMore: t('audit.loadMore'),
    failed: t('audit.loadFailed'),
  };
  return (
    <DataTable
      label={t('audit.tableLabel')}
      data={events}
      columns={columns}
      getRowId={(event) => String(event.seq)}
      sortable={false}
      minWidth={960}
      paging={{ ...paging, labels }}
    />
  );
}
