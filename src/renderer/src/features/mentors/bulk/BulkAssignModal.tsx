import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Modal, Radio, Select, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { MethodInput } from '../../../../../shared/contract';
import { compareThaiNames } from '../../../../../shared/thai';
import { useKaonaMutation } from '../../../api';
import { fieldErrorMessage } from '../../../components/field-error';
import { FormFooter } from '../../../components/forms/FormFooter';
import { formLevelError, reportServerError } from '../../../components/forms/server-errors';
import { QueryView } from '../../../components/QueryView';
import { casesKeys } from '../../cases/cases-queries';
import { assignFormSchema, type AssignFormValues } from '../case-tab/assign-form';
import { mentorsKeys, mentorsQueries } from '../mentors-queries';
import { bulkItems } from './bulk-items';
import { bulkPreviewQuery } from './bulk-queries';
import { BulkPreviewTable } from './BulkPreviewTable';

interface BulkAssignModalProps {
  caseIds: readonly number[];
  onClose: () => void;
  onAssigned: () => void;
}

/**
 * Assign a mentor to many cases at once: each case's best suggestion or one mentor for all,
 * previewed row by row with each mentor's load, then sent as one all-or-nothing batch.
 */
export function BulkAssignModal({ caseIds, onClose, onAssigned }: BulkAssignModalProps) {
  const { t } = useTranslation(['mentors', 'shell']);
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<'best' | 'one'>('best');
  const [mentorId, setMentorId] = useState<number | null>(null);
  const mentors = useQuery(mentorsQueries.list(false));
  const previewFor = mode === 'best' ? null : mentorId;
  const preview = useQuery({
    ...bulkPreviewQuery(caseIds, previewFor),
    enabled: mode === 'best' || mentorId !== null,
  });
  const plan = useMemo(() => (preview.data ? bulkItems(preview.data) : null), [preview.data]);
  const needsOverride = plan?.needsOverride ?? false;
  const schema = useMemo(
    () => assignFormSchema({ reason: false, overCapacityReason: needsOverride }),
    [needsOverride],
  );
  const form = useForm<AssignFormValues>({
    resolver: zodResolver(schema),
    defaultValues: { reason: '', overCapacityReason: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const assign = useKaonaMutation({
    call: (api, input: MethodInput<'assignments.bulkAssign'>) => api.assignments.bulkAssign(input),
    invalidates: [casesKeys.lists(), casesKeys.files(), mentorsKeys.all],
  });

  const submit = form.handleSubmit(async (values) => {
    if (!plan || plan.items.length === 0) return;
    try {
      const result = await assign.mutateAsync({
        items: plan.items,
        reason: values.reason ?? '',
        overCapacityReason: values.overCapacityReason ?? '',
      });
      notifications.show({
        color: 'teal',
        message: t('bulk.saved', { count: result.assigned }),
        closeButtonProps: { 'aria-label': t('shell:common.close') },
      });
      onAssigned();
    } catch (error) {
      // Nothing was assigned (one transaction): show why and the preview as it is now.
      void queryClient.invalidateQueries({
        queryKey: bulkPreviewQuery(caseIds, previewFor).queryKey,
      });
      reportServerError(error, form.setError, {
        fields: ['reason', 'overCapacityReason'],
        reasons: { over_capacity_needs_reason: 'overCapacityReason' },
      });
    }
  });

  const mentorOptions = (mentors.data ?? [])
    .filter((mentor) => mentor.hasProfile && mentor.active)
    .sort((a, b) => compareThaiNames(a.fullName, b.fullName))
    .map((mentor) => ({
      value: String(mentor.userId),
      label: `${mentor.fullName} (${t('registry.load', {
        active: mentor.activeMentees,
        capacity: mentor.capacity,
      })})`,
    }));

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={t('bulk.title', { count: caseIds.length })}
      closeButtonProps={{ 'aria-label': t('shell:common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Radio.Group
            label={t('bulk.mode')}
            value={mode}
            onChange={(value) => setMode(value === 'one' ? 'one' : 'best')}
          >
            <Stack gap="xs" mt="xs">
              <Radio value="best" label={t('bulk.modeBest')} />
              <Radio value="one" label={t('bulk.modeOne')} />
            </Stack>
          </Radio.Group>
          {mode === 'one' && (
            <Select
              label={t('bulk.mentor')}
              data={mentorOptions}
              value={mentorId === null ? null : String(mentorId)}
              onChange={(value) => setMentorId(value === null ? null : Number(value))}
              searchable
              comboboxProps={{ withinPortal: false }}
            />
          )}
          {(mode === 'best' || mentorId !== null) && (
            <QueryView query={preview} errorTitle={t('bulk.previewLoadFailed')}>
              {(data) => <BulkPreviewTable preview={data} />}
            </QueryView>
          )}
          {plan && plan.skipped > 0 && (
            <Alert color="yellow" variant="light">
              {plan.items.length === 0
                ? t('bulk.nothing')
                : t('bulk.skipped', { count: plan.skipped })}
            </Alert>
          )}
          <Textarea
            {...form.register('reason')}
            label={t('bulk.reason')}
            autosize
            minRows={1}
            maxLength={500}
            error={fieldErrorMessage(errors.reason, t)}
          />
          {needsOverride && (
            <Textarea
              {...form.register('overCapacityReason')}
              label={t('bulk.overCapacityReason')}
              withAsterisk
              autosize
              minRows={2}
              maxLength={500}
              error={fieldErrorMessage(errors.overCapacityReason, t)}
            />
          )}
          <FormFooter
            submitLabel={t('bulk.submit', { count: plan?.items.length ?? 0 })}
            pending={isSubmitting}
            submitDisabled={!plan || plan.items.length === 0 || preview.isFetching}
            error={formLevelError(errors)}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
