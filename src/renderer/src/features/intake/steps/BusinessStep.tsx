import { Fieldset, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  LanguagesSelect,
  MentoringNeedsSelect,
  ProductCategorySelect,
} from '../../mentors/needs/MatchingFields';
import type { IntakeFormValues } from '../intake-form';
import { useIntakeFieldError } from '../use-intake-field-error';
import { FlagField } from './FlagField';

const READINESS = [
  'hasSmartphone',
  'hasInternet',
  'hasBankAccount',
  'hasProductPhotos',
  'hasOnlineShop',
] as const;

export function BusinessStep() {
  const { t } = useTranslation('intake');
  const { register, control } = useFormContext<IntakeFormValues>();
  const errorOf = useIntakeFieldError();
  const longText = (name: 'skills' | 'products' | 'goals' | 'notes') => (
    <Textarea
      {...register(`business.${name}`)}
      label={t(`business.${name}`)}
      rows={3}
      resize="vertical"
      error={errorOf(`business.${name}`)}
    />
  );
  return (
    <Stack gap="md">
      {longText('skills')}
      {longText('products')}
      <Fieldset legend={t('business.readiness')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {READINESS.map((flag) => (
            <FlagField key={flag} name={`business.${flag}`} label={t(`business.${flag}`)} />
          ))}
        </SimpleGrid>
      </Fieldset>
      <TextInput
        {...register('business.lazadaSellerId')}
        label={t('business.lazadaSellerId')}
        description={t('business.lazadaSellerIdHint')}
        autoComplete="off"
        spellCheck={false}
        maw={360}
        error={errorOf('business.lazadaSellerId')}
      />
      {longText('goals')}
      <Controller
        control={control}
        name="business.mentoringNeeds"
        render={({ field }) => (
          <MentoringNeedsSelect
            value={field.value ?? []}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={errorOf('business.mentoringNeeds')}
          />
        )}
      />
      <Controller
        control={control}
        name="business.productCategory"
        render={({ field }) => (
          <ProductCategorySelect
            value={field.value ?? null}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={errorOf('business.productCategory')}
          />
        )}
      />
      <Controller
        control={control}
        name="business.languages"
        render={({ field }) => (
          <LanguagesSelect
            value={field.value ?? []}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={errorOf('business.languages')}
          />
        )}
      />
      {longText('notes')}
    </Stack>
  );
}
