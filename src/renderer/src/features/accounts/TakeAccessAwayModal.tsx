import { List, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../shared/domain/accounts';
import { useKaonaMutation } from '../../api';
import { FormFooter } from '../../components/forms/FormFooter';
import { ACCOUNT_CHANGE_STALES } from './accounts-queries';

interface TakeAccessAwayModalProps {
  account: Account;
  /** `disable` can be undone (with a new password); `remove` cannot. */
  purpose: 'disable' | 'remove';
  onClose: () => void;
  onDone: () => void;
}

/**
 * Asks before an account loses access. Both changes delete the account's key slot and rotate the
 * database key, so the dialog says so in plain words: a clerk should know why it takes a moment
 * and why an old password stops working even on an old copy of the files.
 */
export function TakeAccessAwayModal({
  account,
  purpose,
  onClose,
  onDone,
}: TakeAccessAwayModalProps) {
  const { t } = useTranslation(['accounts', 'shell']);
  const takeAway = useKaonaMutation({
    call: (api, input: { userId: number }) =>
      purpose === 'remove' ? api.accounts.remove(input) : api.accounts.disable(input),
    invalidates: ACCOUNT_CHANGE_STALES,
    onSuccess: onDone,
  });
  const busy = takeAway.isPending;
  const name = account.fullName;

  return (
    <Modal
      opened
      closeButtonProps={{ 'aria-label': t('shell:common.close') }}
      onClose={busy ? () => {} : onClose}
      title={purpose === 'remove' ? t('remove.title', { name }) : t('disable.title', { name })}
      size="lg"
    >
      <Stack gap="md">
        {purpose === 'remove' ? (
          <>
            <Text>{t('remove.intro')}</Text>
            <List spacing="xs">
              <List.Item>{t('remove.noSignIn', { name })}</List.Item>
              <List.Item>{t('remove.keyChanged')}</List.Item>
              <List.Item>{t('remove.auditKept')}</List.Item>
            </List>
            <Text fw={700}>{t('remove.irreversible')}</Text>
          </>
        ) : (
          <Text>{t('disable.body', { name })}</Text>
        )}
        <FormFooter
          submitLabel={purpose === 'remove' ? t('remove.submit') : t('disable.submit')}
          submitColor="red"
          pending={busy}
          error={takeAway.error}
          onCancel={onClose}
          focusCancel
          onConfirm={() => takeAway.mutate({ userId: account.id })}
        />
      </Stack>
    </Modal>
  );
}
