import { Button, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { errorMessage, useKaonaMutation } from '../../api';
import { JobProgressFor } from '../../components/JobProgressPanel';

/**
 * Everything held about the person (s.30/31): main asks where to save, then reads and renders as
 * the background job `pdpa.subjectExport`, whose progress shows here with a cancel (as the
 * documents' PDF does); the JSON and the PDF are written when the job is done.
 */
export function ExportSubjectButton({ beneficiaryId }: { beneficiaryId: number }) {
  const { t } = useTranslation(['pdpa', 'shell']);
  // Every notice's close button is named (axe: button-name), as the other features' notices are.
  const closeButtonProps = { 'aria-label': t('shell:common.close') };
  const failed = (error: unknown) =>
    notifications.show({ color: 'red', message: errorMessage(error, t), closeButtonProps });
  const exporting = useKaonaMutation({
    call: (api, id: number) => api.pdpa.exportSubject({ beneficiaryId: id }),
    onSuccess: (outcome) => {
      if (!outcome.done) return;
      notifications.show({
        color: 'green',
        message: outcome.pdfFileName
          ? t('export.donePdf', { file: outcome.fileName, pdf: outcome.pdfFileName })
          : t('export.done', { file: outcome.fileName }),
        closeButtonProps,
      });
    },
    onError: failed,
  });
  const running = exporting.isPending;
  return (
    <Stack gap={4}>
      <Button
        variant="light"
        loading={running}
        onClick={() => exporting.mutate(beneficiaryId)}
        title={t('export.hint')}
        data-testid="pdpa-export"
      >
        {t('export.button')}
      </Button>
      <JobProgressFor
        kind="pdpa.subjectExport"
        active={running}
        labels={{
          preparing: t('export.preparing'),
          progress: (done, total) => t('export.progress', { done, total }),
          cancel: t('export.cancel'),
          bar: t('export.progressLabel'),
        }}
      />
    </Stack>
  );
}
