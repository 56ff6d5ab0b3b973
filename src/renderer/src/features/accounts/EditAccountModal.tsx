import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../shared/domain/accounts';
import { callKaona } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { fieldErrorMessage } from '../../components/field-error';
import { editAccountFormSchema, type EditAccountFormValues } from './account-forms';
import { RoleField } from './RoleField';
import { useServerError } from './use-server-error';

interface EditAccountModalProps {
  account: Account;
  /** An admin may not change their own role: they could lock themselves out of this screen. */
  isOwnAccount: boolean;
  onClose: () => void;
  onSaved: (account: Account) => void;
}

export function EditAccountModal({
  account,
  isOwnAccount,
  onClose,
  onSaved,
}: EditAccountModalProps) {
  const { t } = useTranslation();
  const form = useForm<EditAccountFormValues>({
    resolver: zodResolver(editAccountFormSchema),
    defaultValues: {
      userId: account.id,
      fullName: account.fullName,
      position: account.position,
      role: account.role,
    },
  });
  const { errors, isSubmitting } = form.formState;
  const server = useServerError(form.setError);

  const submit = form.handleSubmit(async ({ role, ...details }) => {
    server.clear();
    try {
      const changes = isOwnAccount ? details : { ...details, role };
      onSaved(await callKaona((api) => api.accounts.update(changes)));
    } catch (error) {
      server.report(error, []);
    }
  });

  return (
    <Modal
      opened
      closeButtonProps={{ 'aria-label': t('common.close') }}
      onClose={onClose}
      title={t('accounts.edit.title', { name: account.fullName })}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('accounts.fields.userName')}
            description={t('accounts.fields.userNameFixed')}
            value={account.userName}
            readOnly
            variant="filled"
          />
          <TextInput
            {...form.register('fullName')}
            label={t('accounts.fields.fullName')}
            description={t('accounts.fields.fullNameHint')}
            autoComplete="off"
            withAsterisk
            data-autofocus
            error={fieldErrorMessage(errors.fullName, t)}
          />
          <TextInput
            {...form.register('position')}
            label={t('accounts.fields.position')}
            description={t('accounts.fields.positionHint')}
            autoComplete="off"
            error={fieldErrorMessage(errors.position, t)}
          />
          <Controller
            control={form.control}
            name="role"
            render={({ field, fieldState }) => (
              <RoleField
                value={field.value}
                onChange={field.onChange}
                error={fieldErrorMessage(fieldState.error, t)}
                lockedReason={isOwnAccount ? t('accounts.fields.ownRole') : undefined}
              />
            )}
          />
          {server.formError !== null && (
            <ErrorAlert title={t('adminForms.failed')} error={server.formError} />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={isSubmitting}>
              {t('adminForms.cancel')}
            </Button>
            <Button type="submit" loading={isSubmitting}>
              {t('accounts.edit.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
