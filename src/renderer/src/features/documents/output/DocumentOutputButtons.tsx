import { Button, Group, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { OutputOutcome } from '../../../../../shared/domain/documents';
import { errorMessage, useKaonaMutation } from '../../../api';
import { useLanguage } from '../../../app/providers/language-context';
import { JobProgressPanel, useJobProgress } from '../../../components/JobProgressPanel';
import { appInfoQueries } from '../../about/app-info-queries';

/**
 * "บันทึกเป็น PDF" and, where the computer can print on paper, "พิมพ์" for documents in the
 * register. A PDF of many documents is a background job in main: its progress shows here with a
 * cancel button. Main counts the print (a later print says "สำเนา"); `onDone` lets the register
 * re-read its list.
 */
export function DocumentOutputButtons({
  documentIds,
  onDone,
}: {
  documentIds: number[];
  /** Called after a print or a PDF was made (the register's print count changed). */
  onDone?: () => void;
}) {
  const { t } = useTranslation(['documents', 'shell']);
  const { language } = useLanguage();
  const info = useQuery(appInfoQueries.info(language));

  const finished = (outcome: OutputOutcome) => {
    if (!outcome.done) return;
    notifications.show({
      color: 'teal',
      title: outcome.fileName ? t('output.savedTitle') : t('output.printedTitle'),
      message: [
        outcome.fileName
          ? t('output.savedBody', { fileName: outcome.fileName, count: documentIds.length })
          : t('output.printedBody', { count: documentIds.length }),
        outcome.copies > 0 ? t('output.copies', { count: outcome.copies }) : null,
      ]
        .filter(Boolean)
        .join(' '),
      closeButtonProps: { 'aria-label': t('shell:common.close') },
    });
    onDone?.();
  };
  const failed = (error: unknown) =>
    notifications.show({
      color: 'red',
      title: t('output.failedTitle'),
      message: errorMessage(error, t),
      closeButtonProps: { 'aria-label': t('shell:common.close') },
    });

  const savePdf = useKaonaMutation({
    call: (api) => api.documents.savePdf({ documentIds }),
    onSuccess: finished,
    onError: failed,
    // `progress` is read when the save settles, long after it is declared below.
    onSettled: () => progress.clear(),
  });
  const print = useKaonaMutation({
    call: (api) => api.documents.print({ documentIds }),
    onSuccess: finished,
    onError: failed,
  });
  const cancel = useKaonaMutation({
    call: (api, jobId: string) => api.jobs.cancel({ jobId }),
    onError: failed,
  });

  // Main reports the PDF job's progress as events; only while this button's save runs.
  const progress = useJobProgress('documents.pdf', savePdf.isPending);

  const busy = savePdf.isPending || print.isPending;
  const paper = info.data?.printing.paper === true;

  return (
    <Stack gap="xs">
      <Group gap="sm">
        <Button
          variant="light"
          onClick={() => savePdf.mutate()}
          loading={savePdf.isPending}
          disabled={busy || documentIds.length === 0}
        >
          {t('output.savePdf')}
        </Button>
        {paper && (
          <Button
            variant="default"
            onClick={() => print.mutate()}
            loading={print.isPending}
            disabled={busy || documentIds.length === 0}
          >
            {t('output.print')}
          </Button>
        )}
      </Group>
      {progress.job && (
        <JobProgressPanel
          job={progress.job}
          labels={{
            preparing: t('output.preparing'),
            progress: (done, total) => t('output.progress', { done, total }),
            cancel: t('output.cancel'),
            bar: t('output.progressLabel'),
          }}
          onCancel={(jobId) => cancel.mutate(jobId)}
          cancelling={cancel.isPending}
        />
      )}
    </Stack>
  );
}
