import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, Stack, TextInput } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../shared/domain/accounts';
import type { MethodInput } from '../../../../shared/contract';
import { useKaonaMutation } from '../../api';
import { fieldErrorMessage } from '../../components/field-error';
import { FormFooter } from '../../components/forms/FormFooter';
import { formLevelError, reportServerError } from '../../components/forms/server-errors';
import { editAccountFormSchema, type EditAccountFormValues } from './account-forms';
import { EDIT_ACCOUNT_ERRORS } from './account-server-errors';
import { ACCOUNT_CHANGE_STALES } from './accounts-queries';
import { RoleField } from './RoleField';

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
  const { t } = useTranslation(['accounts', 'shell']);
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
  const update = useKaonaMutation({
    call: (api, changes: MethodInput<'accounts.update'>) => api.accounts.update(changes),
    invalidates: ACCOUNT_CHANGE_STALES,
  });

  const submit = form.handleSubmit(async ({ role, ...details }) => {
    try {
      onSaved(await update.mutateAsync(isOwnAccount ? details : { ...details, role }));
    } catch (error) {
      reportServerError(error, form.setError, EDIT_ACCOUNT_ERRORS);
    }
  });

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('edit.title', { name: account.fullName })}
      size="lg"
      closeButtonProps={{ 'aria-label': t('shell:common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('fields.userName')}
            description={t('fields.userNameFixed')}
            value={account.userName}
            readOnly
            variant="filled"
          />
          <TextInput
            {...form.register('fullName')}
            label={t('fields.fullName')}
            description={t('fields.fullNameHint')}
            autoComplete="off"
            withAsterisk
            data-autofocus
            error={fieldErrorMessage(errors.fullName, t)}
          />
          <TextInput
            {...form.register('position')}
            label={t('fields.position')}
            description={t('fields.positionHint')}
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
                lockedReason={isOwnAccount ? t('fields.ownRole') : undefined}
              />
            )}
          />
          <FormFooter
            submitLabel={t('edit.submit')}
            pending={isSubmitting}
            error={formLevelError(errors)}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
