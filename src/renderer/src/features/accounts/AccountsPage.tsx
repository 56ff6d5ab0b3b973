import { Button, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../shared/domain/accounts';
import { useSession, useSignedInUser } from '../../app/session/session-context';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import type { AccountAction } from './AccountActionsMenu';
import { accountsQueries } from './accounts-queries';
import { AccountsTable } from './AccountsTable';
import { CreateAccountModal } from './CreateAccountModal';
import { EditAccountModal } from './EditAccountModal';
import { TakeAccessAwayModal } from './TakeAccessAwayModal';
import { TemporaryPasswordModal } from './TemporaryPasswordModal';

type OpenDialog = { action: 'create' } | { action: AccountAction; account: Account } | null;

export function AccountsPage() {
  const { t } = useTranslation(['accounts', 'shell']);
  const me = useSignedInUser();
  const session = useSession();
  const accounts = useQuery(accountsQueries.list());
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const close = () => setDialog(null);
  const openAction = useCallback(
    (action: AccountAction, account: Account) => setDialog({ action, account }),
    [],
  );

  /**
   * Every change: close the dialog and say what happened. The list is already as main now has
   * it: each change invalidates it and waits for the new list before it counts as done.
   */
  function changed(message: string) {
    setDialog(null);
    notifications.show({
      color: 'teal',
      message,
      withBorder: true,
      closeButtonProps: { 'aria-label': t('shell:common.close') },
    });
  }

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('title')}
        description={t('intro')}
        actions={<Button onClick={() => setDialog({ action: 'create' })}>{t('add')}</Button>}
      />

      <QueryView query={accounts} errorTitle={t('loadFailed')}>
        {(list) => <AccountsTable accounts={list} ownId={me.id} onAction={openAction} />}
      </QueryView>

      {dialog?.action === 'create' && (
        <CreateAccountModal
          onClose={close}
          onCreated={(account) => changed(t('create.done', { userName: account.userName }))}
        />
      )}
      {dialog?.action === 'edit' && (
        <EditAccountModal
          account={dialog.account}
          isOwnAccount={dialog.account.id === me.id}
          onClose={close}
          onSaved={(account) => {
            changed(t('edit.done', { userName: account.userName }));
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
                ? t('resetPassword.done', { userName: dialog.account.userName })
                : t('enable.done', { userName: dialog.account.userName }),
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
                ? t('remove.done', { userName: dialog.account.userName })
                : t('disable.done', { userName: dialog.account.userName }),
            )
          }
        />
      )}
    </Stack>
  );
}
