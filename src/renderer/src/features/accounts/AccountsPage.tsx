import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KaonaApi } from '../../../../shared/contract';
import type { Account } from '../../../../shared/domain/accounts';
import { useKaonaQuery } from '../../api';
import { useSession, useSignedInUser } from '../../app/session/session-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import type { AccountAction } from './AccountActionsMenu';
import { AccountsTable } from './AccountsTable';
import { CreateAccountModal } from './CreateAccountModal';
import { EditAccountModal } from './EditAccountModal';
import { TakeAccessAwayModal } from './TakeAccessAwayModal';
import { TemporaryPasswordModal } from './TemporaryPasswordModal';

const loadAccounts = (api: KaonaApi) => api.accounts.list();

type OpenDialog = { action: 'create' } | { action: AccountAction; account: Account } | null;

export function AccountsPage() {
  const { t } = useTranslation();
  const me = useSignedInUser();
  const session = useSession();
  const [version, setVersion] = useState(0);
  const accounts = useKaonaQuery(loadAccounts, version);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const close = () => setDialog(null);

  /** Every change: close the dialog, say what happened, and show the list as main now has it. */
  function changed(message: string) {
    setDialog(null);
    setVersion((n) => n + 1);
    notifications.show({
      color: 'teal',
      message,
      withBorder: true,
      closeButtonProps: { 'aria-label': t('common.close') },
    });
  }

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap="xs" maw={720}>
          <Title order={1}>{t('accounts.title')}</Title>
          <Text c="dimmed">{t('accounts.intro')}</Text>
        </Stack>
        <Button onClick={() => setDialog({ action: 'create' })}>{t('accounts.add')}</Button>
      </Group>

      {accounts.status === 'loading' && <LoadingState />}
      {accounts.status === 'error' && (
        <ErrorAlert
          title={t('accounts.loadFailed')}
          error={accounts.error}
          onRetry={accounts.retry}
        />
      )}
      {accounts.status === 'success' && (
        <AccountsTable
          accounts={accounts.data}
          ownId={me.id}
          onAction={(action, account) => setDialog({ action, account })}
        />
      )}

      {dialog?.action === 'create' && (
        <CreateAccountModal
          onClose={close}
          onCreated={(account) =>
            changed(t('accounts.create.done', { userName: account.userName }))
          }
        />
      )}
      {dialog?.action === 'edit' && (
        <EditAccountModal
          account={dialog.account}
          isOwnAccount={dialog.account.id === me.id}
          onClose={close}
          onSaved={(account) => {
            changed(t('accounts.edit.done', { userName: account.userName }));
            // The header shows one's own name and position: let it catch up.
            if (account.id === me.id) void session.refresh();
          }}
        />
      )}
      {(dialog?.action === 'reset' || dialog?.action === 'enable') && (
        <TemporaryPasswordModal
          account={dialog.account}
          purpose={dialog.action}
          onClose={close}
          onDone={() =>
            changed(
              dialog.action === 'reset'
                ? t('accounts.resetPassword.done', { userName: dialog.account.userName })
                : t('accounts.enable.done', { userName: dialog.account.userName }),
            )
          }
        />
      )}
      {(dialog?.action === 'disable' || dialog?.action === 'remove') && (
        <TakeAccessAwayModal
          account={dialog.account}
          purpose={dialog.action}
          onClose={close}
          onDone={() =>
            changed(
              dialog.action === 'remove'
                ? t('accounts.remove.done', { userName: dialog.account.userName })
                : t('accounts.disable.done', { userName: dialog.account.userName }),
            )
          }
        />
      )}
    </Stack>
  );
}
