import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOutcome } from '../../../../../shared/domain/documents';
import type { JobProgress } from '../../../../../shared/domain/jobs';
import { errorMessage, useKaonaMutation } from '../../../api';
import { onKaonaEvent } from '../../../api/kaona-events';
import { useLanguage } from '../../../app/providers/language-context';
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
  const [job, setJob] = useState<JobProgress | null>(null);

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
    onSettled: () => setJob(null),
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
  const saving = savePdf.isPending;
  useEffect(() => {
    if (!saving) return undefined;
    return onKaonaEvent('job.progress', (progress) => {
      if (progress.kind !== 'documents.pdf') return;
      setJob(progress.state === 'running' ? progress : null);
    });
  }, [saving]);

  const busy = savePdf.isPending || print.isPending;
  const paper = info.data?.printing.paper === true;
  const total = job?.total ?? null;

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
      {job && (
        <Stack gap={4} role="status" aria-live="polite">
          <Group gap="sm" justify="space-between" wrap="nowrap">
            <Text size="sm">
              {total === null
                ? t('output.preparing')
                : t('output.progress', { done: job.done, total })}
            </Text>
            <Button
              size="xs"
              variant="subtle"
              color="red"
              onClick={() => cancel.mutate(job.jobId)}
              loading={cancel.isPending}
            >
              {t('output.cancel')}
            </Button>
          </Group>
          <Progress
            value={total ? Math.round((job.done / total) * 100) : 0}
            aria-label={t('output.progressLabel')}
          />
        </Stack>
      )}
    </Stack>
  );
}
