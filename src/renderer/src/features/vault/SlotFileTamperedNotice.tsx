import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage, useKaonaMutation } from '../../api';
import { auditLogLink } from '../audit/audit-link';
import { vaultKeys } from './vault-queries';

/**
 * The key file was edited outside the program and has been repaired. Main already undid the
 * edit; what is left is for an admin to look at who did it, so the notice points at the audit
 * entry and goes once they say they have seen it (itself an audited event).
 */
export function SlotFileTamperedNotice() {
  const { t } = useTranslation(['vault', 'shell']);
  const dismiss = useKaonaMutation({
    call: (api) => api.vault.dismissNotice({ notice: 'slot_file_tampered' }),
    invalidates: [vaultKeys.all],
  });
  return (
    <Alert color="orange" variant="light" role="note" title={t('notices.tampered.title')}>
      <Stack gap="sm">
        <Text size="sm">{t('notices.tampered.body')}</Text>
        <Group gap="md">
          <Anchor component={Link} to={auditLogLink('vault.slot_file_repaired')} size="sm">
            {t('notices.tampered.auditLink')}
          </Anchor>
          <Button
            size="sm"
            variant="default"
            onClick={() => dismiss.mutate()}
            loading={dismiss.isPending}
          >
            {t('notices.tampered.acknowledge')}
          </Button>
        </Group>
        {dismiss.isError && (
          <Text size="sm" c="red.8" role="alert">
            {t('notices.tampered.acknowledgeFailed')}: {errorMessage(dismiss.error, t)}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}
