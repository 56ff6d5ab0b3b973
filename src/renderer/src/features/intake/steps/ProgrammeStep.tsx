import { NativeSelect, Stack, TextInput } from '@mantine/core';
import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  DEPARTMENTS,
  FLAGSHIP_PROJECTS,
  REFERRAL_SOURCES,
  TARGET_GROUPS,
} from '../../../../../shared/domain/cases/codes';
import type { IntakeFormValues } from '../intake-form';
import { useIntakeFieldError } from '../use-intake-field-error';
import { ChecklistField } from './ChecklistField';
import { ChoiceField } from './ChoiceField';

export function ProgrammeStep() {
  const { t } = useTranslation(['intake', 'cases']);
  const { register, control } = useFormContext<IntakeFormValues>();
  const errorOf = useIntakeFieldError();
  return (
    <Stack gap="lg">
      <ChecklistField
        name="programme.targetGroups"
        label={t('programme.targetGroups')}
        description={t('programme.targetGroupsHint')}
        withAsterisk
        options={TARGET_GROUPS}
        labelOf={(option) =>
          t(`cases:codes.targetGroups.${option as (typeof TARGET_GROUPS)[number]}`)
        }
      />
      <ChoiceField
        name="programme.department"
        label={t('programme.department')}
        vertical
        options={DEPARTMENTS}
        labelOf={(option) => t(`cases:codes.departments.${option as (typeof DEPARTMENTS)[number]}`)}
      />
      <Controller
        control={control}
        name="programme.flagshipProject"
        render={({ field }) => (
          <NativeSelect
            ref={field.ref}
            name={field.name}
            label={t('programme.flagshipProject')}
            withAsterisk
            value={field.value}
            onChange={(event) => field.onChange(event.currentTarget.value)}
            onBlur={field.onBlur}
            data={FLAGSHIP_PROJECTS.map((project) => ({
              value: project,
              label: t(`cases:codes.flagshipProjects.${project}`),
            }))}
            error={errorOf('programme.flagshipProject')}
          />
        )}
      />
      <ChoiceField
        name="programme.referralSource"
        label={t('programme.referralSource')}
        vertical
        options={REFERRAL_SOURCES}
        labelOf={(option) =>
          t(`cases:codes.referralSources.${option as (typeof REFERRAL_SOURCES)[number]}`)
        }
      />
      <TextInput
        {...register('programme.referralSourceDetail')}
        label={t('programme.referralSourceDetail')}
        error={errorOf('programme.referralSourceDetail')}
      />
    </Stack>
  );
}
