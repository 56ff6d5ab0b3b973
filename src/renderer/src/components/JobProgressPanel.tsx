import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { JobKind, JobProgress } from '../../../shared/domain/jobs';
import { onKaonaEvent } from '../api/kaona-events';

/**
 * The progress of the one job of `kind` that this screen started, while `active` (its mutation
 * is pending): null before the first event and after the job ends. Call `clear` in the
 * mutation's `onSettled` so the line goes in the same render as the result appears.
 */
export function useJobProgress(
  kind: JobKind,
  active: boolean,
): { job: JobProgress | null; clear: () => void } {
  const [job, setJob] = useState<JobProgress | null>(null);
  useEffect(() => {
    if (!active) return undefined;
    return onKaonaEvent('job.progress', (progress) => {
      if (progress.kind !== kind) return;
      setJob(progress.state === 'running' ? progress : null);
    });
  }, [kind, active]);
  return { job: active ? job : null, clear: () => setJob(null) };
}

/**
 * A running job's line: what is done of how much, a bar and a cancel button (the documents' PDF
 * output shows the same). The labels come from the feature, in its namespace.
 */
export function JobProgressPanel({
  job,
  labels,
  onCancel,
  cancelling,
}: {
  job: JobProgress;
  labels: {
    preparing: string;
    progress: (done: number, total: number) => string;
    cancel: string;
    bar: string;
  };
  onCancel: (jobId: string) => void;
  cancelling: boolean;
}) {
  const total = job.total;
  return (
    <Stack gap={4} role="status" aria-live="polite" data-testid="job-progress">
      <Group gap="sm" justify="space-between" wrap="nowrap">
        <Text size="sm">
          {total === null ? labels.preparing : labels.progress(job.done, total)}
        </Text>
        <Button
          size="xs"
          variant="subtle"
          color="red"
          onClick={() => onCancel(job.jobId)}
          loading={cancelling}
          data-testid="job-cancel"
        >
          {labels.cancel}
        </Button>
      </Group>
      <Progress value={total ? Math.round((job.done / total) * 100) : 0} aria-label={labels.bar} />
    </Stack>
  );
}
