import { zodResolver } from '@hookform/resolvers/zod';
import { NativeSelect, NumberInput, Textarea, TextInput } from '@mantine/core';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  MILESTONE_KINDS,
  milestoneSchema,
  type Milestone,
  type MilestoneInput,
  type MilestoneKind,
} from '../../../../shared/domain/mentoring';
import { bangkokToday } from '../../../../shared/thai';
import { useKaonaMutation } from '../../api';
import { BuddhistDateField } from '../../components/buddhist-date';
import { fieldErrorMessage } from '../../components/field-error';
import { reportServerError } from '../../components/forms/server-errors';
import { casesKeys } from '../cases/cases-queries';
import { mentorChangeStales, mentoringKeys } from './mentoring-queries';
import {
  MILESTONE_FIELDS,
  MILESTONE_REASON_FIELDS,
  milestoneDefaults,
  type OutcomeSide,
} from './outcome-forms';
import { OutcomeModal, showSaved } from './OutcomeModal';
import { useRefreshOnConflict } from './use-refresh-on-conflict';

interface MilestoneModalProps {
  side: OutcomeSide;
  caseId: number;
  recorded: readonly Milestone[];
  onClose: () => void;
}

/** Shop opened (name and ID or link), products listed (how many), first order (when). */
export function MilestoneModal({ side, caseId, recorded, onClose }: MilestoneModalProps) {
  const { t } = useTranslation(['mentoring', 'shell']);
  const form = useForm<MilestoneInput>({
    resolver: zodResolver(milestoneSchema),
    defaultValues: milestoneDefaults(caseId, 'shop_opened', recorded),
  });
  const { errors } = form.formState;
  const kind = useWatch({ control: form.control, name: 'kind' });
  const stales =
    side === 'office'
      ? [mentoringKeys.progress(caseId), casesKeys.file(caseId)]
      : mentorChangeStales(caseId);
  const save = useKaonaMutation({
    call: (api, values: MilestoneInput) =>
      side === 'office'
        ? api.progress.recordMilestone(values)
        : api.mentoring.recordMilestone(values),
    invalidates: stales,
  });
  const refreshOnConflict = useRefreshOnConflict(stales);
  const submit = form.handleSubmit(async (values) => {
    try {
      await save.mutateAsync(values);
      showSaved(t('milestone.saved'), t('shell:common.close'));
      onClose();
    } catch (error) {
      refreshOnConflict(error);
      reportServerError(error, form.setError, {
        fields: MILESTONE_FIELDS,
        reasons: MILESTONE_REASON_FIELDS,
      });
    }
  });
  return (
    <OutcomeModal title={t('milestone.record')} form={form} onSubmit={submit} onClose={onClose}>
      <NativeSelect
        label={t('milestone.kind')}
        value={kind}
        onChange={(event) =>
          form.reset(
            milestoneDefaults(caseId, event.currentTarget.value as MilestoneKind, recorded),
          )
        }
        data={MILESTONE_KINDS.map((value) => ({
          value,
          label: t(`codes.milestones.${value}`),
        }))}
      />
      <Controller
        control={form.control}
        name="occurredOn"
        render={({ field, fieldState }) => (
          <BuddhistDateField
            label={t('milestone.occurredOn')}
            withAsterisk
            maxDate={bangkokToday()}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            inputRef={field.ref}
            error={fieldErrorMessage(fieldState.error, t)}
          />
        )}
      />
      {kind === 'shop_opened' && (
        <>
          <TextInput
            {...form.register('shopName')}
            label={t('milestone.shopName')}
            withAsterisk
            autoComplete="off"
            error={fieldErrorMessage(errors.shopName, t)}
          />
          <TextInput
            {...form.register('shopRef')}
            label={t('milestone.shopRef')}
            description={t('milestone.shopRefHint')}
            withAsterisk
            autoComplete="off"
            error={fieldErrorMessage(errors.shopRef, t)}
          />
        </>
      )}
      {kind === 'products_listed' && (
        <Controller
          control={form.control}
          name="productsCount"
          render={({ field, fieldState }) => (
            <NumberInput
              ref={field.ref}
              label={t('milestone.productsCount')}
              withAsterisk
              value={field.value ?? ''}
              onChange={(value) => field.onChange(typeof value === 'number' ? value : null)}
              onBlur={field.onBlur}
              min={1}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="none"
              thousandSeparator=","
              maw={200}
              error={fieldErrorMessage(fieldState.error, t)}
            />
          )}
        />
      )}
      <Textarea
        {...form.register('note')}
        label={t('milestone.note')}
        autosize
        minRows={2}
        error={fieldErrorMessage(errors.note, t)}
      />
    </OutcomeModal>
  );
}
