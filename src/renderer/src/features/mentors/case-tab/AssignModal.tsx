import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { MethodInput } from '../../../../../shared/contract';
import type { AssignmentEntry, MentorSuggestion } from '../../../../../shared/domain/mentoring';
import { toKaonaApiError, useKaonaMutation } from '../../../api';
import { fieldErrorMessage } from '../../../components/field-error';
import { FormFooter } from '../../../components/forms/FormFooter';
import { formLevelError, reportServerError } from '../../../components/forms/server-errors';
import { assignmentChangeStales, mentorsKeys } from '../mentors-queries';
import { assignFormSchema, type AssignFormValues } from './assign-form';
import { useAssignmentConflict } from './use-assignment-conflict';

interface AssignModalProps {
  caseId: number;
  mentor: MentorSuggestion;
  current: AssignmentEntry | null;
  onClose: () => void;
  onConflict: (error: unknown) => void;
}

/** Assign the chosen mentor, or reassign to them (then with a reason); over capacity needs one. */
export function AssignModal({ caseId, mentor, current, onClose, onConflict }: AssignModalProps) {
  const { t } = useTranslation(['mentors', 'cases', 'shell']);
  const reassigning = current !== null;
  // Main may find the mentor full although the ranking did not (a colleague assigned meanwhile).
  const [fullNow, setFullNow] = useState(false);
  const overCapacity = mentor.overCapacity || fullNow;
  const schema = useMemo(
    () => assignFormSchema({ reason: reassigning, overCapacityReason: overCapacity }),
    [reassigning, overCapacity],
  );
  const form = useForm<AssignFormValues>({
    resolver: zodResolver(schema),
    defaultValues: { reason: '', overCapacityReason: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const assign = useKaonaMutation({
    call: (api, input: MethodInput<'assignments.assign'>) => api.assignments.assign(input),
    invalidates: [...assignmentChangeStales(caseId), mentorsKeys.suggestions(caseId)],
  });
  const conflict = useAssignmentConflict(caseId, onConflict);

  const submit = form.handleSubmit(async (values) => {
    try {
      await assign.mutateAsync({
        caseId,
        mentorId: mentor.mentorId,
        expectedAssignmentId: current?.assignmentId ?? null,
        reason: values.reason ?? '',
        overCapacityReason: values.overCapacityReason ?? '',
      });
      notifications.show({
        color: 'teal',
        message: reassigning ? t('assignDialog.reassigned') : t('assignDialog.saved'),
        closeButtonProps: { 'aria-label': t('shell:common.close') },
      });
      onClose();
    } catch (error) {
      if (conflict(error)) return onClose();
      if (toKaonaApiError(error).reason === 'over_capacity_needs_reason') setFullNow(true);
      reportServerError(error, form.setError, {
        fields: ['reason', 'overCapacityReason'],
        reasons: {
          reassign_needs_reason: 'reason',
          over_capacity_needs_reason: 'overCapacityReason',
        },
      });
    }
  });

  return (
    <Modal
      opened
      onClose={onClose}
      title={reassigning ? t('assignDialog.reassignTitle') : t('assignDialog.title')}
      closeButtonProps={{ 'aria-label': t('shell:common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text fw={500}>{t('assignDialog.mentor', { name: mentor.fullName })}</Text>
          {current && (
            <Text size="sm">{t('assignDialog.replaces', { name: current.mentorName })}</Text>
          )}
          {mentor.isExternal && (
            <Text size="sm" c="dimmed">
              {t('assignDialog.externalNote')}
            </Text>
          )}
          <Textarea
            {...form.register('reason')}
            label={t('assignDialog.reason')}
            description={
              reassigning ? t('assignDialog.reasonRequired') : t('assignDialog.reasonOptional')
            }
            withAsterisk={reassigning}
            autosize
            minRows={2}
            maxLength={500}
            error={fieldErrorMessage(errors.reason, t)}
          />
          {overCapacity && (
            <>
              <Alert color="yellow" variant="light">
                {t('assignDialog.overCapacityWarning', {
                  active: mentor.activeMentees,
                  capacity: mentor.capacity,
                })}
              </Alert>
              <Textarea
                {...form.register('overCapacityReason')}
                label={t('assignDialog.overCapacityReason')}
                withAsterisk
                autosize
                minRows={2}
                maxLength={500}
                error={fieldErrorMessage(errors.overCapacityReason, t)}
              />
            </>
          )}
          <FormFooter
            submitLabel={reassigning ? t('assignDialog.reassignSubmit') : t('assignDialog.submit')}
            pending={isSubmitting}
            error={formLevelError(errors)}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
