import { zodResolver } from '@hookform/resolvers/zod';
import { Radio, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { MethodInput } from '../../../../../shared/contract';
import type { Referral, ReferralStatus } from '../../../../../shared/domain/documents';
import { bangkokToday } from '../../../../../shared/thai';
import { useKaonaMutation } from '../../../api';
import { BuddhistDateField } from '../../../components/buddhist-date';
import { fieldErrorMessage } from '../../../components/field-error';
import { FormModal } from '../../../components/forms/FormModal';
import { reportServerError } from '../../../components/forms/server-errors';
import { referralChangeStales } from '../referrals-queries';
import { statusFormSchema, type StatusFormValues } from './status-form';

interface StatusChangeModalProps {
  referral: Referral;
  /** The statuses this one may move to (REFERRAL_TRANSITIONS without `sent`). */
  moves: readonly ReferralStatus[];
  onClose: () => void;
  onSaved: () => void;
}

/** The agency's reply or the outcome, dated (พ.ศ.) and with a note; main checks it all again. */
export function StatusChangeModal({ referral, moves, onClose, onSaved }: StatusChangeModalProps) {
  const { t } = useTranslation(['referrals', 'shell']);
  const form = useForm<StatusFormValues>({
    resolver: zodResolver(statusFormSchema),
    defaultValues: { status: moves.length === 1 ? moves[0] : '', on: bangkokToday(), note: '' },
  });
  const { errors } = form.formState;
  const change = useKaonaMutation({
    call: (api, input: MethodInput<'referrals.setStatus'>) => api.referrals.setStatus(input),
    invalidates: referralChangeStales(referral.caseId),
  });
  const submit = form.handleSubmit(async (values) => {
    if (values.status === '' || values.status === 'draft' || values.status === 'sent') return;
    try {
      await change.mutateAsync({
        referralId: referral.referralId,
        version: referral.version,
        status: values.status,
        on: values.on,
        note: values.note.trim(),
      });
      notifications.show({
        color: 'teal',
        message: t('statusDialog.saved'),
        closeButtonProps: { 'aria-label': t('shell:common.close') },
      });
      onSaved();
      onClose();
    } catch (error) {
      reportServerError(error, form.setError, {
        fields: ['status', 'on', 'note'],
        reasons: {
          referral_transition_refused: 'status',
          referral_date_future: 'on',
          referral_date_before_sent: 'on',
        },
      });
    }
  });
  return (
    <FormModal
      title={t('statusDialog.title')}
      submitLabel={t('statusDialog.submit')}
      form={form}
      onSubmit={submit}
      onClose={onClose}
    >
      <Text size="sm">
        {t('statusDialog.current', { status: t(`statuses.${referral.status}`) })}
      </Text>
      <Controller
        control={form.control}
        name="status"
        render={({ field, fieldState }) => (
          <Radio.Group
            label={t('statusDialog.status')}
            value={field.value}
            onChange={field.onChange}
            error={fieldErrorMessage(fieldState.error, t)}
            withAsterisk
          >
            <Stack gap="xs" mt="xs">
              {moves.map((next) => (
                <Radio key={next} value={next} label={t(`statuses.${next}`)} />
              ))}
            </Stack>
          </Radio.Group>
        )}
      />
      <Controller
        control={form.control}
        name="on"
        render={({ field, fieldState }) => (
          <BuddhistDateField
            label={t('statusDialog.on')}
            description={t('statusDialog.onHint')}
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
      <Textarea
        {...form.register('note')}
        label={t('statusDialog.note')}
        autosize
        minRows={2}
        error={fieldErrorMessage(errors.note, t)}
      />
    </FormModal>
  );
}
