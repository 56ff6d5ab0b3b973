import { zodResolver } from '@hookform/resolvers/zod';
import { Group, Select, TextInput } from '@mantine/core';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { BuddhistDateField } from '../../components/buddhist-date';
import { bangkokToday } from '../../../../shared/thai/bangkok-time';
import { useTranslation } from 'react-i18next';
import { NAME_TITLES, SEXES, type BeneficiaryProfile } from '../../../../shared/domain/cases';
import { fieldErrorMessage } from '../../components/field-error';
import {
  personDefaults,
  personFormSchema,
  type PersonFormInput,
  type PersonFormOutput,
} from './case-edit-forms';
import { SectionEditModal } from './SectionEditModal';
import { useSectionSave } from './use-section-save';

interface EditPersonModalProps {
  caseId: number;
  profile: BeneficiaryProfile;
  onClose: () => void;
}

export function EditPersonModal({ caseId, profile, onClose }: EditPersonModalProps) {
  const { t } = useTranslation(['cases', 'shell']);
  const form = useForm<PersonFormInput, unknown, PersonFormOutput>({
    resolver: zodResolver(personFormSchema),
    defaultValues: personDefaults(profile),
  });
  const { errors } = form.formState;
  const title = useWatch({ control: form.control, name: 'title' });
  const submit = useSectionSave({
    caseId,
    form,
    call: (api, person: PersonFormOutput) => api.cases.updateProfile({ caseId, person }),
    fields: [
      'title',
      'titleOther',
      'firstName',
      'lastName',
      'nickname',
      'latinName',
      'birthDate',
      'sex',
    ],
    reasons: { birth_date_in_future: 'birthDate', birth_date_too_old: 'birthDate' },
    onSaved: onClose,
  });
  const text = (name: 'firstName' | 'lastName' | 'nickname' | 'latinName' | 'titleOther') => (
    <TextInput
      {...form.register(name)}
      label={t(`fields.identity.${name}`)}
      withAsterisk={name === 'firstName' || name === 'lastName'}
      autoComplete="off"
      error={fieldErrorMessage(errors[name], t)}
    />
  );

  return (
    <SectionEditModal title={t('sections.person')} form={form} onSubmit={submit} onClose={onClose}>
      <Group grow align="flex-start">
        <Controller
          control={form.control}
          name="title"
          render={({ field, fieldState }) => (
            <Select
              label={t('fields.identity.title')}
              data={NAME_TITLES.map((code) => ({ value: code, label: t(`codes.titles.${code}`) }))}
              value={field.value}
              onChange={(value) => field.onChange(value ?? field.value)}
              allowDeselect={false}
              error={fieldErrorMessage(fieldState.error, t)}
            />
          )}
        />
        {title === 'other' && text('titleOther')}
      </Group>
      <Group grow align="flex-start">
        {text('firstName')}
        {text('lastName')}
      </Group>
      <Group grow align="flex-start">
        {text('nickname')}
        {text('latinName')}
      </Group>
      <Group grow align="flex-start">
        <Controller
          control={form.control}
          name="birthDate"
          render={({ field, fieldState }) => (
            <BuddhistDateField
              inputRef={field.ref}
              label={t('fields.identity.birthDate')}
              withAsterisk
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              maxDate={bangkokToday()}
              error={fieldErrorMessage(fieldState.error, t)}
            />
          )}
        />
        <Controller
          control={form.control}
          name="sex"
          render={({ field, fieldState }) => (
            <Select
              label={t('fields.identity.sex')}
              data={SEXES.map((code) => ({ value: code, label: t(`codes.sexes.${code}`) }))}
              value={field.value}
              onChange={(value) => field.onChange(value ?? field.value)}
              allowDeselect={false}
              error={fieldErrorMessage(fieldState.error, t)}
            />
          )}
        />
      </Group>
    </SectionEditModal>
  );
}
