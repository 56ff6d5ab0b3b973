import { zodResolver } from '@hookform/resolvers/zod';
import { Textarea } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { pdpaRequestCloseSchema, type PdpaRequestClose } from '../../../../shared/domain/pdpa';
import { useKaonaMutation } from '../../api';
import { fieldErrorMessage } from '../../components/field-error';
import { FormModal } from '../../components/forms/FormModal';
import { reportServerError } from '../../components/forms/server-errors';
import { pdpaKeys } from './pdpa-queries';

/** Marks a request done, or refuses it with the reason the person will be told. */
export function CloseRequestModal({
  requestId,
  status,
  onClose,
}: {
  requestId: number;
  status: 'done' | 'refused';
  onClose: () => void;
}) {
  const { t } = useTranslation(['pdpa', 'shell']);
  const form = useForm<PdpaRequestClose>({
    resolver: zodResolver(pdpaRequestCloseSchema),
    defaultValues: { requestId, status, reason: '' },
  });
  const close = useKaonaMutation({
    call: (api, values: PdpaRequestClose) => api.pdpa.closeRequest(values),
    invalidates: [pdpaKeys.all],
  });
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await close.mutateAsync(values);
      onClose();
    } catch (error) {
      reportServerError(error, form.setError, {
        fields: ['reason'],
        reasons: { pdpa_refusal_reason_required: 'reason' },
      });
    }
  });
  return (
    <FormModal
      title={status === 'done' ? t('close.done') : t('close.refuse')}
      submitLabel={t('close.confirm')}
      form={form}
      onSubmit={onSubmit}
      onClose={onClose}
    >
      <Textarea
        label={status === 'done' ? t('form.note') : t('close.reason')}
        withAsterisk={status === 'refused'}
        autosize
        minRows={2}
        {...form.register('reason')}
        error={fieldErrorMessage(form.formState.errors.reason, t)}
      />
    </FormModal>
  );
}
