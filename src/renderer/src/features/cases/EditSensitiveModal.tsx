import { zodResolver } from '@hookform/resolvers/zod';
import { Checkbox, SimpleGrid, Textarea } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { DISABILITY_TYPES, type RevealedValue } from '../../../../shared/domain/cases';
import { fieldErrorMessage } from '../../components/field-error';
import { sensitiveFormSchema, type SensitiveFormInput } from './case-edit-forms';
import { SectionEditModal } from './SectionEditModal';
import { useSectionSave } from './use-section-save';

type Sensitive = z.output<typeof sensitiveFormSchema>;

interface EditSensitiveModalProps {
  caseId: number;
  disability: RevealedValue;
  health: RevealedValue;
  onClose: () => void;
}

/** Disability types and health notes: only after both were shown, by a role allowed to. */
export function EditSensitiveModal({
  caseId,
  disability,
  health,
  onClose,
}: EditSensitiveModalProps) {
  const { t } = useTranslation(['cases', 'shell']);
  const form = useForm<SensitiveFormInput, unknown, Sensitive>({
    resolver: zodResolver(sensitiveFormSchema),
    defaultValues: {
      disabilityTypes: disability.disabilityTypes,
      healthNotes: health.healthNotes,
    },
  });
  const submit = useSectionSave({
    caseId,
    form,
    call: (api, sensitive: Sensitive) => api.cases.updateSensitive({ caseId, ...sensitive }),
    fields: ['disabilityTypes', 'healthNotes'],
    onSaved: onClose,
  });

  return (
    <SectionEditModal
      title={t('sections.sensitive')}
      form={form}
      onSubmit={submit}
      onClose={onClose}
    >
      <Controller
        control={form.control}
        name="disabilityTypes"
        render={({ field, fieldState }) => (
          <Checkbox.Group
            label={t('fields.baseline.disabilityTypes')}
            value={field.value}
            onChange={field.onChange}
            error={fieldErrorMessage(fieldState.error, t)}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
              {DISABILITY_TYPES.map((code) => (
                <Checkbox key={code} value={code} label={t(`codes.disabilityTypes.${code}`)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
        )}
      />
      <Textarea
        {...form.register('healthNotes')}
        label={t('fields.baseline.healthNotes')}
        autosize
        minRows={3}
        error={fieldErrorMessage(form.formState.errors.healthNotes, t)}
      />
    </SectionEditModal>
  );
}
