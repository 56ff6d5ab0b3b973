import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CASE_TRANSITIONS, FINAL_STATUSES, type CaseStatus } from '../../../../shared/domain/cases';
import type { MethodInput } from '../../../../shared/contract';
import { useKaonaMutation } from '../../api';
import { fieldErrorMessage } from '../../components/field-error';
import { FormFooter } from '../../components/forms/FormFooter';
import { formLevelError, reportServerError } from '../../components/forms/server-errors';
import { caseChangeStales } from './cases-queries';
import { statusFormSchema, type StatusFormValues } from './status-form';

interface ChangeStatusModalProps {
  caseId: number;
  status: CaseStatus;
  onClose: () => void;
}

/** Only the moves the lifecycle allows from here are offered; main checks them again. */
export function ChangeStatusModal({ caseId, status, onClose }: ChangeStatusModalProps) {
  const { t } = useTranslation(['cases', 'shell']);
  const form = useForm<StatusFormValues>({
    resolver: zodResolver(statusFormSchema),
    defaultValues: { to: '', reason: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const to = useWatch({ control: form.control, name: 'to' });
  const change = useKaonaMutation({
    call: (api, input: MethodInput<'cases.changeStatus'>) => api.cases.changeStatus(input),
    invalidates: caseChangeStales(caseId),
  });

  const submit = form.handleSubmit(async (values) => {
    if (values.to === '') return;
    try {
      await change.mutateAsync({ caseId, to: values.to, reason: values.reason.trim() });
      notifications.show({
        color: 'teal',
        message: t('statusDialog.saved'),
        closeButtonProps: { 'aria-label': t('shell:common.close') },
      });
      onClose();
    } catch (error) {
      reportServerError(error, form.setError, {
        fields: ['to', 'reason'],
        reasons: { status_reason_required: 'reason', illegal_transition: 'to' },
      });
    }
  });

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('statusDialog.title')}
      closeButtonProps={{ 'aria-label': t('shell:common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">
            {t('statusDialog.current', { status: t(`codes.statuses.${status}`) })}
          </Text>
          <Controller
            control={form.control}
            name="to"
            render={({ field, fieldState }) => (
              <Radio.Group
                label={t('statusDialog.to')}
                value={field.value}
                onChange={field.onChange}
                error={fieldErrorMessage(fieldState.error, t)}
                withAsterisk
              >
                <Stack gap="xs" mt="xs">
                  {CASE_TRANSITIONS[status].map((next) => (
                    <Radio key={next} value={next} label={t(`codes.statuses.${next}`)} />
                  ))}
                </Stack>
              </Radio.Group>
            )}
          />
          <Textarea
            {...form.register('reason')}
            label={t('statusDialog.reason')}
            description={
              to === 'closed' ? t('statusDialog.reasonRequired') : t('statusDialog.reasonOptional')
            }
            withAsterisk={to === 'closed'}
            autosize
            minRows={2}
            maxLength={500}
            error={fieldErrorMessage(errors.reason, t)}
          />
          {to !== '' && FINAL_STATUSES.includes(to) && (
            <Alert color="yellow" variant="light">
              {t('statusDialog.final')}
            </Alert>
          )}
          <FormFooter
            submitLabel={t('statusDialog.submit')}
            pending={isSubmitting}
            error={formLevelError(errors)}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
