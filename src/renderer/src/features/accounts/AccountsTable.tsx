import { Badge, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../shared/domain/accounts';
import { useLanguage } from '../../app/providers/language-context';
import { formatDateTime, THAI_TIME_ZONE } from '../../i18n/format';
import { AccountActionsMenu, type AccountAction } from './AccountActionsMenu';

// Thai has no spaces between words: a narrow column would break a name or a date mid-word.
const NO_WRAP = { whiteSpace: 'nowrap' } as const;

// Thai order in both languages: the names are Thai whichever language the screen is in.
const thaiOrder = new Intl.Collator('th');

interface AccountsTableProps {
  accounts: readonly Account[];
  ownId: number;
  onAction: (action: AccountAction, account: Account) => void;
}

export function AccountsTable({ accounts, ownId, onAction }: AccountsTableProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const sorted = useMemo(
    () => accounts.toSorted((a, b) => thaiOrder.compare(a.fullName, b.fullName)),
    [accounts],
  );
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="sm" striped highlightOnHover aria-label={t('accounts.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('accounts.columns.fullName')}</Table.Th>
            <Table.Th scope="col">{t('accounts.columns.userName')}</Table.Th>
            <Table.Th scope="col">{t('accounts.columns.role')}</Table.Th>
            <Table.Th scope="col">{t('accounts.columns.position')}</Table.Th>
            <Table.Th scope="col">{t('accounts.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('accounts.columns.lastSignIn')}</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t('accounts.columns.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((account) => {
            const isOwnAccount = account.id === ownId;
            return (
              <Table.Tr key={account.id}>
                <Table.Th scope="row" fw={500} style={NO_WRAP}>
                  <Stack gap={2} align="flex-start">
                    <span>{account.fullName}</span>
                    {isOwnAccount && (
                      <Text size="xs" c="indigo.7" fw={400}>
                        {t('accounts.you')}
                      </Text>
                    )}
                  </Stack>
                </Table.Th>
                <Table.Td>
                  <Text ff="monospace" size="sm">
                    {account.userName}
                  </Text>
                </Table.Td>
                <Table.Td style={NO_WRAP}>{t(`roles.${account.role}`)}</Table.Td>
                <Table.Td>{account.position || t('common.none')}</Table.Td>
                <Table.Td>
                  <Stack gap={4} align="flex-start">
                    <Badge color={account.status === 'active' ? 'teal' : 'gray'} variant="light">
                      {t(`accounts.status.${account.status}`)}
                    </Badge>
                    {account.status === 'active' && account.mustChangePassword && (
                      <Text size="xs" c="red.9" style={NO_WRAP}>
                        {t('accounts.mustChangePassword')}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td style={NO_WRAP}>
                  {account.lastSignInAt ? (
                    formatDateTime(account.lastSignInAt, language, { timeZone: THAI_TIME_ZONE })
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('accounts.neverSignedIn')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right">
                  <AccountActionsMenu
                    account={account}
                    isOwnAccount={isOwnAccount}
                    onAction={(action) => onAction(action, account)}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
