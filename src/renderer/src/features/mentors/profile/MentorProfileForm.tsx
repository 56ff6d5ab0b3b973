import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Checkbox,
  MultiSelect,
  NumberInput,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DEPARTMENTS, type Department } from '../../../../../shared/domain/cases/codes';
import {
  CAPACITY_MAX,
  LANGUAGES,
  ORGANISATION_KINDS,
  PRODUCT_CATEGORIES,
  type MentorProfile,
  type OrganisationKind,
} from '../../../../../shared/domain/mentoring';
import { toKaonaApiError, useKaonaMutation } from '../../../api';
import { BuddhistDateField } from '../../../components/buddhist-date';
import { fieldErrorMessage } from '../../../components/field-error';
import { FormFooter } from '../../../components/forms/FormFooter';
import { formLevelError, reportServerError } from '../../../components/forms/server-errors';
import { mentorsKeys, mentorsQueries } from '../mentors-queries';
import { useProvinceNames } from '../use-province-names';
import { useSkillLabels } from '../use-skill-labels';
import {
  externalFor,
  PROFILE_FIELDS,
  profileDefaults,
  profileFormSchema,
  type ProfileFormInput,
  type ProfileFormOutput,
} from './mentor-profile-form';

interface MentorProfileFormProps {
  userId: number;
  /** null: the account has no profile yet. */
  profile: MentorProfile | null;
  onSaved?: (profile: MentorProfile) => void;
  onCancel?: () => void;
}

/** A mentor's profile: who they work for, what they know, where, in which languages, how many. */
export function MentorProfileForm({ userId, profile, onSaved, onCancel }: MentorProfileFormProps) {
  const { t } = useTranslation(['mentors', 'cases', 'shell']);
  const queryClient = useQueryClient();
  const skills = useSkillLabels();
  const provinces = useProvinceNames();
  const [conflict, setConflict] = useState(false);
  const form = useForm<ProfileFormInput, unknown, ProfileFormOutput>({
    resolver: zodResolver(profileFormSchema),
    defaultValues: profileDefaults(userId, profile),
  });
  const { errors, isSubmitting } = form.formState;
  const [kind, onlineOnly, chosenSkills] = useWatch({
    control: form.control,
    name: ['organisationKind', 'onlineOnly', 'skills'],
  });
  const save = useKaonaMutation({
    call: (api, input: ProfileFormOutput) => api.mentors.save(input),
    invalidates: [mentorsKeys.all],
  });

  const submit = form.handleSubmit(async (values) => {
    setConflict(false);
    try {
      const saved = await save.mutateAsync(values);
      form.reset(profileDefaults(userId, saved));
      notifications.show({
        color: 'teal',
        message: t('profile.saved'),
        closeButtonProps: { 'aria-label': t('shell:common.close') },
      });
      onSaved?.(saved);
    } catch (error) {
      if (toKaonaApiError(error).code === 'CONFLICT') {
        // Someone saved meanwhile: show their version, and let the clerk make the change again.
        const fresh = await queryClient.fetchQuery({
          ...mentorsQueries.profile(userId),
          staleTime: 0,
        });
        form.reset(profileDefaults(userId, fresh));
        setConflict(true);
        return;
      }
      reportServerError(error, form.setError, {
        fields: PROFILE_FIELDS,
        reasons: { skill_unknown: 'skills', province_unknown: 'provinceIds' },
      });
    }
  });

  const choose = (kindNow: OrganisationKind) => {
    form.setValue('organisationKind', kindNow, { shouldDirty: true });
    form.setValue('isExternal', externalFor(kindNow), { shouldDirty: true });
    if (kindNow !== 'department') form.setValue('department', null, { shouldDirty: true });
  };

  return (
    <Paper withBorder p="lg">
      <form onSubmit={submit} noValidate aria-label={t('profile.details')}>
        <Stack gap="md">
          {conflict && (
            <Alert color="orange" role="alert">
              {t('profile.conflict')}
            </Alert>
          )}
          <Controller
            control={form.control}
            name="organisationKind"
            render={({ field, fieldState }) => (
              <Radio.Group
                label={t('fields.organisationKind')}
                value={field.value}
                onChange={(value) => choose(value as OrganisationKind)}
                error={fieldErrorMessage(fieldState.error, t)}
                withAsterisk
              >
                <SimpleGrid cols={{ base: 1, sm: 3 }} mt="xs">
                  {ORGANISATION_KINDS.map((each) => (
                    <Radio key={each} value={each} label={t(`codes.organisationKinds.${each}`)} />
                  ))}
                </SimpleGrid>
              </Radio.Group>
            )}
          />
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <TextInput
              {...form.register('organisationName')}
              label={t('fields.organisationName')}
              description={t('fields.organisationNameHint')}
              autoComplete="off"
              error={fieldErrorMessage(errors.organisationName, t)}
            />
            {kind === 'department' && (
              <Controller
                control={form.control}
                name="department"
                render={({ field, fieldState }) => (
                  <Select
                    label={t('fields.department')}
                    withAsterisk
                    data={DEPARTMENTS.map((code) => ({
                      value: code,
                      label: t(`cases:codes.departments.${code}`),
                    }))}
                    value={field.value}
                    onChange={(value) => field.onChange(value as Department | null)}
                    onBlur={field.onBlur}
                    error={fieldErrorMessage(fieldState.error, t)}
                  />
                )}
              />
            )}
          </SimpleGrid>
          <Controller
            control={form.control}
            name="isExternal"
            render={({ field, fieldState }) => (
              <Checkbox
                label={t('fields.isExternal')}
                description={t('fields.isExternalHint')}
                checked={field.value}
                onChange={(event) => field.onChange(event.currentTarget.checked)}
                disabled={kind === 'lazada'}
                error={fieldErrorMessage(fieldState.error, t)}
              />
            )}
          />
          <Controller
            control={form.control}
            name="skills"
            render={({ field, fieldState }) => (
              <MultiSelect
                label={t('fields.skills')}
                data={skills.options(chosenSkills)}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                searchable
                clearable
                error={fieldErrorMessage(fieldState.error, t)}
              />
            )}
          />
          <Controller
            control={form.control}
            name="productCategories"
            render={({ field, fieldState }) => (
              <MultiSelect
                label={t('fields.productCategories')}
                data={PRODUCT_CATEGORIES.map((code) => ({
                  value: code,
                  label: t(`cases:codes.productCategories.${code}`),
                }))}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                clearable
                error={fieldErrorMessage(fieldState.error, t)}
              />
            )}
          />
          <Checkbox {...form.register('onlineOnly')} label={t('fields.onlineOnly')} />
          <Controller
            control={form.control}
            name="provinceIds"
            render={({ field, fieldState }) => (
              <MultiSelect
                label={t('fields.provinceIds')}
                data={provinces.options}
                value={field.value.map(String)}
                onChange={(values) => field.onChange(values.map(Number))}
                onBlur={field.onBlur}
                searchable
                clearable
                disabled={onlineOnly}
                withAsterisk={!onlineOnly}
                error={fieldErrorMessage(fieldState.error, t)}
              />
            )}
          />
          <Controller
            control={form.control}
            name="languages"
            render={({ field, fieldState }) => (
              <MultiSelect
                label={t('fields.languages')}
                data={LANGUAGES.map((code) => ({
                  value: code,
                  label: t(`cases:codes.languages.${code}`),
                }))}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                withAsterisk
                error={fieldErrorMessage(fieldState.error, t)}
              />
            )}
          />
          <Controller
            control={form.control}
            name="capacity"
            render={({ field, fieldState }) => (
              <NumberInput
                ref={field.ref}
                name={field.name}
                onBlur={field.onBlur}
                value={Number.isNaN(field.value) ? '' : field.value}
                onChange={(value) => field.onChange(typeof value === 'number' ? value : Number.NaN)}
                label={t('fields.capacity')}
                withAsterisk
                min={1}
                max={CAPACITY_MAX}
                allowDecimal={false}
                allowNegative={false}
                clampBehavior="none"
                styles={{ wrapper: { maxWidth: 160 } }}
                error={fieldErrorMessage(fieldState.error, t)}
              />
            )}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            {(['availableFrom', 'availableUntil'] as const).map((name) => (
              <Controller
                key={name}
                control={form.control}
                name={name}
                render={({ field, fieldState }) => (
                  <BuddhistDateField
                    label={t(`fields.${name}`)}
                    value={field.value ?? ''}
                    onChange={(iso) => field.onChange(iso === '' ? null : iso)}
                    onBlur={field.onBlur}
                    inputRef={field.ref}
                    error={fieldErrorMessage(fieldState.error, t)}
                  />
                )}
              />
            ))}
          </SimpleGrid>
          <Checkbox {...form.register('active')} label={t('fields.active')} />
          <TextInput
            {...form.register('contact')}
            label={t('fields.contact')}
            autoComplete="off"
            error={fieldErrorMessage(errors.contact, t)}
          />
          <Textarea
            {...form.register('notes')}
            label={t('fields.notes')}
            autosize
            minRows={2}
            error={fieldErrorMessage(errors.notes, t)}
          />
          <FormFooter
            submitLabel={t('profile.save')}
            pending={isSubmitting}
            error={formLevelError(errors)}
            onCancel={onCancel}
            justify="flex-start"
          />
        </Stack>
      </form>
    </Paper>
  );
}
