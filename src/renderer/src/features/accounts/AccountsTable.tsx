import { Badge, Stack, Text, VisuallyHidden } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../shared/domain/accounts';
import type { Language } from '../../../../shared/domain/preferences';
import { useLanguage } from '../../app/providers/language-context';
import { DataTable, dataColumnHelper } from '../../components/data-table';
import { formatDateTime, THAI_TIME_ZONE } from '../../i18n/format';
import { AccountActionsMenu, type AccountAction } from './AccountActionsMenu';

const column = dataColumnHelper<Account>();
const BY_NAME = [{ id: 'fullName', desc: false }];

interface AccountsTableProps {
  accounts: readonly Account[];
  ownId: number;
  onAction: (action: AccountAction, account: Account) => void;
}

function accountColumns(
  t: TFunction<['accounts', 'auth', 'shell']>,
  language: Language,
  ownId: number,
  onAction: AccountsTableProps['onAction'],
) {
  return [
    column.accessor('fullName', {
      header: () => t('columns.fullName'),
      sortFn: 'thaiText',
      meta: { rowHeader: true, noWrap: true },
      cell: ({ row, getValue }) => (
        <Stack gap={2} align="flex-start">
          <span>{getValue()}</span>
          {row.original.id === ownId && (
            <Text size="xs" c="indigo.7" fw={400}>
              {t('you')}
            </Text>
          )}
        </Stack>
      ),
    }),
    column.accessor('userName', {
      header: () => t('columns.userName'),
      sortFn: 'thaiText',
      cell: ({ getValue }) => (
        <Text ff="monospace" size="sm">
          {getValue()}
        </Text>
      ),
    }),
    column.accessor('role', {
      header: () => t('columns.role'),
      enableSorting: false,
      meta: { noWrap: true },
      cell: ({ getValue }) => t(`auth:roles.${getValue()}`),
    }),
    column.accessor('position', {
      header: () => t('columns.position'),
      sortFn: 'thaiText',
      cell: ({ getValue }) => getValue() || t('shell:common.none'),
    }),
    column.accessor('status', {
      header: () => t('columns.status'),
      enableSorting: false,
      cell: ({ row }) => {
        const account = row.original;
        return (
          <Stack gap={4} align="flex-start">
            <Badge color={account.status === 'active' ? 'teal' : 'gray'} variant="light">
              {t(`status.${account.status}`)}
            </Badge>
            {account.status === 'active' && account.mustChangePassword && (
              <Text size="xs" c="red.9" style={{ whiteSpace: 'nowrap' }}>
                {t('mustChangePassword')}
              </Text>
            )}
          </Stack>
        );
      },
    }),
    column.accessor('lastSignInAt', {
      header: () => t('columns.lastSignIn'),
      sortFn: 'basic',
      // Never signed in sorts below everyone who has, in either direction.
      sortUndefined: 'last',
      meta: { noWrap: true },
      cell: ({ getValue }) => {
        const at = getValue();
        return at ? (
          formatDateTime(at, language, { timeZone: THAI_TIME_ZONE })
        ) : (
          <Text size="sm" c="dimmed">
            {t('neverSignedIn')}
          </Text>
        );
      },
    }),
    column.display({
      id: 'actions',
      header: () => <VisuallyHidden>{t('columns.actions')}</VisuallyHidden>,
      meta: { align: 'right' },
      cell: ({ row }) => (
        <AccountActionsMenu
          account={row.original}
          isOwnAccount={row.original.id === ownId}
          onAction={(action) => onAction(action, row.original)}
        />
      ),
    }),
  ];
}

/** The office's accounts in Thai name order; each column heading sorts by that column. */
export function AccountsTable({ accounts, ownId, onAction }: AccountsTableProps) {
  const { t } = useTranslation(['accounts', 'auth', 'shell']);
  const { language } = useLanguage();
  const columns = useMemo(
    () => accountColumns(t, language, ownId, onAction),
    [t, language, ownId, onAction],
  );
  return (
    <DataTable
      label={t('tableLabel')}
      data={accounts}
      columns={columns}
      getRowId={(account) => String(account.id)}
      initialSorting={BY_NAME}
      minWidth={900}
    />
  );
}
