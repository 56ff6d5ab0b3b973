import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../shared/domain/accounts';
import { callKaona } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';

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
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const name = account.fullName;

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      const input = { userId: account.id };
      await callKaona((api) =>
        purpose === 'remove' ? api.accounts.remove(input) : api.accounts.disable(input),
      );
      onDone();
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  }

  return (
    <Modal
      opened
      closeButtonProps={{ 'aria-label': t('common.close') }}
      onClose={busy ? () => {} : onClose}
      title={
        purpose === 'remove'
          ? t('accounts.remove.title', { name })
          : t('accounts.disable.title', { name })
      }
      size="lg"
    >
      <Stack gap="md">
        {purpose === 'remove' ? (
          <>
            <Text>{t('accounts.remove.intro')}</Text>
            <List spacing="xs">
              <List.Item>{t('accounts.remove.noSignIn', { name })}</List.Item>
              <List.Item>{t('accounts.remove.keyChanged')}</List.Item>
              <List.Item>{t('accounts.remove.auditKept')}</List.Item>
            </List>
            <Text fw={700}>{t('accounts.remove.irreversible')}</Text>
          </>
        ) : (
          <Text>{t('accounts.disable.body', { name })}</Text>
        )}
        {error !== null && <ErrorAlert title={t('adminForms.failed')} error={error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={busy} data-autofocus>
            {t('adminForms.cancel')}
          </Button>
          <Button color="red" onClick={() => void confirm()} loading={busy}>
            {purpose === 'remove' ? t('accounts.remove.submit') : t('accounts.disable.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
