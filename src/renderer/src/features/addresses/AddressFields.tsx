import { Fieldset, Stack, TextInput } from '@mantine/core';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldErrorMessage } from '../../components/field-error';

interface AddressFieldsProps {
  /** The address object's path in the form (`registeredAddress`). */
  name: string;
  legend: string;
  disabled?: boolean;
}

/**
 * PLACEHOLDER until the addresses feature's picker is merged (same path, same props): the line and
 * the postcode as text; the subdistrict chosen before stays as it was.
 */
export function AddressFields({ name, legend, disabled }: AddressFieldsProps) {
  const { t } = useTranslation(['cases', 'shell']);
  const { register, getFieldState, formState } = useFormContext();
  const errorOf = (part: string) =>
    fieldErrorMessage(getFieldState(`${name}.${part}`, formState).error, t);
  return (
    <Fieldset legend={legend} disabled={disabled}>
      <Stack gap="sm">
        <TextInput
          {...register(`${name}.line`)}
          label={t('address.line')}
          autoComplete="off"
          error={errorOf('line')}
        />
        <TextInput
          {...register(`${name}.postcode`)}
          label={t('address.postcode')}
          inputMode="numeric"
          maxLength={5}
          w={140}
          autoComplete="off"
          error={errorOf('postcode')}
        />
      </Stack>
    </Fieldset>
  );
}
