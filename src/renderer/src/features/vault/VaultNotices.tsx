import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VaultNoticeName } from '../../../../shared/domain/vault';
import { RecoveryRenewalNotice } from './RecoveryRenewalNotice';
import { RenewRecoveryCodeModal } from './RenewRecoveryCodeModal';
import { SlotFileTamperedNotice } from './SlotFileTamperedNotice';
import { useCanManageVault } from './use-can-manage-vault';
import { vaultQueries } from './vault-queries';

const NO_NOTICES: readonly VaultNoticeName[] = [];

/** What an admin must do about the office's keys, under the header on every page. */
export function VaultNotices() {
  return useCanManageVault() ? <AdminVaultNotices /> : null;
}

function AdminVaultNotices() {
  const { t } = useTranslation('vault');
  // A failed read shows nothing rather than an error on every page: the notices are reminders,
  // and the settings page offers the renewal whatever this query says.
  const notices =
    useQuery({ ...vaultQueries.status(), select: (status) => status.notices }).data ?? NO_NOTICES;
  // Outside the notices: the renewal notice goes away while its dialog may still be open.
  const [renewing, setRenewing] = useState(false);
  return (
    <>
      {notices.length > 0 && (
        <Stack component="section" aria-label={t('notices.label')} gap="sm" mb="lg">
          {notices.includes('recovery_code_renewal') && (
            <RecoveryRenewalNotice onRenew={() => setRenewing(true)} />
          )}
          {notices.includes('slot_file_tampered') && <SlotFileTamperedNotice />}
        </Stack>
      )}
      {renewing && <RenewRecoveryCodeModal onClose={() => setRenewing(false)} />}
    </>
  );
}
