import { Group, Input, NumberInput } from '@mantine/core';
import { useId } from 'react';
import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldErrorMessage } from '../../components/field-error';
import { splitMinutes } from './mentoring-format';
import type { SessionFormValues } from './session-form';

// Mantine gives a string while the box holds no number yet ('' or '01'); read it as typed.
const asNumber = (value: string | number) => {
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(number) ? number : 0;
};

/**
 * A duration typed as hours and minutes ("1 hour 30") and kept as minutes, as main stores it.
 * An empty box counts as 0 rather than blocking: the schema then says "at least 1 minute".
 */
export function DurationField() {
  const { t } = useTranslation(['mentoring', 'shell']);
  const { control } = useFormContext<SessionFormValues>();
  const labelId = useId();
  return (
    <Controller
      control={control}
      name="durationMinutes"
      render={({ field, fieldState }) => {
        const { hours, minutes } = splitMinutes(Number.isFinite(field.value) ? field.value : 0);
        const set = (h: number, m: number) => field.onChange(h * 60 + m);
        const error = fieldErrorMessage(fieldState.error, t);
        return (
          <Input.Wrapper
            labelElement="div"
            label={<span id={labelId}>{t('session.duration')}</span>}
            withAsterisk
            error={error}
          >
            <Group gap="sm" role="group" aria-labelledby={labelId} wrap="nowrap">
              <NumberInput
                ref={field.ref}
                label={t('session.hours')}
                value={hours}
                onChange={(value) => set(asNumber(value), minutes)}
                onBlur={field.onBlur}
                min={0}
                max={24}
                allowDecimal={false}
                allowNegative={false}
                clampBehavior="none"
                maw={120}
                aria-invalid={error !== undefined}
              />
              <NumberInput
                label={t('session.minutes')}
                value={minutes}
                onChange={(value) => set(hours, asNumber(value))}
                onBlur={field.onBlur}
                min={0}
                max={59}
                allowDecimal={false}
                allowNegative={false}
                clampBehavior="none"
                maw={120}
                aria-invalid={error !== undefined}
              />
            </Group>
          </Input.Wrapper>
        );
      }}
    />
  );
}
