import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AttachmentContent } from '../../../../shared/domain/cases';
import { ImageViewer } from './ImageViewer';
import { PdfViewer } from './PdfViewer';

/** An opened attachment, inside the app: no file is written to disk to show it. */
export function AttachmentViewer({
  content,
  onClose,
}: {
  content: AttachmentContent;
  onClose: () => void;
}) {
  const { t } = useTranslation(['cases', 'shell']);
  return (
    <Modal
      opened
      onClose={onClose}
      title={content.fileName}
      size="xl"
      closeButtonProps={{ 'aria-label': t('shell:common.close') }}
    >
      {content.mimeType === 'application/pdf' ? (
        <PdfViewer dataBase64={content.dataBase64} />
      ) : (
        <ImageViewer
          dataBase64={content.dataBase64}
          mimeType={content.mimeType}
          alt={content.fileName}
        />
      )}
    </Modal>
  );
}
