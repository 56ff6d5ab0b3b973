import { Group, Input, NativeSelect } from '@mantine/core';
import { useId, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { monthName, toBuddhistYear, toGregorianYear } from '../../../../shared/thai';
import { useLanguage } from '../../app/providers/language-context';

interface MonthFieldProps {
  label: string;
  /** Gregorian `YYYY-MM`. */
  value: string;
  onChange: (month: string) => void;
  /** The latest Gregorian year offered (this year); five years back are offered too. */
  latestYear: number;
  error?: string;
  inputRef?: Ref<HTMLSelectElement>;
}

const YEARS_BACK = 5;

/** A calendar month picked as a month name and a พ.ศ. year, kept as Gregorian `YYYY-MM`. */
export function MonthField({
  label,
  value,
  onChange,
  latestYear,
  error,
  inputRef,
}: MonthFieldProps) {
  const { t } = useTranslation('mentoring');
  const { language } = useLanguage();
  const labelId = useId();
  const [year = String(latestYear), month = '01'] = value.split('-');
  const beYears = Array.from({ length: YEARS_BACK + 1 }, (_, index) =>
    String(toBuddhistYear(latestYear - index)),
  );
  return (
    <Input.Wrapper
      labelElement="div"
      label={<span id={labelId}>{label}</span>}
      withAsterisk
      error={error}
    >
      <Group gap="sm" role="group" aria-labelledby={labelId} wrap="nowrap">
        <NativeSelect
          ref={inputRef}
          label={t('month.month')}
          value={month}
          onChange={(event) => onChange(`${year}-${event.currentTarget.value}`)}
          data={Array.from({ length: 12 }, (_, index) => ({
            value: String(index + 1).padStart(2, '0'),
            label: monthName(index + 1, language, 'long'),
          }))}
          aria-invalid={error !== undefined}
        />
        <NativeSelect
          label={t('month.year')}
          value={String(toBuddhistYear(Number(year)))}
          onChange={(event) =>
            onChange(`${toGregorianYear(Number(event.currentTarget.value))}-${month}`)
          }
          data={beYears}
          aria-invalid={error !== undefined}
        />
      </Group>
    </Input.Wrapper>
  );
}
