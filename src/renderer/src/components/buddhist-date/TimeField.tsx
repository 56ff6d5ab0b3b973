import { TextInput } from '@mantine/core';
import type { Ref } from 'react';

export interface TimeFieldProps {
  label: string;
  /** `HH:mm`, 24-hour, or what was typed while it is not one yet. */
  value: string;
  onChange: (time: string) => void;
  onBlur?: () => void;
  error?: string;
  description?: string;
  withAsterisk?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * Thai offices write times as "13.30 น." or "1330": either is read as `13:30` when the field is
 * left. Anything else stays as typed, for the schema to refuse under the field.
 */
export function normaliseTypedTime(typed: string): string {
  const match = /^\s*(\d{1,2})[:.]?(\d{2})\s*(น\.?)?\s*$/.exec(typed);
  if (!match) return typed.trim();
  return `${match[1]!.padStart(2, '0')}:${match[2]}`;
}

/** A 24-hour time of day, typed rather than picked (a clerk types faster than they scroll). */
export function TimeField({
  label,
  value,
  onChange,
  onBlur,
  error,
  description,
  withAsterisk,
  inputRef,
}: TimeFieldProps) {
  return (
    <TextInput
      ref={inputRef}
      label={label}
      description={description}
      withAsterisk={withAsterisk}
      value={value}
      placeholder="13:30"
      inputMode="numeric"
      autoComplete="off"
      maw={160}
      onChange={(event) => onChange(event.currentTarget.value)}
      onBlur={() => {
        const normal = normaliseTypedTime(value);
        if (normal !== value) onChange(normal);
        onBlur?.();
      }}
      error={error}
    />
  );
}
