import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession, useSignedInUser } from '../../../app/session/session-context';
import { ChangePasswordForm } from './ChangePasswordForm';

/** `/account/password`, from the user menu: change one's own password. */
export function ChangePasswordPage() {
  const { t } = useTranslation(['auth', 'shell']);
  const { apply } = useSession();
  const user = useSignedInUser();
  const [changed, setChanged] = useState(false);
  return (
    <Stack gap="lg" maw={560}>
      <Title order={1}>{t('password.title')}</Title>
      <Text>{t('password.intro')}</Text>
      {changed && (
        <Alert
          color="green"
          variant="light"
          role="status"
          withCloseButton
          closeButtonLabel={t('shell:common.close')}
          onClose={() => setChanged(false)}
        >
          {t('password.success')}
        </Alert>
      )}
      <Paper withBorder p="lg">
        <ChangePasswordForm
          user={user}
          currentLabel={t('password.current')}
          onChanged={(info) => {
            setChanged(true);
            apply(info);
          }}
        />
      </Paper>
    </Stack>
  );
}
