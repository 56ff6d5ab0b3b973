import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../shared/domain/accounts';

export type AccountAction = 'edit' | 'reset' | 'disable' | 'enable' | 'remove';

interface AccountActionsMenuProps {
  account: Account;
  isOwnAccount: boolean;
  onAction: (action: AccountAction) => void;
}

/**
 * What can be done to one account. One's own account offers only "edit": main refuses to let an
 * admin disable or remove themselves, and one's own password is changed from the user menu.
 */
export function AccountActionsMenu({ account, isOwnAccount, onAction }: AccountActionsMenuProps) {
  const { t } = useTranslation('accounts');
  const active = account.status === 'active';
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          size="xs"
          aria-label={t('menu.label', { name: account.fullName })}
        >
          {t('columns.actions')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => onAction('edit')}>{t('menu.edit')}</Menu.Item>
        {!isOwnAccount && active && (
          <>
            <Menu.Item onClick={() => onAction('reset')}>{t('menu.resetPassword')}</Menu.Item>
            <Menu.Item onClick={() => onAction('disable')}>{t('menu.disable')}</Menu.Item>
          </>
        )}
        {!isOwnAccount && !active && (
          <Menu.Item onClick={() => onAction('enable')}>{t('menu.enable')}</Menu.Item>
        )}
        {!isOwnAccount && (
          <>
            <Menu.Divider />
            <Menu.Item color="red" onClick={() => onAction('remove')}>
              {t('menu.remove')}
            </Menu.Item>
          </>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
