import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Stack, Text } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useKaonaMutation } from '../../api';
import { PasswordField } from '../../components/PasswordField';
import { fieldErrorMessage } from '../../components/field-error';
import { FormFooter } from '../../components/forms/FormFooter';
import { formLevelError, reportServerError } from '../../components/forms/server-errors';
import {
  RENEW_RECOVERY_DEFAULTS,
  RENEW_RECOVERY_ERRORS,
  renewRecoveryFormSchema,
  type RenewRecoveryFormValues,
} from './renew-recovery-form';

interface ReauthenticateFormProps {
  onRenewed: (recoveryCode: string) => void;
  onCancel: () => void;
}

/**
 * The first step of a renewal: the admin's password again. Main answers with the new code but
 * keeps the old one in force until the admin confirms the new one is stored.
 */
export function ReauthenticateForm({ onRenewed, onCancel }: ReauthenticateFormProps) {
  const { t } = useTranslation(['vault', 'auth']);
  const form = useForm<RenewRecoveryFormValues>({
    resolver: zodResolver(renewRecoveryFormSchema),
    defaultValues: RENEW_RECOVERY_DEFAULTS,
  });
  const { errors, isSubmitting } = form.formState;
  // No invalidation here: the notice stays until the admin confirms the code is stored.
  const renew = useKaonaMutation({
    call: (api, values: RenewRecoveryFormValues) => api.vault.renewRecoveryCode(values),
  });

  const submit = form.handleSubmit(async (values) => {
    try {
      const { recoveryCode } = await renew.mutateAsync(values);
      onRenewed(recoveryCode);
    } catch (error) {
      form.resetField('password');
      reportServerError(error, form.setError, RENEW_RECOVERY_ERRORS);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text>{t('renew.intro')}</Text>
        <Alert color="blue" variant="light" role="note">
          {t('renew.reauth')}
        </Alert>
        <PasswordField
          label={t('renew.password')}
          autoComplete="current-password"
          data-autofocus
          error={fieldErrorMessage(errors.password, t)}
          {...form.register('password')}
        />
        <FormFooter
          submitLabel={t('renew.submit')}
          pending={isSubmitting}
          error={formLevelError(errors)}
          errorTitle={t('renew.failed')}
          onCancel={onCancel}
        />
      </Stack>
    </form>
  );
}
