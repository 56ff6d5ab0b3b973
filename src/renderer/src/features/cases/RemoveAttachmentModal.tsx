import { Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { AttachmentInfo } from '../../../../shared/domain/cases';
import { useKaonaMutation } from '../../api';
import { FormFooter } from '../../components/forms/FormFooter';
import { caseChangeStales } from './cases-queries';

interface RemoveAttachmentModalProps {
  caseId: number;
  attachment: AttachmentInfo;
  onClose: () => void;
}

export function RemoveAttachmentModal({ caseId, attachment, onClose }: RemoveAttachmentModalProps) {
  const { t } = useTranslation(['cases', 'shell']);
  const remove = useKaonaMutation({
    call: (api, attachmentId: number) => api.cases.removeAttachment({ attachmentId }),
    invalidates: caseChangeStales(caseId),
    onSuccess: () => {
      notifications.show({
        color: 'teal',
        message: t('attachments.removed'),
        closeButtonProps: { 'aria-label': t('shell:common.close') },
      });
      onClose();
    },
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('attachments.removeTitle')}
      closeButtonProps={{ 'aria-label': t('shell:common.close') }}
    >
      <Stack gap="md">
        <Text>{t('attachments.removeConfirm', { name: attachment.fileName })}</Text>
        <FormFooter
          submitLabel={t('attachments.remove')}
          submitColor="red"
          pending={remove.isPending}
          error={remove.error ?? undefined}
          onCancel={onClose}
          onConfirm={() => remove.mutate(attachment.attachmentId)}
          focusCancel
        />
      </Stack>
    </Modal>
  );
}
