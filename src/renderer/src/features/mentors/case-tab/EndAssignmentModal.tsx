import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { MethodInput } from '../../../../../shared/contract';
import type { AssignmentEntry } from '../../../../../shared/domain/mentoring';
import { useKaonaMutation } from '../../../api';
import { fieldErrorMessage } from '../../../components/field-error';
import { FormFooter } from '../../../components/forms/FormFooter';
import { formLevelError, reportServerError } from '../../../components/forms/server-errors';
import { assignmentChangeStales, mentorsKeys } from '../mentors-queries';
import { endFormSchema, type EndFormValues } from './assign-form';
import { useAssignmentConflict } from './use-assignment-conflict';

interface EndAssignmentModalProps {
  caseId: number;
  current: AssignmentEntry;
  onClose: () => void;
  onConflict: (error: unknown) => void;
}

/** Ends the current mentor's work on the case, with the reason kept in the history. */
export function EndAssignmentModal({
  caseId,
  current,
  onClose,
  onConflict,
}: EndAssignmentModalProps) {
  const { t } = useTranslation(['mentors', 'cases', 'shell']);
  const form = useForm<EndFormValues>({
    resolver: zodResolver(endFormSchema),
    defaultValues: { reason: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const end = useKaonaMutation({
    call: (api, input: MethodInput<'assignments.end'>) => api.assignments.end(input),
    invalidates: [...assignmentChangeStales(caseId), mentorsKeys.suggestions(caseId)],
  });
  const conflict = useAssignmentConflict(caseId, onConflict);

  const submit = form.handleSubmit(async ({ reason }) => {
    try {
      await end.mutateAsync({ caseId, expectedAssignmentId: current.assignmentId, reason });
      notifications.show({
        color: 'teal',
        message: t('endDialog.saved'),
        closeButtonProps: { 'aria-label': t('shell:common.close') },
      });
      onClose();
    } catch (error) {
      if (conflict(error)) return onClose();
      reportServerError(error, form.setError, { fields: ['reason'] });
    }
  });

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('endDialog.title')}
      closeButtonProps={{ 'aria-label': t('shell:common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('endDialog.intro', { name: current.mentorName })}</Text>
          <Textarea
            {...form.register('reason')}
            label={t('endDialog.reason')}
            withAsterisk
            autosize
            minRows={2}
            maxLength={500}
            error={fieldErrorMessage(errors.reason, t)}
          />
          <FormFooter
            submitLabel={t('endDialog.submit')}
            submitColor="red"
            pending={isSubmitting}
            error={formLevelError(errors)}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
