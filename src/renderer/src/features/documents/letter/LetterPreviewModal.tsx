import { Modal } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryView } from '../../../components/QueryView';
import { PrintPreview } from '../../../print/PrintPreview';
import { documentsQueries } from '../documents-queries';

/** The letter as it would be issued now, marked as a draft and without a number. */
export function LetterPreviewModal({
  referralId,
  signerId,
  onClose,
}: {
  referralId: number;
  signerId: number | null;
  onClose: () => void;
}) {
  const { t } = useTranslation(['documents', 'shell']);
  const preview = useQuery(documentsQueries.letterPreview(referralId, signerId));
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('letter.previewTitle')}
      size="min(60rem, 95vw)"
      closeButtonProps={{ 'aria-label': t('shell:common.close') }}
    >
      <QueryView query={preview} errorTitle={t('letter.previewFailed')}>
        {(view) => <PrintPreview view={view} />}
      </QueryView>
    </Modal>
  );
}
