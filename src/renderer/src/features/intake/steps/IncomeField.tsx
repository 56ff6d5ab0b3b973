import { NumberInput } from '@mantine/core';
import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { INCOME_MAX_SATANG } from '../../../../../shared/domain/cases/intake';
import type { IntakeFormValues } from '../intake-form';
import { useIntakeFieldError } from '../use-intake-field-error';

const SATANG_PER_BAHT = 100;

/**
 * Typed and shown in baht with thousands separators (12,500.50), stored in satang: whole numbers
 * never round, so sums and comparisons in reports stay exact.
 */
export function IncomeField() {
  const { t } = useTranslation('intake');
  const { control } = useFormContext<IntakeFormValues>();
  const errorOf = useIntakeFieldError();
  return (
    <Controller
      control={control}
      name="baseline.monthlyIncomeSatang"
      render={({ field }) => (
        <NumberInput
          ref={field.ref}
          name={field.name}
          label={t('baseline.monthlyIncome')}
          description={t('baseline.monthlyIncomeHint')}
          withAsterisk
          thousandSeparator=","
          decimalScale={2}
          allowNegative={false}
          hideControls
          max={INCOME_MAX_SATANG / SATANG_PER_BAHT}
          maw={260}
          rightSection={t('baseline.baht')}
          rightSectionWidth={48}
          value={field.value === null ? '' : field.value / SATANG_PER_BAHT}
          onChange={(baht) =>
            field.onChange(typeof baht === 'number' ? Math.round(baht * SATANG_PER_BAHT) : null)
          }
          onBlur={field.onBlur}
          error={errorOf('baseline.monthlyIncomeSatang')}
        />
      )}
    />
  );
}
