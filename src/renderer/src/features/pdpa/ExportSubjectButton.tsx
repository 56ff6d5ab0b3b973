import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { errorMessage, useKaonaMutation } from '../../api';

/**
 * Everything held about the person (s.30/31): main asks where to save, reads and renders as a
 * background job (its progress shows in the jobs panel), and writes the JSON and the PDF.
 */
export function ExportSubjectButton({ beneficiaryId }: { beneficiaryId: number }) {
  const { t } = useTranslation(['pdpa', 'shell']);
  const exporting = useKaonaMutation({
    call: (api, id: number) => api.pdpa.exportSubject({ beneficiaryId: id }),
    onSuccess: (outcome) => {
      if (!outcome.done) return;
      notifications.show({
        color: 'green',
        message: outcome.pdfFileName
          ? t('export.donePdf', { file: outcome.fileName, pdf: outcome.pdfFileName })
          : t('export.done', { file: outcome.fileName }),
      });
    },
    onError: (error) => notifications.show({ color: 'red', message: errorMessage(error, t) }),
  });
  return (
    <Button
      variant="light"
      loading={exporting.isPending}
      onClick={() => exporting.mutate(beneficiaryId)}
      title={t('export.hint')}
      data-testid="pdpa-export"
    >
      {t('export.button')}
    </Button>
  );
}
