import { NumberInput } from '@mantine/core';
import { useState, type Ref } from 'react';
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
  const { control } = useFormContext<IntakeFormValues>();
  return (
    <Controller
      control={control}
      name="baseline.monthlyIncomeSatang"
      render={({ field: { ref, name, value, onChange, onBlur } }) => (
        <BahtInput inputRef={ref} name={name} satang={value} onSatang={onChange} onBlur={onBlur} />
      )}
    />
  );
}

interface BahtInputProps {
  inputRef: Ref<HTMLInputElement>;
  name: string;
  satang: number | null;
  onSatang: (satang: number | null) => void;
  onBlur: () => void;
}

function BahtInput({ inputRef, name, satang, onSatang, onBlur }: BahtInputProps) {
  const { t } = useTranslation('intake');
  const errorOf = useIntakeFieldError();
  // What is typed is kept as typed ("12500." on the way to "12500.50"); the form gets satang.
  const [typed, setTyped] = useState<string | number>(
    satang === null ? '' : satang / SATANG_PER_BAHT,
  );
  return (
    <NumberInput
      ref={inputRef}
      name={name}
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
      value={typed}
      onChange={(baht) => {
        setTyped(baht);
        const amount = typeof baht === 'number' ? baht : Number.parseFloat(baht);
        onSatang(Number.isFinite(amount) ? Math.round(amount * SATANG_PER_BAHT) : null);
      }}
      onBlur={onBlur}
      error={errorOf('baseline.monthlyIncomeSatang')}
    />
  );
}
