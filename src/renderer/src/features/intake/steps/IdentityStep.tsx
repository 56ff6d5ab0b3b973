import { Checkbox, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { NAME_TITLES, OTHER_ID_DOCUMENTS, SEXES } from '../../../../../shared/domain/cases/codes';
import { bangkokToday } from '../../../../../shared/thai';
import { BuddhistDateField } from '../../../components/buddhist-date';
import type { IntakeFormValues } from '../intake-form';
import { useIntakeFieldError } from '../use-intake-field-error';
import { ChoiceField } from './ChoiceField';
import { NationalIdField } from './NationalIdField';

export function IdentityStep() {
  const { t } = useTranslation(['intake', 'cases']);
  const { register, control, setValue } = useFormContext<IntakeFormValues>();
  // A hidden field must not keep a value that fails and blocks "next" with no message in sight.
  const clear = (
    ...paths: ('identity.titleOther' | 'identity.nationalId' | 'identity.otherIdNumber')[]
  ) => paths.forEach((path) => setValue(path, ''));
  const errorOf = useIntakeFieldError();
  const [title, hasThaiId] = useWatch({ control, name: ['identity.title', 'identity.hasThaiId'] });
  return (
    <Stack gap="md">
      <ChoiceField
        name="identity.title"
        label={t('identity.title')}
        options={NAME_TITLES}
        labelOf={(option) => t(`cases:codes.titles.${option as (typeof NAME_TITLES)[number]}`)}
        onValueChange={(chosen) => chosen !== 'other' && clear('identity.titleOther')}
      />
      {title === 'other' && (
        <TextInput
          {...register('identity.titleOther')}
          label={t('identity.titleOther')}
          withAsterisk
          maw={320}
          error={errorOf('identity.titleOther')}
        />
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          {...register('identity.firstName')}
          label={t('identity.firstName')}
          withAsterisk
          autoComplete="off"
          error={errorOf('identity.firstName')}
        />
        <TextInput
          {...register('identity.lastName')}
          label={t('identity.lastName')}
          withAsterisk
          autoComplete="off"
          error={errorOf('identity.lastName')}
        />
        <TextInput
          {...register('identity.nickname')}
          label={t('identity.nickname')}
          autoComplete="off"
          error={errorOf('identity.nickname')}
        />
        <TextInput
          {...register('identity.latinName')}
          label={t('identity.latinName')}
          description={t('identity.latinNameHint')}
          autoComplete="off"
          error={errorOf('identity.latinName')}
        />
      </SimpleGrid>
      <Controller
        control={control}
        name="identity.birthDate"
        render={({ field }) => (
          <BuddhistDateField
            inputRef={field.ref}
            label={t('identity.birthDate')}
            withAsterisk
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            maxDate={bangkokToday()}
            error={errorOf('identity.birthDate')}
          />
        )}
      />
      <ChoiceField
        name="identity.sex"
        label={t('identity.sex')}
        options={SEXES}
        labelOf={(option) => t(`cases:codes.sexes.${option as (typeof SEXES)[number]}`)}
      />
      <Controller
        control={control}
        name="identity.hasThaiId"
        render={({ field }) => (
          <Checkbox
            ref={field.ref}
            label={t('identity.noThaiId')}
            description={t('identity.noThaiIdHint')}
            checked={!field.value}
            onChange={(event) => {
              const noThaiId = event.currentTarget.checked;
              field.onChange(!noThaiId);
              if (noThaiId) clear('identity.nationalId');
              else {
                clear('identity.otherIdNumber');
                setValue('identity.otherIdDocument', null);
              }
            }}
            onBlur={field.onBlur}
          />
        )}
      />
      {hasThaiId ? (
        <NationalIdField />
      ) : (
        <Group align="flex-start" grow maw={640}>
          <Controller
            control={control}
            name="identity.otherIdDocument"
            render={({ field }) => (
              <NativeSelect
                ref={field.ref}
                name={field.name}
                label={t('identity.otherIdDocument')}
                withAsterisk
                value={field.value ?? ''}
                onChange={(event) => field.onChange(event.currentTarget.value || null)}
                onBlur={field.onBlur}
                data={[
                  { value: '', label: t('common.choose') },
                  ...OTHER_ID_DOCUMENTS.map((document) => ({
                    value: document,
                    label: t(`cases:codes.otherIdDocuments.${document}`),
                  })),
                ]}
                error={errorOf('identity.otherIdDocument')}
              />
            )}
          />
          <TextInput
            {...register('identity.otherIdNumber')}
            label={t('identity.otherIdNumber')}
            withAsterisk
            autoComplete="off"
            error={errorOf('identity.otherIdNumber')}
          />
        </Group>
      )}
    </Stack>
  );
}
