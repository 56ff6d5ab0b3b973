import { Fieldset, Group, Input, NativeSelect, TextInput } from '@mantine/core';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain/preferences';
import { useLanguage } from '../../app/providers/language-context';
import type { BuddhistDateParts } from './buddhist-date';

// The three parts are read under the legend ("ตั้งแต่วันที่"): quieter labels keep that order clear.
const PART_LABEL = { labelProps: { fw: 400, c: 'dimmed' } } as const;

const MONTH_LOCALES: Readonly<Record<Language, string>> = { th: 'th-TH', en: 'en-GB' };

function monthNames(language: Language): string[] {
  const format = new Intl.DateTimeFormat(MONTH_LOCALES[language], {
    month: 'long',
    timeZone: 'UTC',
  });
  return Array.from({ length: 12 }, (_, index) => format.format(Date.UTC(2000, index, 1)));
}

interface BuddhistDateInputProps {
  legend: string;
  value: BuddhistDateParts;
  onChange: (value: BuddhistDateParts) => void;
  onBlur?: () => void;
  error?: string;
}

/**
 * A date typed as day, month and Buddhist-era year in three boxes. A date picker would show
 * Gregorian years or two-digit ones; three boxes with "ปี พ.ศ." on the year leave no doubt which
 * calendar the clerk is typing in (a Gregorian year is refused, see buddhist-date.ts).
 */
export function BuddhistDateInput({
  legend,
  value,
  onChange,
  onBlur,
  error,
}: BuddhistDateInputProps) {
  const { t } = useTranslation('audit');
  const { language } = useLanguage();
  const months = useMemo(() => monthNames(language), [language]);
  const errorId = useId();
  const invalid = !!error;
  const described = invalid ? errorId : undefined;
  return (
    <Fieldset
      legend={legend}
      variant="unstyled"
      styles={{
        legend: { fontWeight: 500, fontSize: 'var(--mantine-font-size-sm)', marginBottom: 4 },
      }}
    >
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <TextInput
          label={t('date.day')}
          {...PART_LABEL}
          value={value.day}
          onChange={(event) => onChange({ ...value, day: event.currentTarget.value })}
          onBlur={onBlur}
          inputMode="numeric"
          maxLength={2}
          w={64}
          error={invalid}
          aria-describedby={described}
        />
        <NativeSelect
          label={t('date.month')}
          {...PART_LABEL}
          value={value.month}
          onChange={(event) => onChange({ ...value, month: event.currentTarget.value })}
          onBlur={onBlur}
          data={[
            { value: '', label: '' },
            ...months.map((name, index) => ({ value: String(index + 1), label: name })),
          ]}
          w={140}
          error={invalid}
          aria-describedby={described}
        />
        <TextInput
          label={t('date.year')}
          {...PART_LABEL}
          value={value.year}
          onChange={(event) => onChange({ ...value, year: event.currentTarget.value })}
          onBlur={onBlur}
          inputMode="numeric"
          maxLength={4}
          w={88}
          error={invalid}
          aria-describedby={described}
        />
      </Group>
      {error && (
        <Input.Error id={errorId} mt={4}>
          {error}
        </Input.Error>
      )}
    </Fieldset>
  );
}
