import { Fieldset, Input, Stack, TextInput } from '@mantine/core';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CONSENT_GIVERS, CONSENT_PURPOSES } from '../../../../../shared/domain/cases/codes';
import type { IntakeFormValues } from '../intake-form';
import { useIntakeFieldError } from '../use-intake-field-error';
import { ChoiceField } from './ChoiceField';
import { ConsentNotice } from './ConsentNotice';
import { FlagField } from './FlagField';

/** One tick per purpose (PDPA s.19): the programme itself is required, the others are free. */
export function ConsentsStep() {
  const { t } = useTranslation('intake');
  const { register, control, setValue } = useFormContext<IntakeFormValues>();
  const errorOf = useIntakeFieldError();
  const givenBy = useWatch({ control, name: 'consents.givenBy' });
  const choicesError = errorOf('consents.choices');
  return (
    <Stack gap="md">
      <ConsentNotice />
      <Fieldset legend={t('consents.purposesLegend')}>
        <Stack gap="sm">
          {CONSENT_PURPOSES.map((purpose, index) => (
            <FlagField
              key={purpose}
              name={`consents.choices.${index}.granted`}
              label={t(`consents.purposes.${purpose}`)}
              description={t(`consents.purposeHints.${purpose}`)}
            />
          ))}
          {choicesError && <Input.Error role="alert">{choicesError}</Input.Error>}
        </Stack>
      </Fieldset>
      <ChoiceField
        name="consents.givenBy"
        label={t('consents.givenBy')}
        options={CONSENT_GIVERS}
        labelOf={(giver) => t(`consents.givers.${giver as (typeof CONSENT_GIVERS)[number]}`)}
        onValueChange={(giver) => {
          if (giver === 'self') setValue('consents.guardianName', '');
        }}
      />
      {givenBy === 'guardian' && (
        <TextInput
          {...register('consents.guardianName')}
          label={t('consents.guardianName')}
          withAsterisk
          autoComplete="off"
          error={errorOf('consents.guardianName')}
        />
      )}
    </Stack>
  );
}
