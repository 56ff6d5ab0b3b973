import { Modal } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKaonaMutation } from '../../api';
import { NewRecoveryCodeStep } from './NewRecoveryCodeStep';
import { ReauthenticateForm } from './ReauthenticateForm';
import { vaultKeys } from './vault-queries';

/**
 * Makes a new recovery code: the password again, then the code, shown once. The code takes
 * effect only when the admin ticks that it is stored and confirms (main keeps it in memory until
 * then), so a lock or a closed window in between leaves the old code working and the notice up.
 * While the code is on screen the dialog cannot be closed by ×, Escape or a click outside.
 */
export function RenewRecoveryCodeModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(['vault', 'shell']);
  const [recoveryCode, setRecoveryCode] = useState<string | null>(null);
  const showingCode = recoveryCode !== null;
  const confirm = useKaonaMutation({
    call: (api) => api.vault.confirmRecoveryCode({ stored: true }),
    invalidates: [vaultKeys.all],
    onSuccess: onClose,
  });

  return (
    <Modal
      opened
      onClose={showingCode ? () => {} : onClose}
      title={t('renew.title')}
      size="lg"
      withCloseButton={!showingCode}
      closeOnEscape={!showingCode}
      closeOnClickOutside={!showingCode}
      closeButtonProps={{ 'aria-label': t('shell:common.close') }}
    >
      {showingCode ? (
        <NewRecoveryCodeStep
          recoveryCode={recoveryCode}
          onDone={() => confirm.mutate()}
          confirming={confirm.isPending}
          failure={confirm.error}
          onClose={onClose}
        />
      ) : (
        <ReauthenticateForm onRenewed={setRecoveryCode} onCancel={onClose} />
      )}
    </Modal>
  );
}
