import { zodResolver } from '@hookform/resolvers/zod';
import { Text, Textarea } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { EXPORT_REASON_MIN, exportReasonSchema } from '../../../../shared/domain/reports';
import { fieldErrorMessage } from '../../components/field-error';
import { FormModal } from '../../components/forms/FormModal';

const reasonFormSchema = z.strictObject({ reason: exportReasonSchema });
type ReasonForm = z.infer<typeof reasonFormSchema>;

/**
 * Why a list of people leaves the encrypted database: typed by the person, kept in the audit
 * log with the export. The core checks the same schema again.
 */
export function ExportReasonDialog({
  onConfirm,
  onClose,
}: {
  onConfirm: (reason: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation(['reports', 'shell']);
  const form = useForm<ReasonForm>({
    resolver: zodResolver(reasonFormSchema),
    defaultValues: { reason: '' },
  });
  const submit = form.handleSubmit(async ({ reason }) => {
    onConfirm(reason);
    onClose();
  });
  const error = fieldErrorMessage(form.formState.errors.reason, t);
  return (
    <FormModal
      title={t('reasonDialog.title')}
      submitLabel={t('reasonDialog.submit')}
      form={form}
      onSubmit={submit}
      onClose={onClose}
    >
      <Text size="sm">{t('reasonDialog.intro')}</Text>
      <Textarea
        label={t('reasonDialog.label')}
        description={t('reasonDialog.hint', { min: EXPORT_REASON_MIN })}
        autosize
        minRows={2}
        data-testid="report-export-reason"
        error={error}
        aria-invalid={error ? true : undefined}
        {...form.register('reason')}
      />
    </FormModal>
  );
}
