import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Modal, Stack } from '@mantine/core';
import { useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../shared/domain/accounts';
import type { MethodInput } from '../../../../shared/contract';
import { useKaonaMutation } from '../../api';
import { FormFooter } from '../../components/forms/FormFooter';
import { formLevelError, reportServerError } from '../../components/forms/server-errors';
import { temporaryPasswordFormSchema, type TemporaryPasswordFormValues } from './account-forms';
import { TEMPORARY_PASSWORD_ERRORS } from './account-server-errors';
import { ACCOUNT_CHANGE_STALES } from './accounts-queries';
import { TemporaryPasswordFields } from './TemporaryPasswordFields';

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
  const { t } = useTranslation(['accounts', 'shell']);
  const schema = useMemo(() => temporaryPasswordFormSchema(account), [account]);
  const form = useForm<TemporaryPasswordFormValues>({
    resolver: zodResolver(schema),
    defaultValues: { userId: account.id, temporaryPassword: '', confirmPassword: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const typed = useWatch({ control: form.control, name: 'temporaryPassword' });
  const setPassword = useKaonaMutation({
    call: (api, reset: MethodInput<'accounts.resetPassword'>) =>
      purpose === 'reset' ? api.accounts.resetPassword(reset) : api.accounts.enable(reset),
    invalidates: ACCOUNT_CHANGE_STALES,
  });
  const texts =
    purpose === 'reset'
      ? {
          title: t('resetPassword.title', { name: account.fullName }),
          body: t('resetPassword.body'),
          submit: t('resetPassword.submit'),
        }
      : {
          title: t('enable.title', { name: account.fullName }),
          body: t('enable.why'),
          submit: t('enable.submit'),
        };

  const submit = form.handleSubmit(async ({ confirmPassword: _typedTwice, ...reset }) => {
    try {
      await setPassword.mutateAsync(reset);
      onDone();
    } catch (error) {
      reportServerError(error, form.setError, TEMPORARY_PASSWORD_ERRORS);
    }
  });

  return (
    <Modal
      opened
      onClose={onClose}
      title={texts.title}
      size="lg"
      closeButtonProps={{ 'aria-label': t('shell:common.close') }}
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
          <FormFooter
            submitLabel={texts.submit}
            pending={isSubmitting}
            error={formLevelError(errors)}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
