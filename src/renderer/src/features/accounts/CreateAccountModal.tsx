import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Modal, Stack, TextInput } from '@mantine/core';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { MethodInput } from '../../../../shared/contract';
import type { Account } from '../../../../shared/domain/accounts';
import { useKaonaMutation } from '../../api';
import { fieldErrorMessage } from '../../components/field-error';
import { FormFooter } from '../../components/forms/FormFooter';
import { formLevelError, reportServerError } from '../../components/forms/server-errors';
import {
  createAccountFormSchema,
  type CreateAccountFormInput,
  type CreateAccountFormOutput,
} from './account-forms';
import { CREATE_ACCOUNT_ERRORS } from './account-server-errors';
import { ACCOUNT_CHANGE_STALES } from './accounts-queries';
import { RoleField } from './RoleField';
import { TemporaryPasswordFields } from './TemporaryPasswordFields';

const EMPTY: CreateAccountFormInput = {
  userName: '',
  fullName: '',
  position: '',
  role: 'officer',
  temporaryPassword: '',
  confirmPassword: '',
};

interface CreateAccountModalProps {
  onClose: () => void;
  onCreated: (account: Account) => void;
}

export function CreateAccountModal({ onClose, onCreated }: CreateAccountModalProps) {
  const { t } = useTranslation(['accounts', 'shell']);
  const form = useForm<CreateAccountFormInput, unknown, CreateAccountFormOutput>({
    resolver: zodResolver(createAccountFormSchema),
    defaultValues: EMPTY,
  });
  const { errors, isSubmitting } = form.formState;
  const [typed, userName, fullName] = useWatch({
    control: form.control,
    name: ['temporaryPassword', 'userName', 'fullName'],
  });
  const create = useKaonaMutation({
    call: (api, account: MethodInput<'accounts.create'>) => api.accounts.create(account),
    invalidates: ACCOUNT_CHANGE_STALES,
  });

  const submit = form.handleSubmit(async ({ confirmPassword: _typedTwice, ...account }) => {
    try {
      onCreated(await create.mutateAsync(account));
    } catch (error) {
      reportServerError(error, form.setError, CREATE_ACCOUNT_ERRORS);
    }
  });

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('create.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('shell:common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            {...form.register('userName')}
            label={t('fields.userName')}
            description={t('fields.userNameHint')}
            autoComplete="off"
            spellCheck={false}
            withAsterisk
            data-autofocus
            error={fieldErrorMessage(errors.userName, t)}
          />
          <TextInput
            {...form.register('fullName')}
            label={t('fields.fullName')}
            description={t('fields.fullNameHint')}
            autoComplete="off"
            withAsterisk
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
              />
            )}
          />
          <TemporaryPasswordFields
            password={form.register('temporaryPassword')}
            confirmation={form.register('confirmPassword')}
            passwordError={errors.temporaryPassword}
            confirmationError={errors.confirmPassword}
            typed={typed}
            userName={userName}
            fullName={fullName}
          />
          <Alert color="blue" variant="light">
            {t('create.firstSignIn')}
          </Alert>
          <FormFooter
            submitLabel={t('create.submit')}
            pending={isSubmitting}
            error={formLevelError(errors)}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
