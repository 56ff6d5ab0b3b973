import { NumberInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useFormContext, type ControllerRenderProps } from 'react-hook-form';
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
  return (
    <Controller
      control={control}
      name="baseline.monthlyIncomeSatang"
      render={({ field }) => <BahtInput field={field} label={t('baseline.monthlyIncome')} />}
    />
  );
}

function BahtInput({
  field,
  label,
}: {
  field: ControllerRenderProps<IntakeFormValues, 'baseline.monthlyIncomeSatang'>;
  label: string;
}) {
  const { t } = useTranslation('intake');
  const errorOf = useIntakeFieldError();
  // What is typed is kept as typed ("12500." on the way to "12500.50"); the form gets satang.
  const [typed, setTyped] = useState<string | number>(
    field.value === null ? '' : field.value / SATANG_PER_BAHT,
  );
  return (
    <NumberInput
      ref={field.ref}
      name={field.name}
      label={label}
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
      value={typed}
      onChange={(baht) => {
        setTyped(baht);
        const amount = typeof baht === 'number' ? baht : Number.parseFloat(baht);
        field.onChange(Number.isFinite(amount) ? Math.round(amount * SATANG_PER_BAHT) : null);
      }}
      onBlur={field.onBlur}
      error={errorOf('baseline.monthlyIncomeSatang')}
    />
  );
}
