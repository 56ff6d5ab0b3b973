import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../shared/domain/accounts';
import { callKaona } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { temporaryPasswordFormSchema, type TemporaryPasswordFormValues } from './account-forms';
import { TemporaryPasswordFields } from './TemporaryPasswordFields';
import { useServerError } from './use-server-error';

interface TemporaryPasswordModalProps {
  account: Account;
  /**
   * `reset`: the holder forgot their password. `enable`: a disabled account lost its key slot
   * when it was disabled, so coming back needs a new password too.
   */
  purpose: 'reset' | 'enable';
  onClose: () => void;
  onDone: () => void;
}

export function TemporaryPasswordModal({
  account,
  purpose,
  onClose,
  onDone,
}: TemporaryPasswordModalProps) {
  const { t } = useTranslation();
  const schema = useMemo(() => temporaryPasswordFormSchema(account), [account]);
  const form = useForm<TemporaryPasswordFormValues>({
    resolver: zodResolver(schema),
    defaultValues: { userId: account.id, temporaryPassword: '', confirmPassword: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const typed = useWatch({ control: form.control, name: 'temporaryPassword' });
  const server = useServerError(form.setError);
  const texts =
    purpose === 'reset'
      ? {
          title: t('accounts.resetPassword.title', { name: account.fullName }),
          body: t('accounts.resetPassword.body'),
          submit: t('accounts.resetPassword.submit'),
        }
      : {
          title: t('accounts.enable.title', { name: account.fullName }),
          body: t('accounts.enable.why'),
          submit: t('accounts.enable.submit'),
        };

  const submit = form.handleSubmit(async ({ confirmPassword: _typedTwice, ...reset }) => {
    server.clear();
    try {
      await callKaona((api) =>
        purpose === 'reset' ? api.accounts.resetPassword(reset) : api.accounts.enable(reset),
      );
      onDone();
    } catch (error) {
      server.report(error, ['temporaryPassword']);
    }
  });

  return (
    <Modal
      opened
      onClose={onClose}
      title={texts.title}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Alert color="blue" variant="light">
            {texts.body}
          </Alert>
          <TemporaryPasswordFields
            password={form.register('temporaryPassword')}
            confirmation={form.register('confirmPassword')}
            passwordError={errors.temporaryPassword}
            confirmationError={errors.confirmPassword}
            typed={typed}
            userName={account.userName}
            fullName={account.fullName}
          />
          {server.formError !== null && (
            <ErrorAlert title={t('adminForms.failed')} error={server.formError} />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={isSubmitting}>
              {t('adminForms.cancel')}
            </Button>
            <Button type="submit" loading={isSubmitting}>
              {texts.submit}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
