import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buddhistTextToIso, isoToBuddhistText } from './be-date-text';

interface BuddhistDateTextInputProps {
  label: string;
  /** ISO day, or null for none. */
  value: string | null;
  onChange: (isoDate: string | null) => void;
  /** A message from outside (a date range in the wrong order). */
  error?: string;
}

/**
 * A stand-in until the shared Buddhist-era date input (components/buddhist-date) is merged: one
 * box typed as day/month/พ.ศ. year, read by the shared parser, which refuses a ค.ศ. year instead
 * of guessing. The parent hears only valid dates (or "none").
 */
export function BuddhistDateTextInput({
  label,
  value,
  onChange,
  error,
}: BuddhistDateTextInputProps) {
  const { t } = useTranslation('cases');
  const [text, setText] = useState(() => isoToBuddhistText(value ?? ''));
  const [problem, setProblem] = useState<string | undefined>();

  function commit() {
    const result = buddhistTextToIso(text);
    if (result.ok) {
      setProblem(undefined);
      if (result.isoDate !== value) onChange(result.isoDate);
    } else {
      setProblem(t(`formErrors.${result.message}`));
    }
  }

  return (
    <TextInput
      label={label}
      description={t('beDate.hint')}
      placeholder={t('beDate.placeholder')}
      value={text}
      onChange={(event) => setText(event.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
      }}
      inputMode="numeric"
      autoComplete="off"
      error={problem ?? error}
      w={200}
    />
  );
}
