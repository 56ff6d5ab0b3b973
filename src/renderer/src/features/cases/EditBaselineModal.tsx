import { zodResolver } from '@hookform/resolvers/zod';
import { Checkbox, Group, NumberInput, TextInput } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { baselineEditSchema, type CaseDetails } from '../../../../shared/domain/cases';
import { fieldErrorMessage } from '../../components/field-error';
import { SectionEditModal } from './SectionEditModal';
import { useSectionSave } from './use-section-save';

type BaselineInput = z.input<typeof baselineEditSchema>;
type Baseline = z.output<typeof baselineEditSchema>;

const SATANG_PER_BAHT = 100;

interface EditBaselineModalProps {
  details: CaseDetails;
  onClose: () => void;
}

/** The household baseline without its sensitive part (that has its own dialog). */
export function EditBaselineModal({ details, onClose }: EditBaselineModalProps) {
  const { t } = useTranslation(['cases', 'shell']);
  const { caseId } = details;
  const form = useForm<BaselineInput, unknown, Baseline>({
    resolver: zodResolver(baselineEditSchema),
    defaultValues: {
      householdSize: details.householdSize,
      monthlyIncomeSatang: details.monthlyIncomeSatang,
      welfareCard: details.welfareCard,
      disabilityCard: details.disabilityCard,
      caregiverName: details.caregiverName,
      caregiverRelation: details.caregiverRelation,
      occupation: details.occupation,
    },
  });
  const { errors } = form.formState;
  const submit = useSectionSave({
    caseId,
    form,
    call: (api, baseline: Baseline) => api.cases.updateCase({ caseId, baseline }),
    fields: [
      'householdSize',
      'monthlyIncomeSatang',
      'caregiverName',
      'caregiverRelation',
      'occupation',
    ],
    onSaved: onClose,
  });
  const text = (name: 'caregiverName' | 'caregiverRelation' | 'occupation') => (
    <TextInput
      {...form.register(name)}
      label={t(`fields.baseline.${name}`)}
      autoComplete="off"
      error={fieldErrorMessage(errors[name], t)}
    />
  );

  return (
    <SectionEditModal
      title={t('sections.baseline')}
      form={form}
      onSubmit={submit}
      onClose={onClose}
    >
      <Group grow align="flex-start">
        <Controller
          control={form.control}
          name="householdSize"
          render={({ field, fieldState }) => (
            <NumberInput
              label={t('fields.baseline.householdSize')}
              value={field.value}
              onChange={(value) => field.onChange(typeof value === 'number' ? value : NaN)}
              onBlur={field.onBlur}
              min={1}
              max={50}
              allowDecimal={false}
              error={fieldErrorMessage(fieldState.error, t)}
            />
          )}
        />
        <Controller
          control={form.control}
          name="monthlyIncomeSatang"
          render={({ field, fieldState }) => (
            // Typed in baht with satang as decimals; kept in satang, as stored.
            <NumberInput
              label={t('fields.baseline.monthlyIncomeSatang')}
              value={field.value / SATANG_PER_BAHT}
              onChange={(value) =>
                field.onChange(
                  typeof value === 'number' ? Math.round(value * SATANG_PER_BAHT) : NaN,
                )
              }
              onBlur={field.onBlur}
              min={0}
              decimalScale={2}
              thousandSeparator=","
              error={fieldErrorMessage(fieldState.error, t)}
            />
          )}
        />
      </Group>
      <Checkbox {...form.register('welfareCard')} label={t('fields.baseline.welfareCard')} />
      <Checkbox {...form.register('disabilityCard')} label={t('fields.baseline.disabilityCard')} />
      <Group grow align="flex-start">
        {text('caregiverName')}
        {text('caregiverRelation')}
      </Group>
      {text('occupation')}
    </SectionEditModal>
  );
}
