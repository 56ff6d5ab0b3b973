import { zodResolver } from '@hookform/resolvers/zod';
import { Checkbox, Group, Select, Stack, TextInput } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  DEPARTMENTS,
  FLAGSHIP_PROJECTS,
  REFERRAL_SOURCES,
  TARGET_GROUPS,
  programmeSchema,
  type CaseDetails,
} from '../../../../shared/domain/cases';
import { fieldErrorMessage } from '../../components/field-error';
import { SectionEditModal } from './SectionEditModal';
import { useSectionSave } from './use-section-save';

type ProgrammeInput = z.input<typeof programmeSchema>;
type Programme = z.output<typeof programmeSchema>;

interface EditProgrammeModalProps {
  details: CaseDetails;
  onClose: () => void;
}

export function EditProgrammeModal({ details, onClose }: EditProgrammeModalProps) {
  const { t } = useTranslation(['cases', 'shell']);
  const { caseId } = details;
  const form = useForm<ProgrammeInput, unknown, Programme>({
    resolver: zodResolver(programmeSchema),
    defaultValues: {
      targetGroups: details.targetGroups,
      department: details.department,
      flagshipProject: details.flagshipProject,
      referralSource: details.referralSource,
      referralSourceDetail: details.referralSourceDetail,
    },
  });
  const submit = useSectionSave({
    caseId,
    form,
    call: (api, programme: Programme) => api.cases.updateCase({ caseId, programme }),
    fields: [
      'targetGroups',
      'department',
      'flagshipProject',
      'referralSource',
      'referralSourceDetail',
    ],
    onSaved: onClose,
  });
  const choice = (
    name: 'department' | 'flagshipProject' | 'referralSource',
    data: { value: string; label: string }[],
  ) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field, fieldState }) => (
        <Select
          label={t(`fields.programme.${name}`)}
          data={data}
          value={field.value}
          onChange={(value) => field.onChange(value ?? field.value)}
          allowDeselect={false}
          error={fieldErrorMessage(fieldState.error, t)}
        />
      )}
    />
  );

  return (
    <SectionEditModal
      title={t('sections.programme')}
      form={form}
      onSubmit={submit}
      onClose={onClose}
    >
      <Controller
        control={form.control}
        name="targetGroups"
        render={({ field, fieldState }) => (
          <Checkbox.Group
            label={t('fields.programme.targetGroups')}
            value={field.value}
            onChange={field.onChange}
            error={fieldErrorMessage(fieldState.error, t)}
            withAsterisk
          >
            <Stack gap="xs" mt="xs">
              {TARGET_GROUPS.map((group) => (
                <Checkbox key={group} value={group} label={t(`codes.targetGroups.${group}`)} />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
      />
      {choice(
        'department',
        DEPARTMENTS.map((code) => ({ value: code, label: t(`codes.departments.${code}`) })),
      )}
      {choice(
        'flagshipProject',
        FLAGSHIP_PROJECTS.map((code) => ({
          value: code,
          label: t(`codes.flagshipProjects.${code}`),
        })),
      )}
      <Group grow align="flex-start">
        {choice(
          'referralSource',
          REFERRAL_SOURCES.map((code) => ({
            value: code,
            label: t(`codes.referralSources.${code}`),
          })),
        )}
        <TextInput
          {...form.register('referralSourceDetail')}
          label={t('fields.programme.referralSourceDetail')}
          autoComplete="off"
          error={fieldErrorMessage(form.formState.errors.referralSourceDetail, t)}
        />
      </Group>
    </SectionEditModal>
  );
}
