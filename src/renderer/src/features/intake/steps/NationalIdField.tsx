import { Text, TextInput } from '@mantine/core';
import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { IntakeFormValues } from '../intake-form';
import { formatTypedNationalId, nationalIdState } from '../national-id-typing';
import { useIntakeFieldError } from '../use-intake-field-error';

const STATE_COLOUR = { empty: 'dimmed', typing: 'dimmed', valid: 'teal.9', invalid: 'red.9' };

/** The 13 digits with the card's dashes as typed, and a live check-digit indicator under them. */
export function NationalIdField() {
  const { t } = useTranslation('intake');
  const { control } = useFormContext<IntakeFormValues>();
  const errorOf = useIntakeFieldError();
  return (
    <Controller
      control={control}
      name="identity.nationalId"
      render={({ field }) => {
        const state = nationalIdState(field.value);
        return (
          <TextInput
            ref={field.ref}
            name={field.name}
            value={formatTypedNationalId(field.value)}
            onChange={(event) => field.onChange(formatTypedNationalId(event.currentTarget.value))}
            onBlur={field.onBlur}
            label={t('identity.nationalId')}
            withAsterisk
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            maw={320}
            error={errorOf('identity.nationalId')}
            // Mantine ties the description to the box (aria-describedby); it is read as it changes.
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            description={
              <Text component="span" size="sm" c={STATE_COLOUR[state.kind]} aria-live="polite">
                {state.kind === 'typing'
                  ? t('identity.nationalIdTyping', { digits: state.digits })
                  : state.kind === 'invalid'
                    ? t(`identity.nationalIdState.${state.reason}`)
                    : t(`identity.nationalIdState.${state.kind}`)}
              </Text>
            }
          />
        );
      }}
    />
  );
}
