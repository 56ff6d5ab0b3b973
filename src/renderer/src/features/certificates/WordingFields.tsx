import { MultiSelect, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Controller, useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  CERTIFICATE_ACHIEVEMENTS,
  type CertificateAchievement,
} from '../../../../shared/domain/documents';
import { BuddhistDateField } from '../../components/buddhist-date';
import { fieldErrorMessage } from '../../components/field-error';
import type { WordingValues } from './certificate-form';
import { certificatesQueries } from './certificates-queries';

interface WordingFieldsProps {
  form: UseFormReturn<WordingValues>;
  /** Achievements that may not be chosen, each with the sentence saying why. */
  disabled: Partial<Record<CertificateAchievement, string>>;
}

/** What the certificate says: the achievement, the course or wording, a second line, date, signers. */
export function WordingFields({ form, disabled }: WordingFieldsProps) {
  const { t } = useTranslation(['certificates', 'shell']);
  const signers = useQuery(certificatesQueries.signers());
  const achievement = useWatch({ control: form.control, name: 'achievement' });
  const { errors } = form.formState;
  const reason = disabled[achievement];
  return (
    <Stack gap="sm">
      <NativeSelect
        {...form.register('achievement')}
        label={t('wording.achievement')}
        data={CERTIFICATE_ACHIEVEMENTS.map((value) => ({
          value,
          label: disabled[value]
            ? t('wording.notEligibleOption', { label: t(`achievements.${value}`) })
            : t(`achievements.${value}`),
          disabled: disabled[value] !== undefined,
        }))}
        error={reason ?? fieldErrorMessage(errors.achievement, t)}
      />
      {Object.keys(disabled).length > 0 && (
        <Text size="sm" c="dimmed">
          {Object.entries(disabled)
            .map(
              ([value, why]) => `${t(`achievements.${value as CertificateAchievement}`)}: ${why}`,
            )
            .join(' · ')}
        </Text>
      )}
      {(achievement === 'training' || achievement === 'custom') && (
        <TextInput
          {...form.register('text')}
          label={achievement === 'training' ? t('wording.course') : t('wording.customText')}
          description={achievement === 'training' ? t('wording.courseHint') : undefined}
          withAsterisk
          autoComplete="off"
          error={fieldErrorMessage(errors.text, t)}
        />
      )}
      <TextInput
        {...form.register('detailText')}
        label={t('wording.detail')}
        description={t('wording.detailHint')}
        autoComplete="off"
        error={fieldErrorMessage(errors.detailText, t)}
      />
      <Controller
        control={form.control}
        name="issuedOn"
        render={({ field, fieldState }) => (
          <BuddhistDateField
            label={t('wording.issuedOn')}
            withAsterisk
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            inputRef={field.ref}
            error={fieldErrorMessage(fieldState.error, t)}
          />
        )}
      />
      <Controller
        control={form.control}
        name="signerIds"
        render={({ field, fieldState }) => (
          <MultiSelect
            label={t('wording.signers')}
            description={t('wording.signersHint')}
            maxValues={2}
            data={(signers.data ?? []).map((signer) => ({
              value: String(signer.signerId),
              label: `${signer.fullName} (${signer.positionLines[0] ?? ''})`,
            }))}
            value={(field.value ?? []).map(String)}
            onChange={(values) => field.onChange(values.map(Number))}
            onBlur={field.onBlur}
            error={fieldErrorMessage(fieldState.error, t)}
          />
        )}
      />
    </Stack>
  );
}
