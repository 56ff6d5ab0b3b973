import { NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DISABILITY_TYPES } from '../../../../../shared/domain/cases/codes';
import type { IntakeFormValues } from '../intake-form';
import { useIntakeFieldError } from '../use-intake-field-error';
import { ChecklistField } from './ChecklistField';
import { FlagField } from './FlagField';
import { IncomeField } from './IncomeField';

export function BaselineStep() {
  const { t } = useTranslation(['intake', 'cases']);
  const { register, control, setValue } = useFormContext<IntakeFormValues>();
  const errorOf = useIntakeFieldError();
  const disabilityCard = useWatch({ control, name: 'baseline.disabilityCard' });
  return (
    <Stack gap="md">
      <Controller
        control={control}
        name="baseline.householdSize"
        render={({ field }) => (
          <NumberInput
            ref={field.ref}
            name={field.name}
            label={t('baseline.householdSize')}
            withAsterisk
            allowDecimal={false}
            allowNegative={false}
            min={1}
            max={50}
            maw={200}
            value={field.value ?? ''}
            onChange={(size) => field.onChange(typeof size === 'number' ? size : null)}
            onBlur={field.onBlur}
            error={errorOf('baseline.householdSize')}
          />
        )}
      />
      <IncomeField />
      <FlagField name="baseline.welfareCard" label={t('baseline.welfareCard')} />
      <FlagField
        name="baseline.disabilityCard"
        label={t('baseline.disabilityCard')}
        // Types ticked before the card was unticked would be stored without a card.
        onValueChange={(card) => {
          if (!card) setValue('baseline.disabilityTypes', []);
        }}
      />
      {disabilityCard && (
        <ChecklistField
          name="baseline.disabilityTypes"
          label={t('baseline.disabilityTypes')}
          description={t('baseline.sensitiveHint')}
          withAsterisk
          options={DISABILITY_TYPES}
          labelOf={(option) =>
            t(`cases:codes.disabilityTypes.${option as (typeof DISABILITY_TYPES)[number]}`)
          }
        />
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          {...register('baseline.caregiverName')}
          label={t('baseline.caregiverName')}
          autoComplete="off"
          error={errorOf('baseline.caregiverName')}
        />
        <TextInput
          {...register('baseline.caregiverRelation')}
          label={t('baseline.caregiverRelation')}
          error={errorOf('baseline.caregiverRelation')}
        />
      </SimpleGrid>
      <TextInput
        {...register('baseline.occupation')}
        label={t('baseline.occupation')}
        error={errorOf('baseline.occupation')}
      />
      <Textarea
        {...register('baseline.healthNotes')}
        label={t('baseline.healthNotes')}
        description={t('baseline.sensitiveHint')}
        rows={3}
        resize="vertical"
        error={errorOf('baseline.healthNotes')}
      />
    </Stack>
  );
}
