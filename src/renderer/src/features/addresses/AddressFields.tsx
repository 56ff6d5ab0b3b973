import { Fieldset, Stack, TextInput } from '@mantine/core';
import { get, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldErrorMessage } from '../../components/field-error';

interface AddressFieldsProps {
  /** The form path of an address object `{ line, subdistrictId, postcode }`. */
  name: string;
  legend: string;
  disabled?: boolean;
}

/**
 * PLACEHOLDER until the addresses feature's cascading picker is merged (same path, same props):
 * the line and the postcode only, so the intake wizard can be built and tested against the API.
 */
export function AddressFields({ name, legend, disabled = false }: AddressFieldsProps) {
  const { t } = useTranslation(['intake', 'shell']);
  const {
    register,
    formState: { errors },
  } = useFormContext();
  return (
    <Fieldset legend={legend} disabled={disabled}>
      <Stack gap="sm">
        <TextInput
          {...register(`${name}.line`)}
          label={t('contact.addressLine')}
          error={fieldErrorMessage(get(errors, `${name}.line`), t)}
        />
        <TextInput
          {...register(`${name}.postcode`)}
          label={t('contact.postcode')}
          inputMode="numeric"
          maxLength={5}
          w={140}
          error={fieldErrorMessage(get(errors, `${name}.postcode`), t)}
        />
      </Stack>
    </Fieldset>
  );
}
