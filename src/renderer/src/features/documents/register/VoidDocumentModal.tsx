import { Alert, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodInput } from '../../../../../shared/contract';
import { useKaonaMutation } from '../../../api';
import { FormFooter } from '../../../components/forms/FormFooter';
import { documentsKeys } from '../documents-queries';

/** The shortest reason main accepts (documentVoidSchema). */
const REASON_MIN = 5;

interface VoidDocumentModalProps {
  documentId: number;
  number: string;
  onClose: () => void;
  onVoided: () => void;
}

/** Voiding needs a reason; the number stays in the register and is never used again. */
export function VoidDocumentModal({
  documentId,
  number,
  onClose,
  onVoided,
}: VoidDocumentModalProps) {
  const { t } = useTranslation(['documents', 'shell']);
  const [reason, setReason] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [formError, setFormError] = useState<unknown>(undefined);
  const voiding = useKaonaMutation({
    call: (api, input: MethodInput<'documents.void'>) => api.documents.void(input),
    invalidates: [documentsKeys.lists(), documentsKeys.document(documentId)],
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(undefined);
    const text = reason.trim();
    if (text.length < REASON_MIN) {
      setFieldError(t('register.void.reasonTooShort'));
      return;
    }
    setFieldError(undefined);
    try {
      await voiding.mutateAsync({ documentId, reason: text });
      notifications.show({
        color: 'teal',
        message: t('register.void.done', { number }),
        closeButtonProps: { 'aria-label': t('shell:common.close') },
      });
      onVoided();
      onClose();
    } catch (error) {
      setFormError(error);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('register.void.title', { number })}
      closeButtonProps={{ 'aria-label': t('shell:common.close') }}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <Alert color="orange" variant="light">
            <Text size="sm">{t('register.void.explain')}</Text>
          </Alert>
          <Textarea
            label={t('register.void.reason')}
            description={t('register.void.reasonHint')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={fieldError}
            withAsterisk
            rows={3}
            maxLength={2000}
            data-autofocus
          />
          <FormFooter
            submitLabel={t('register.void.submit')}
            pending={voiding.isPending}
            error={formError}
            onCancel={onClose}
            submitColor="red"
          />
        </Stack>
      </form>
    </Modal>
  );
}
