import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../shared/domain/accounts';
import { callKaona } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { fieldErrorMessage } from '../../components/field-error';
import {
  createAccountFormSchema,
  type CreateAccountFormInput,
  type CreateAccountFormOutput,
} from './account-forms';
import { RoleField } from './RoleField';
import { TemporaryPasswordFields } from './TemporaryPasswordFields';
import { useServerError } from './use-server-error';

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
  const { t } = useTranslation();
  const form = useForm<CreateAccountFormInput, unknown, CreateAccountFormOutput>({
    resolver: zodResolver(createAccountFormSchema),
    defaultValues: EMPTY,
  });
  const { errors, isSubmitting } = form.formState;
  const [typed, userName, fullName] = useWatch({
    control: form.control,
    name: ['temporaryPassword', 'userName', 'fullName'],
  });
  const server = useServerError(form.setError);

  const submit = form.handleSubmit(async ({ confirmPassword: _typedTwice, ...account }) => {
    server.clear();
    try {
      onCreated(await callKaona((api) => api.accounts.create(account)));
    } catch (error) {
      server.report(error, ['userName', 'temporaryPassword']);
    }
  });

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('accounts.create.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            {...form.register('userName')}
            label={t('accounts.fields.userName')}
            description={t('accounts.fields.userNameHint')}
            autoComplete="off"
            spellCheck={false}
            withAsterisk
            data-autofocus
            error={fieldErrorMessage(errors.userName, t)}
          />
          <TextInput
            {...form.register('fullName')}
            label={t('accounts.fields.fullName')}
            description={t('accounts.fields.fullNameHint')}
            autoComplete="off"
            withAsterisk
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
            {t('accounts.create.firstSignIn')}
          </Alert>
          {server.formError !== null && (
            <ErrorAlert title={t('adminForms.failed')} error={server.formError} />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={isSubmitting}>
              {t('adminForms.cancel')}
            </Button>
            <Button type="submit" loading={isSubmitting}>
              {t('accounts.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
