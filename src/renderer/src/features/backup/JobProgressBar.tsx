import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { JobKind, JobProgress } from '../../../../shared/domain/jobs';
import { useKaonaMutation } from '../../api';
import { onKaonaEvent } from '../../api/kaona-events';

interface JobProgressBarProps {
  /** The kind of job to follow; only while `active` (the call that started it is pending). */
  kind: JobKind;
  active: boolean;
  labels: {
    preparing: string;
    progress: (done: number, total: number) => string;
    cancel: string;
    bar: string;
  };
}

/**
 * The progress of one running job, from main's `job.progress` events, with a cancel button —
 * for any feature whose call waits for its job (backup; restore can use it too). Shows nothing
 * when no job of that kind is running.
 */
export function JobProgressBar({ kind, active, labels }: JobProgressBarProps) {
  const [latest, setJob] = useState<JobProgress | null>(null);
  const cancel = useKaonaMutation({ call: (api, jobId: string) => api.jobs.cancel({ jobId }) });

  useEffect(() => {
    if (!active) return undefined;
    return onKaonaEvent('job.progress', (progress) => {
      if (progress.kind !== kind) return;
      setJob(progress.state === 'running' || progress.state === 'queued' ? progress : null);
    });
  }, [active, kind]);

  // A report left from an earlier run is not shown once the call that started it is over.
  const job = active ? latest : null;
  if (!job) return null;
  const total = job.total;
  return (
    <Stack gap={4} role="status" aria-live="polite" data-testid={`job-progress-${kind}`}>
      <Group gap="sm" justify="space-between" wrap="nowrap">
        <Text size="sm">
          {total === null || total === 0 ? labels.preparing : labels.progress(job.done, total)}
        </Text>
        <Button
          size="xs"
          variant="subtle"
          color="red"
          onClick={() => cancel.mutate(job.jobId)}
          loading={cancel.isPending}
        >
          {labels.cancel}
        </Button>
      </Group>
      <Progress value={total ? Math.round((job.done / total) * 100) : 0} aria-label={labels.bar} />
    </Stack>
  );
}
