import { Modal } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NewRecoveryCodeStep } from './NewRecoveryCodeStep';
import { ReauthenticateForm } from './ReauthenticateForm';
import { vaultKeys } from './vault-queries';

/**
 * Makes a new recovery code: the password again, then the code, shown once. While the code is on
 * screen the dialog cannot be closed (no ×, Escape or click outside) until the admin ticks that
 * it is stored; only then is the renewal notice read again, and gone.
 */
export function RenewRecoveryCodeModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(['vault', 'shell']);
  const queryClient = useQueryClient();
  const [recoveryCode, setRecoveryCode] = useState<string | null>(null);
  const showingCode = recoveryCode !== null;

  const finish = () => {
    void queryClient.invalidateQueries({ queryKey: vaultKeys.all });
    onClose();
  };

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
        <NewRecoveryCodeStep recoveryCode={recoveryCode} onDone={finish} />
      ) : (
        <ReauthenticateForm onRenewed={setRecoveryCode} onCancel={onClose} />
      )}
    </Modal>
  );
}
