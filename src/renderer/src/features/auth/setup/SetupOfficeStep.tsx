import { Input, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../../app/layout/LanguageSwitch';
import { PasswordField } from '../../../components/PasswordField';
import { fieldErrorMessage } from '../../../components/field-error';
import { PasswordStrengthMeter } from '../../../components/PasswordStrengthMeter';
import type { SetupFormValues } from './setup-form';

/** The office's name and language, and the first administrator's account. */
export function SetupOfficeStep() {
  const { t } = useTranslation('auth');
  const { register, control, formState } = useFormContext<SetupFormValues>();
  const { errors } = formState;
  const [password, userName, fullName] = useWatch({
    control,
    name: ['password', 'adminUserName', 'adminFullName'],
  });

  return (
    <Stack gap="xl">
      <Stack gap="md" component="section" aria-labelledby="setup-office">
        <Title order={2} id="setup-office">
          {t('setup.office.heading')}
        </Title>
        <TextInput
          label={t('setup.office.agencyName')}
          description={t('setup.office.agencyNameHint')}
          withAsterisk
          autoFocus
          error={fieldErrorMessage(errors.agencyName, t)}
          {...register('agencyName')}
        />
        {/* The language switches the wizard itself at once; the form sends whatever is chosen. */}
        <Input.Wrapper
          label={t('setup.office.language')}
          description={t('setup.office.languageHint')}
        >
          <div>
            <LanguageSwitch />
          </div>
        </Input.Wrapper>
      </Stack>

      <Stack gap="md" component="section" aria-labelledby="setup-admin">
        <Title order={2} id="setup-admin">
          {t('setup.admin.heading')}
        </Title>
        <Text size="sm">{t('setup.admin.intro')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('setup.admin.fullName')}
            description={t('setup.admin.fullNameHint')}
            withAsterisk
            error={fieldErrorMessage(errors.adminFullName, t)}
            {...register('adminFullName')}
          />
          <TextInput
            label={t('setup.admin.position')}
            description={t('setup.admin.positionHint')}
            error={fieldErrorMessage(errors.adminPosition, t)}
            {...register('adminPosition')}
          />
        </SimpleGrid>
        <TextInput
          label={t('setup.admin.userName')}
          description={t('setup.admin.userNameHint')}
          withAsterisk
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          error={fieldErrorMessage(errors.adminUserName, t)}
          {...register('adminUserName')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <PasswordField
            label={t('setup.admin.password')}
            withAsterisk
            autoComplete="new-password"
            error={fieldErrorMessage(errors.password, t)}
            {...register('password')}
          />
          <PasswordField
            label={t('setup.admin.confirmPassword')}
            withAsterisk
            autoComplete="new-password"
            error={fieldErrorMessage(errors.confirmation, t)}
            {...register('confirmation')}
          />
        </SimpleGrid>
        <PasswordStrengthMeter password={password} userName={userName} fullName={fullName} />
      </Stack>
    </Stack>
  );
}
