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
import { AuditActionCell } from './AuditActionCell';

const OUTCOME_COLORS: Readonly<Record<AuditOutcomeName, string>> = {
  success: 'teal',
  failure: 'red',
  denied: 'orange',
};

const column = dataColumnHelper<AuditEvent>();

/** The log shows roles (`auth`) and the shared dash for nothing (`shell`) beside its own strings. */
type AuditTableT = TFunction<['audit', 'auth', 'shell']>;

function isRole(value: string | null): value is Role {
  return (ROLES as readonly (string | null)[]).includes(value);
}

function targetLabel(
  t: AuditTableT,
  event: AuditEvent,
  userNames: ReadonlyMap<string, string>,
): string {
  if (event.targetType === null || event.targetId === null) return t('shell:common.none');
  if (event.targetType === 'user') {
    const userName = userNames.get(event.targetId);
    // A removed account is no longer listed: its number still identifies it in the log.
    return userName ? t('targets.user', { userName }) : t('targets.userId', { id: event.targetId });
  }
  return `${event.targetType} ${event.targetId}`;
}

function auditColumns(t: AuditTableT, language: Language, userNames: ReadonlyMap<string, string>) {
  return [
    column.accessor('seq', {
      header: () => t('columns.seq'),
      cell: ({ getValue }) => (
        <Text size="sm" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {getValue()}
        </Text>
      ),
    }),
    column.accessor('at', {
      header: () => t('columns.at'),
      meta: { noWrap: true },
      cell: ({ getValue }) => formatDateTime(getValue(), language, { timeZone: THAI_TIME_ZONE }),
    }),
    column.accessor('actorUserName', {
      header: () => t('columns.actor'),
      cell: ({ row }) => {
        const event = row.original;
        if (!event.actorUserName) {
          return (
            <Text size="sm" c="dimmed">
              {t('noActor')}
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
                {t(`auth:roles.${event.actorRole}`)}
              </Text>
            )}
          </>
        );
      },
    }),
    column.accessor('action', {
      header: () => t('columns.action'),
      cell: ({ row }) => <AuditActionCell event={row.original} />,
    }),
    column.display({
      id: 'target',
      header: () => t('columns.target'),
      cell: ({ row }) => targetLabel(t, row.original, userNames),
    }),
    column.accessor('outcome', {
      header: () => t('columns.outcome'),
      cell: ({ getValue }) => (
        <Badge color={OUTCOME_COLORS[getValue()]} variant="light">
          {t(`outcomes.${getValue()}`)}
        </Badge>
      ),
    }),
    column.accessor('machine', {
      header: () => t('columns.machine'),
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
  const { t } = useTranslation(['audit', 'auth', 'shell']);
  const { language } = useLanguage();
  const columns = useMemo(() => auditColumns(t, language, userNames), [t, language, userNames]);
  const labels: PagingLabels = {
    shown: t('shown', { shown: events.length }),
    loadMore: t('loadMore'),
    failed: t('loadFailed'),
  };
  return (
    <DataTable
      label={t('tableLabel')}
      data={events}
      columns={columns}
      getRowId={(event) => String(event.seq)}
      sortable={false}
      minWidth={960}
      paging={{ ...paging, labels }}
    />
  );
}
