import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobKind, JobProgress } from '../../../../shared/domain/jobs';
import { onKaonaEvent } from '../../api';

/**
 * The progress of one background job while `active`, from main's `job.progress` events, with a
 * cancel button. Generic over the kind: other long work of issue 11 can show it the same way.
 */
export function JobProgressLine({
  kind,
  active,
  label,
  onCancel,
  cancelling,
}: {
  kind: JobKind;
  active: boolean;
  label: (done: number, total: number | null) => string;
  onCancel: (jobId: string) => void;
  cancelling: boolean;
}) {
  const { t } = useTranslation('imports');
  const [job, setJob] = useState<JobProgress | null>(null);
  useEffect(() => {
    if (!active) return undefined;
    const unsubscribe = onKaonaEvent('job.progress', (progress) => {
      if (progress.kind !== kind) return;
      setJob(progress.state === 'running' || progress.state === 'queued' ? progress : null);
    });
    return () => {
      unsubscribe();
      setJob(null);
    };
  }, [active, kind]);
  if (!active) return null;
  const total = job?.total ?? null;
  return (
    <Stack gap={4} role="status" aria-live="polite" data-testid="import-progress">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">{label(job?.done ?? 0, total)}</Text>
        <Button
          size="xs"
          variant="subtle"
          color="red"
          disabled={!job}
          loading={cancelling}
          onClick={() => job && onCancel(job.jobId)}
          data-testid="import-cancel"
        >
          {t('apply.cancel')}
        </Button>
      </Group>
      <Progress
        value={job && total ? Math.round((job.done / total) * 100) : 0}
        aria-label={t('apply.progressLabel')}
      />
    </Stack>
  );
}
