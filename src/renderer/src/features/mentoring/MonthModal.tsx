import { zodResolver } from '@hookform/resolvers/zod';
import { Group, NativeSelect, NumberInput, Radio, Textarea } from '@mantine/core';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AttachmentInfo } from '../../../../shared/domain/cases';
import {
  FIGURE_SOURCES,
  monthlyFigureSchema,
  type MonthlyFigure,
  type MonthlyFigureInput,
} from '../../../../shared/domain/mentoring';
import { bangkokToday } from '../../../../shared/thai';
import { useKaonaMutation } from '../../api';
import { fieldErrorMessage } from '../../components/field-error';
import { reportServerError } from '../../components/forms/server-errors';
import { casesKeys } from '../cases/cases-queries';
import { BahtInput } from './BahtInput';
import { mentorChangeStales, mentoringKeys } from './mentoring-queries';
import { MonthField } from './MonthField';
import {
  MONTH_FIELDS,
  MONTH_REASON_FIELDS,
  monthDefaults,
  previousMonth,
  type OutcomeSide,
} from './outcome-forms';
import { OutcomeModal, showSaved } from './OutcomeModal';
import { useRefreshOnConflict } from './use-refresh-on-conflict';

interface MonthModalProps {
  side: OutcomeSide;
  caseId: number;
  recorded: readonly MonthlyFigure[];
  /** The office picks evidence among the case's files; a mentor describes it in the note. */
  attachments?: readonly AttachmentInfo[];
  onClose: () => void;
}

/** One month's orders, sales and income, typed in baht and sent as whole satang. */
export function MonthModal({ side, caseId, recorded, attachments, onClose }: MonthModalProps) {
  const { t } = useTranslation(['mentoring', 'shell']);
  const form = useForm<MonthlyFigureInput>({
    resolver: zodResolver(monthlyFigureSchema),
    defaultValues: monthDefaults(caseId, previousMonth(), recorded),
  });
  const { errors } = form.formState;
  const source = useWatch({ control: form.control, name: 'source' });
  const stales =
    side === 'office'
      ? [mentoringKeys.progress(caseId), casesKeys.file(caseId)]
      : mentorChangeStales(caseId);
  const save = useKaonaMutation({
    call: (api, values: MonthlyFigureInput) =>
      side === 'office' ? api.progress.recordMonth(values) : api.mentoring.recordMonth(values),
    invalidates: stales,
  });
  const refreshOnConflict = useRefreshOnConflict(stales);
  const submit = form.handleSubmit(async (values) => {
    try {
      await save.mutateAsync(values);
      showSaved(t('month.saved'), t('shell:common.close'));
      onClose();
    } catch (error) {
      refreshOnConflict(error);
      reportServerError(error, form.setError, {
        fields: MONTH_FIELDS,
        reasons: MONTH_REASON_FIELDS,
      });
    }
  });
  // Remounted when another month is picked, so that the boxes show that month's figures.
  const month = useWatch({ control: form.control, name: 'month' });
  const money = (name: 'salesSatang' | 'incomeSatang', label: string) => (
    <Controller
      key={`${name}-${month}`}
      control={form.control}
      name={name}
      render={({ field, fieldState }) => (
        <BahtInput
          inputRef={field.ref}
          label={label}
          value={field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
          error={fieldErrorMessage(fieldState.error, t)}
        />
      )}
    />
  );
  return (
    <OutcomeModal title={t('month.record')} form={form} onSubmit={submit} onClose={onClose}>
      <Controller
        control={form.control}
        name="month"
        render={({ field, fieldState }) => (
          <MonthField
            label={t('month.period')}
            value={field.value}
            onChange={(month) => form.reset(monthDefaults(caseId, month, recorded))}
            latestYear={Number(bangkokToday().slice(0, 4))}
            inputRef={field.ref}
            error={fieldErrorMessage(fieldState.error, t)}
          />
        )}
      />
      <Controller
        control={form.control}
        name="orders"
        render={({ field, fieldState }) => (
          <NumberInput
            ref={field.ref}
            label={t('month.orders')}
            withAsterisk
            value={Number.isNaN(field.value) ? '' : field.value}
            onChange={(value) => field.onChange(typeof value === 'number' ? value : Number.NaN)}
            onBlur={field.onBlur}
            allowDecimal={false}
            thousandSeparator=","
            clampBehavior="none"
            maw={200}
            error={fieldErrorMessage(fieldState.error, t)}
          />
        )}
      />
      <Group grow align="flex-start">
        {money('salesSatang', t('month.sales'))}
        {money('incomeSatang', t('month.income'))}
      </Group>
      <Controller
        control={form.control}
        name="source"
        render={({ field }) => (
          <Radio.Group
            label={t('month.source')}
            value={field.value}
            onChange={(value) => {
              field.onChange(value);
              if (value === 'self_reported') form.setValue('evidenceAttachmentId', null);
            }}
          >
            <Group gap="lg" mt="xs">
              {FIGURE_SOURCES.map((value) => (
                <Radio key={value} value={value} label={t(`codes.sources.${value}`)} />
              ))}
            </Group>
          </Radio.Group>
        )}
      />
      {source === 'evidence' && attachments && side === 'office' && (
        <Controller
          control={form.control}
          name="evidenceAttachmentId"
          render={({ field, fieldState }) => (
            <NativeSelect
              ref={field.ref}
              label={t('month.evidence')}
              value={field.value === null ? '' : String(field.value)}
              onChange={(event) =>
                field.onChange(
                  event.currentTarget.value === '' ? null : Number(event.currentTarget.value),
                )
              }
              data={[
                { value: '', label: t('month.evidenceNone') },
                ...attachments.map((attachment) => ({
                  value: String(attachment.attachmentId),
                  label: attachment.fileName,
                })),
              ]}
              error={fieldErrorMessage(fieldState.error, t)}
            />
          )}
        />
      )}
      <Textarea
        {...form.register('note')}
        label={t('month.note')}
        description={source === 'evidence' ? t('month.noteEvidenceHint') : undefined}
        autosize
        minRows={2}
        error={fieldErrorMessage(errors.note, t)}
      />
    </OutcomeModal>
  );
}
