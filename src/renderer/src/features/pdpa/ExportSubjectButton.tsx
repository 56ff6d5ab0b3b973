import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobProgress } from '../../../../shared/domain/jobs';
import { errorMessage, useKaonaMutation } from '../../api';
import { onKaonaEvent } from '../../api/kaona-events';

/**
 * Everything held about the person (s.30/31): main asks where to save, then reads and renders as
 * the background job `pdpa.subjectExport`, whose progress shows here with a cancel (as the
 * documents' PDF does); the JSON and the PDF are written when the job is done.
 */
export function ExportSubjectButton({ beneficiaryId }: { beneficiaryId: number }) {
  const { t } = useTranslation(['pdpa', 'shell']);
  const [job, setJob] = useState<JobProgress | null>(null);
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
    onSettled: () => setJob(null),
  });
  const cancel = useKaonaMutation({
    call: (api, jobId: string) => api.jobs.cancel({ jobId }),
    onError: failed,
  });
  const running = exporting.isPending;
  useEffect(() => {
    if (!running) return undefined;
    return onKaonaEvent('job.progress', (progress) => {
      if (progress.kind !== 'pdpa.subjectExport') return;
      setJob(progress.state === 'running' ? progress : null);
    });
  }, [running]);
  const total = job?.total ?? null;
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
      {job && (
        <Stack gap={4} role="status" aria-live="polite">
          <Group gap="sm" justify="space-between" wrap="nowrap">
            <Text size="sm">
              {total === null
                ? t('export.preparing')
                : t('export.progress', { done: job.done, total })}
            </Text>
            <Button
              size="xs"
              variant="subtle"
              color="red"
              onClick={() => cancel.mutate(job.jobId)}
              loading={cancel.isPending}
            >
              {t('export.cancel')}
            </Button>
          </Group>
          <Progress
            value={total ? Math.round((job.done / total) * 100) : 0}
            aria-label={t('export.progressLabel')}
          />
        </Stack>
      )}
    </Stack>
  );
}
