import { SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { AddressFields } from '../../addresses/AddressFields';
import { INTAKE_DEFAULTS, type IntakeFormValues } from '../intake-form';
import { useIntakeFieldError } from '../use-intake-field-error';
import { FlagField } from './FlagField';

export function ContactStep() {
  const { t } = useTranslation('intake');
  const { register, control, setValue } = useFormContext<IntakeFormValues>();
  const errorOf = useIntakeFieldError();
  const sameAsRegistered = useWatch({ control, name: 'contact.currentSameAsRegistered' });
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          {...register('contact.phone')}
          label={t('contact.phone')}
          description={t('contact.phoneHint')}
          inputMode="tel"
          autoComplete="off"
          error={errorOf('contact.phone')}
        />
        <TextInput
          {...register('contact.lineId')}
          label={t('contact.lineId')}
          autoComplete="off"
          spellCheck={false}
          error={errorOf('contact.lineId')}
        />
      </SimpleGrid>
      <AddressFields name="contact.registeredAddress" legend={t('contact.registeredAddress')} />
      <FlagField
        name="contact.currentSameAsRegistered"
        label={t('contact.currentSameAsRegistered')}
        // The hidden address is stored as a copy of the registered one: nothing typed there may
        // block "next" unseen.
        onValueChange={(same) => {
          if (same) setValue('contact.currentAddress', INTAKE_DEFAULTS.contact.currentAddress);
        }}
      />
      {/* Kept out of the form while "same as" is ticked: the core stores a copy of the registered one. */}
      {!sameAsRegistered && (
        <AddressFields name="contact.currentAddress" legend={t('contact.currentAddress')} />
      )}
    </Stack>
  );
}
