import { NumberInput } from '@mantine/core';
import { useState, type Ref } from 'react';
import { bahtToSatang, SATANG_PER_BAHT } from './mentoring-format';

interface BahtInputProps {
  label: string;
  /** Satang, as main keeps it (NaN while the box holds no number). */
  value: number;
  onChange: (satang: number) => void;
  onBlur?: () => void;
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * Money typed in baht ("12,345.67") and kept as whole satang. The box keeps the text as typed:
 * fed back the number, "12345." would lose its dot before the satang are typed.
 */
export function BahtInput({ label, value, onChange, onBlur, error, inputRef }: BahtInputProps) {
  const [typed, setTyped] = useState<string | number>(
    Number.isNaN(value) ? '' : value / SATANG_PER_BAHT,
  );
  return (
    <NumberInput
      ref={inputRef}
      label={label}
      withAsterisk
      value={typed}
      onChange={(next) => {
        setTyped(next);
        const baht = typeof next === 'number' ? next : next.trim() === '' ? NaN : Number(next);
        onChange(Number.isFinite(baht) ? bahtToSatang(baht) : Number.NaN);
      }}
      onBlur={onBlur}
      decimalScale={2}
      thousandSeparator=","
      clampBehavior="none"
      error={error}
    />
  );
}
