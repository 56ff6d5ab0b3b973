import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { pdpaEraseSchema, type PdpaErase } from '../../../../shared/domain/pdpa';
import { useKaonaMutation } from '../../api';
import { fieldErrorMessage } from '../../components/field-error';
import { FormModal } from '../../components/forms/FormModal';
import { reportServerError } from '../../components/forms/server-errors';
import { casesKeys } from '../cases/cases-queries';
import { pdpaKeys } from './pdpa-queries';

/** Erasure on an open erasure request: what goes, what stays, and a reason typed to confirm. */
export function EraseModal({ requestId, onClose }: { requestId: number; onClose: () => void }) {
  const { t } = useTranslation(['pdpa', 'shell']);
  const form = useForm<PdpaErase>({
    resolver: zodResolver(pdpaEraseSchema),
    defaultValues: { requestId, reason: '' },
  });
  const erase = useKaonaMutation({
    call: (api, values: PdpaErase) => api.pdpa.erase(values),
    invalidates: [pdpaKeys.all, casesKeys.all],
  });
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await erase.mutateAsync(values);
      notifications.show({
        color: 'green',
        message: t('erase.done'),
        closeButtonProps: { 'aria-label': t('shell:common.close') },
      });
      onClose();
    } catch (error) {
      reportServerError(error, form.setError, { fields: ['reason'] });
    }
  });
  return (
    <FormModal
      title={t('erase.title')}
      submitLabel={t('erase.confirm')}
      form={form}
      onSubmit={onSubmit}
      onClose={onClose}
      destructive
    >
      <Alert color="red" variant="light">
        {t('erase.warning')}
      </Alert>
      <Textarea
        label={t('erase.reason')}
        withAsterisk
        autosize
        minRows={2}
        data-testid="pdpa-erase-reason"
        {...form.register('reason')}
        error={fieldErrorMessage(form.formState.errors.reason, t)}
        aria-invalid={form.formState.errors.reason ? true : undefined}
      />
    </FormModal>
  );
}
