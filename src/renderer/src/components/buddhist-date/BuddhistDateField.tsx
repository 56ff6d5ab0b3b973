import { DateInput, DatesProvider } from '@mantine/dates';
import { useState, type FocusEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/providers/language-context';
import {
  BE_DAY_LABEL,
  BE_MONTH_LABEL,
  BE_VALUE_FORMAT,
  BE_YEAR_LABEL,
  formatBuddhist,
} from './buddhist-dayjs';
import { readTypedBuddhistDate, type TypedDateProblem } from './typed-buddhist-date';

export interface BuddhistDateFieldProps {
  label: string;
  /** The Gregorian ISO date (`YYYY-MM-DD`), or '' for none. */
  value: string;
  onChange: (isoDate: string) => void;
  onBlur?: () => void;
  /** The form's message for the field (required, a refusal from main). */
  error?: string;
  /** The last day allowed, ISO (a birth date: today in Bangkok). */
  maxDate?: string;
  description?: string;
  withAsterisk?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * The app's date field: typed as d/m/พ.ศ. (Thai or Arabic digits) or picked from a calendar whose
 * headers and years are in พ.ศ., stored as a Gregorian ISO date. A year typed in ค.ศ. is refused
 * with its own message rather than guessed (src/shared/thai/buddhist-date-input.ts); what was typed
 * is judged when the field is left, so a half-typed year never flashes an error.
 */
export function BuddhistDateField({
  label,
  value,
  onChange,
  onBlur,
  error,
  maxDate,
  description,
  withAsterisk,
  inputRef,
}: BuddhistDateFieldProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [problem, setProblem] = useState<TypedDateProblem | null>(null);
  const read = (typed: string) => readTypedBuddhistDate(typed, { maxDate });
  const be = (isoDate: string, format: string) => formatBuddhist(isoDate, format, language);

  const judge = (event: FocusEvent<HTMLInputElement>) => {
    const result = read(event.currentTarget.value);
    if (result.ok) {
      setProblem(null);
      if ((result.isoDate ?? '') !== value) onChange(result.isoDate ?? '');
    } else {
      setProblem(result.problem);
      // The form must not keep an earlier date while the box shows something else.
      if (value !== '') onChange('');
    }
    onBlur?.();
  };

  return (
    <DatesProvider settings={{ locale: language, firstDayOfWeek: 0 }}>
      <DateInput
        ref={inputRef}
        label={label}
        description={description ?? t('dateInput.hint')}
        placeholder={t('dateInput.placeholder')}
        withAsterisk={withAsterisk}
        value={value === '' ? null : value}
        onChange={(picked) => {
          setProblem(null);
          onChange(picked ?? '');
        }}
        onBlur={judge}
        dateParser={(typed) => {
          const result = read(typed);
          return result.ok ? result.isoDate : null;
        }}
        valueFormat={BE_VALUE_FORMAT}
        fixOnBlur={false}
        maxDate={maxDate}
        inputMode="numeric"
        maw={320}
        error={problem ? t(`dateInput.problems.${problem}`) : error}
        monthLabelFormat={(date) => be(date, BE_MONTH_LABEL)}
        yearLabelFormat={(date) => be(date, BE_YEAR_LABEL)}
        yearsListFormat={(date) => be(date, BE_YEAR_LABEL)}
        decadeLabelFormat={(start, end) =>
          `${be(start, BE_YEAR_LABEL)} – ${be(end, BE_YEAR_LABEL)}`
        }
        getDayAriaLabel={(date) => be(date, BE_DAY_LABEL)}
        ariaLabels={{
          nextMonth: t('dateInput.calendar.nextMonth'),
          previousMonth: t('dateInput.calendar.previousMonth'),
          nextYear: t('dateInput.calendar.nextYear'),
          previousYear: t('dateInput.calendar.previousYear'),
          nextDecade: t('dateInput.calendar.nextDecade'),
          previousDecade: t('dateInput.calendar.previousDecade'),
          monthLevelControl: t('dateInput.calendar.monthLevel'),
          yearLevelControl: t('dateInput.calendar.yearLevel'),
        }}
      />
    </DatesProvider>
  );
}
