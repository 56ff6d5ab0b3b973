import { zodResolver } from '@hookform/resolvers/zod';
import { Select, Textarea, TextInput } from '@mantine/core';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  PDPA_CHANNELS,
  PDPA_REQUEST_KINDS,
  PDPA_REQUESTERS,
  pdpaDueDate,
  pdpaRequestCreateSchema,
  type PdpaRequestCreate,
  type PdpaRequestKind,
} from '../../../../shared/domain/pdpa';
import { bangkokToday } from '../../../../shared/thai/bangkok-time';
import { isIsoDate } from '../../../../shared/thai/iso-date';
import { useLanguage } from '../../app/providers/language-context';
import { useKaonaMutation } from '../../api';
import { BuddhistDateField } from '../../components/buddhist-date';
import { fieldErrorMessage } from '../../components/field-error';
import { FormModal } from '../../components/forms/FormModal';
import { reportServerError } from '../../components/forms/server-errors';
import { formatDate } from '../../i18n/format';
import { pdpaKeys } from './pdpa-queries';

interface RequestFormModalProps {
  beneficiaryId: number;
  /** The kind to start with (the retention report starts an erasure request). */
  kind?: PdpaRequestKind;
  onClose: () => void;
}

/** Records a data subject request; shows the due date (received + 30 days) as it is typed. */
export function RequestFormModal({
  beneficiaryId,
  kind = 'access',
  onClose,
}: RequestFormModalProps) {
  const { t } = useTranslation(['pdpa', 'shell']);
  const { language } = useLanguage();
  const today = bangkokToday();
  const form = useForm<PdpaRequestCreate>({
    resolver: zodResolver(pdpaRequestCreateSchema),
    defaultValues: {
      beneficiaryId,
      kind,
      receivedOn: today,
      requester: 'self',
      representativeName: '',
      channel: 'in_person',
      note: '',
    },
  });
  const { errors } = form.formState;
  const record = useKaonaMutation({
    call: (api, values: PdpaRequestCreate) => api.pdpa.recordRequest(values),
    invalidates: [pdpaKeys.all],
  });
  const receivedOn = useWatch({ control: form.control, name: 'receivedOn' });
  const requester = useWatch({ control: form.control, name: 'requester' });
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await record.mutateAsync(values);
      onClose();
    } catch (error) {
      reportServerError(error, form.setError, {
        fields: ['receivedOn', 'representativeName', 'note'],
        reasons: {
          pdpa_received_in_future: 'receivedOn',
          pdpa_representative_name_required: 'representativeName',
        },
      });
    }
  });
  const kinds = PDPA_REQUEST_KINDS.map((code) => ({ value: code, label: t(`kinds.${code}`) }));
  const requesters = PDPA_REQUESTERS.map((code) => ({
    value: code,
    label: t(`requesters.${code}`),
  }));
  const channels = PDPA_CHANNELS.map((code) => ({ value: code, label: t(`channels.${code}`) }));

  return (
    <FormModal
      title={t('form.title')}
      submitLabel={t('form.save')}
      form={form}
      onSubmit={onSubmit}
      onClose={onClose}
    >
      <Controller
        control={form.control}
        name="kind"
        render={({ field }) => (
          <Select
            label={t('form.kind')}
            data-testid="pdpa-request-kind"
            data={kinds}
            value={field.value}
            onChange={(value) => value && field.onChange(value)}
            allowDeselect={false}
          />
        )}
      />
      <Controller
        control={form.control}
        name="receivedOn"
        render={({ field }) => (
          <BuddhistDateField
            label={t('form.receivedOn')}
            value={field.value}
            onChange={field.onChange}
            maxDate={today}
            withAsterisk
            error={fieldErrorMessage(errors.receivedOn, t)}
            description={
              isIsoDate(receivedOn)
                ? t('form.dueHint', { date: formatDate(pdpaDueDate(receivedOn), language) })
                : undefined
            }
          />
        )}
      />
      <Controller
        control={form.control}
        name="requester"
        render={({ field }) => (
          <Select
            label={t('form.requester')}
            data={requesters}
            value={field.value}
            onChange={(value) => value && field.onChange(value)}
            allowDeselect={false}
          />
        )}
      />
      {requester === 'representative' && (
        <TextInput
          label={t('form.representativeName')}
          withAsterisk
          {...form.register('representativeName')}
          error={fieldErrorMessage(errors.representativeName, t)}
          aria-invalid={errors.representativeName ? true : undefined}
        />
      )}
      <Controller
        control={form.control}
        name="channel"
        render={({ field }) => (
          <Select
            label={t('form.channel')}
            data={channels}
            value={field.value}
            onChange={(value) => value && field.onChange(value)}
            allowDeselect={false}
          />
        )}
      />
      <Textarea
        label={t('form.note')}
        autosize
        minRows={2}
        {...form.register('note')}
        error={fieldErrorMessage(errors.note, t)}
      />
    </FormModal>
  );
}
